package dev.tenantsim.engine.platform.migration;

/**
 * What happened to one move: its attempts (all but the last failed verification and were rolled
 * back; the last succeeded unless {@code succeeded} is false, when every attempt failed and the
 * tenant stayed on the source), each attempt's copy, dual-write and verification windows, the cutover
 * and the final state, in seconds of the run.
 *
 * @param move      the move
 * @param model     the copy model it ran under
 * @param attempts  attempts made, 1..model.maxAttempts()
 * @param succeeded whether the last attempt was verified and cut over
 */
public record MigrationTimeline(MigrationRequest move, CopyModel model, int attempts, boolean succeeded) {
    public MigrationTimeline {
        if (attempts < 1 || attempts > model.maxAttempts()) {
            throw new IllegalArgumentException("migration of " + move.tenantId() + ": attempts (" + attempts + ") must be in 1.."
                    + model.maxAttempts());
        }
    }

    /** Attempts that failed verification and were rolled back. */
    public int failedAttempts() {
        return succeeded ? attempts - 1 : attempts;
    }

    /** Start of attempt {@code k} (0-based). */
    public double attemptStart(int k) {
        return move.startSecond() + k * (model.attemptSeconds(move.dataGb()) + model.retryBackoffSeconds());
    }

    /** End of attempt {@code k}'s copy. */
    public double copyEnd(int k) {
        return attemptStart(k) + model.copySeconds(move.dataGb());
    }

    /** End of attempt {@code k}'s dual-write window (verification starts). */
    public double dualWriteEnd(int k) {
        return copyEnd(k) + model.dualWriteSeconds();
    }

    /** End of attempt {@code k}'s verification. */
    public double verifyEnd(int k) {
        return dualWriteEnd(k) + model.verifySeconds();
    }

    /** When the routing switches to the target (+∞ when it never does). */
    public double cutoverSecond() {
        return succeeded ? verifyEnd(attempts - 1) : Double.POSITIVE_INFINITY;
    }

    /** When the move is over: final on the target, or rolled back for good after the last attempt. */
    public double endSecond() {
        return succeeded ? cutoverSecond() + model.cutoverSeconds() : verifyEnd(attempts - 1);
    }

    /** Wall time of the move from its first attempt's start to its end. */
    public double durationSeconds() {
        return endSecond() - move.startSecond();
    }

    /** Data copied over all attempts, GB. */
    public double copiedGb() {
        return attempts * move.dataGb();
    }

    /** The routing state at time {@code t}. */
    public RoutingState stateAt(double t) {
        if (succeeded && t >= cutoverSecond()) {
            return t >= endSecond() ? RoutingState.FINAL : RoutingState.CUTOVER;
        }
        return attemptAt(t) >= 0 ? RoutingState.MIGRATING : RoutingState.ACTIVE;
    }

    /** The stack that serves the tenant's requests (reads) at time {@code t}. */
    public int servingStack(double t) {
        return stateAt(t).readsSource() ? move.source() : move.target();
    }

    /** The attempt whose copy, dual-write or verification covers {@code t}, or −1. */
    public int attemptAt(double t) {
        for (int k = 0; k < attempts; k++) {
            if (t >= attemptStart(k) && t < verifyEnd(k)) {
                return k;
            }
        }
        return -1;
    }

    /** Seconds of {@code [from, to)} during which a copy runs. */
    public double copyOverlap(double from, double to) {
        double s = 0;
        for (int k = 0; k < attempts; k++) {
            s += overlap(attemptStart(k), copyEnd(k), from, to);
        }
        return s;
    }

    /** Seconds of {@code [from, to)} during which the tenant's writes cost on both stacks (copy, dual-write, verification). */
    public double dualWriteOverlap(double from, double to) {
        double s = 0;
        for (int k = 0; k < attempts; k++) {
            s += overlap(attemptStart(k), verifyEnd(k), from, to);
        }
        return s;
    }

    static double overlap(double a, double b, double from, double to) {
        return Math.max(0, Math.min(b, to) - Math.max(a, from));
    }
}
