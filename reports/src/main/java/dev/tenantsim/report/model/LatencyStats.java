package dev.tenantsim.report.model;

/**
 * Latency percentiles of completed requests, in milliseconds (docs/metrics.md "Percentiles"): each is
 * the mean over replications; {@code p99HalfWidthMs} is the Student-t 95% half-width of p99 over
 * replications (0 with a single replication). NaN when no request completed.
 */
public record LatencyStats(double p50Ms, double p95Ms, double p99Ms, double p999Ms, double p99HalfWidthMs) implements java.io.Serializable {
    public static final LatencyStats NONE = new LatencyStats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);

    public LatencyStats {
        if (p99HalfWidthMs < 0) {
            throw new IllegalArgumentException("p99HalfWidthMs (" + p99HalfWidthMs + ") must be >= 0");
        }
    }

    public boolean hasData() {
        return !Double.isNaN(p99Ms);
    }
}
