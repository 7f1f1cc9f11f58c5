package dev.tenantsim.engine.platform;

/**
 * Latency percentiles of completed requests, in seconds, from a per-tenant HdrHistogram recorded in
 * whole microseconds with 2 significant digits: a percentile is within 1% (relative) of the exact
 * order statistic. Mean and max come from the same histogram (same error). NaN when count is 0.
 */
public record LatencySummary(long count, double mean, double p50, double p95, double p99, double p999, double max) implements java.io.Serializable {
    public static final LatencySummary EMPTY =
            new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public LatencySummary {
        if (count < 0) {
            throw new IllegalArgumentException("latency.count (" + count + ") must be >= 0");
        }
    }
}
