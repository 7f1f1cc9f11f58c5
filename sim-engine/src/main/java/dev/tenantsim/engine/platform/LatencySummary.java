package dev.tenantsim.engine.platform;

/**
 * Latency percentiles of completed requests, in seconds, from an HdrHistogram recorded in
 * microseconds with 3 significant digits (relative error at most 0.1%). NaN when count is 0.
 */
public record LatencySummary(long count, double mean, double p50, double p95, double p99, double p999, double max) {
    public static final LatencySummary EMPTY =
            new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public LatencySummary {
        if (count < 0) {
            throw new IllegalArgumentException("latency.count (" + count + ") must be >= 0");
        }
    }
}
