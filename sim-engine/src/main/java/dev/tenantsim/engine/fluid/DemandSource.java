package dev.tenantsim.engine.fluid;

/**
 * Per-minute request rates of each tenant, streamed: the fluid pass asks for a block of minutes at
 * a time, so a quarter never has to be held in memory.
 *
 * <p>Implementations must be pure functions of (tenant, minute) and safe to call from several
 * threads at once for different tenants (stacks run in parallel). The lead's adapter from
 * {@code dev.tenantsim.workload} signatures implements this one method.
 */
@FunctionalInterface
public interface DemandSource {

    /**
     * Writes the mean offered request rate (requests per second) of {@code tenant} for the
     * minutes {@code fromMinute .. fromMinute + len - 1} into {@code out[offset .. offset + len - 1]}.
     *
     * @param tenant dense tenant index (0-based)
     * @param fromMinute first minute of the horizon (0-based)
     */
    void fillRates(int tenant, int fromMinute, double[] out, int offset, int len);

    /** A source with the same constant rate for every tenant and minute (tests, examples). */
    static DemandSource constant(double requestsPerSecond) {
        if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException(
                    "requestsPerSecond (" + requestsPerSecond + ") must be a finite number >= 0");
        }
        return (tenant, fromMinute, out, offset, len) -> java.util.Arrays.fill(out, offset, offset + len, requestsPerSecond);
    }
}
