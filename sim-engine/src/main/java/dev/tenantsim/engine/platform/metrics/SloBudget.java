package dev.tenantsim.engine.platform.metrics;

/**
 * The error budget of an SLO's target over its window, and how fast the measured span spent it
 * (docs/metrics.md, "Error budget and burn rate"). Both budgeting methods count events, good or
 * bad: requests for {@code occurrences} (bad: failed, or completed slower than the threshold),
 * tenant-minutes for {@code timeslices} (bad: an SLO-violation minute). The target allows a share
 * {@code 1 - target} of bad events over the window; the window's events are taken to come at the
 * measured span's rate.
 *
 * <ul>
 *   <li>{@link #burnRate()} = bad share / (1 − target): 1 spends the budget exactly over the window;</li>
 *   <li>{@link #consumed()} = burn rate × elapsed share (span / window, at most 1): the share of the
 *       window's budget the span spent — for timeslices, violation minutes / allowed minutes;</li>
 *   <li>{@link #left()} = 1 − consumed, negative when the budget is overspent.</li>
 * </ul>
 *
 * @param badShare     bad events / all events in the span (0 when there were none; NaN: not measured)
 * @param target       the target share of good events, in (0, 1); NaN: the SLO has none (the bad share
 *                     is still a figure, the budget ones are NaN)
 * @param elapsedShare the span's share of the window, in (0, 1] (a window shorter than the span is an
 *                     average window of the span: 1)
 */
public record SloBudget(double badShare, double target, double elapsedShare) {
    public SloBudget {
        if (!(target > 0 && target < 1) && !Double.isNaN(target)) {
            throw new IllegalArgumentException("slo.target (" + target + ") must be in (0, 1), or NaN for none");
        }
        if (!(elapsedShare > 0 && elapsedShare <= 1)) {
            throw new IllegalArgumentException("elapsedShare (" + elapsedShare + ") must be in (0, 1]");
        }
        if (badShare < 0 || badShare > 1) {
            throw new IllegalArgumentException("badShare (" + badShare + ") must be in [0, 1] (or NaN: not measured)");
        }
    }

    /**
     * The budget from the span's counts.
     *
     * @param bad           bad events in the span
     * @param all           all events in the span (good and bad)
     * @param spanSeconds   length of the measured span
     * @param windowSeconds the SLO's window
     */
    public static SloBudget of(double bad, double all, double target, double spanSeconds, double windowSeconds) {
        if (!(spanSeconds > 0) || !(windowSeconds > 0)) {
            throw new IllegalArgumentException("span (" + spanSeconds + " s) and window (" + windowSeconds + " s) must be > 0");
        }
        double share = all > 0 ? Math.min(1, bad / all) : bad > 0 ? Double.NaN : 0;
        return new SloBudget(share, target, Math.min(1, spanSeconds / windowSeconds));
    }

    /**
     * Occurrences over a tier: bad = its failed plus slow requests, all = its completed plus failed
     * requests (requests unfinished at the end are neither).
     */
    public static SloBudget occurrences(TierTotals tier, double target, double spanSeconds, double windowSeconds) {
        return of(tier.failed() + tier.slowRequests(), tier.completed() + tier.failed(), target, spanSeconds, windowSeconds);
    }

    /**
     * Timeslices of one minute over a tier: bad = its tenants' violation minutes, all = tenants ×
     * the span's minutes.
     */
    public static SloBudget timeslices(TierTotals tier, int minutes, double target, double spanSeconds, double windowSeconds) {
        return of(tier.violationMinutes(), (double) tier.tenants() * minutes, target, spanSeconds, windowSeconds);
    }

    public boolean measured() {
        return !Double.isNaN(badShare);
    }

    /** Whether there is a budget to count: a target and a measured bad share. */
    public boolean hasBudget() {
        return measured() && !Double.isNaN(target);
    }

    /** Bad share / (1 − target): how many times faster than the window allows the span spent the budget. */
    public double burnRate() {
        return badShare / (1 - target);
    }

    /** The share of the window's budget spent in the span: burn rate × elapsed share. */
    public double consumed() {
        return burnRate() * elapsedShare;
    }

    /** 1 − consumed; below 0 when the span overspent the window's budget. */
    public double left() {
        return 1 - consumed();
    }
}
