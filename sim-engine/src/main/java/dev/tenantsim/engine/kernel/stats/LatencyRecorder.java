package dev.tenantsim.engine.kernel.stats;

import org.HdrHistogram.Histogram;

/**
 * Latencies in seconds, with accurate high percentiles.
 *
 * <p>Values are recorded as whole microseconds (rounded to nearest) in an HdrHistogram with
 * 3 significant digits that resizes itself as larger values arrive (memory grows with the log of
 * the largest latency: 8 KB per factor of two above 2 ms).
 *
 * <p><b>Error bound.</b> A percentile is the upper edge of the histogram bucket holding it:
 * for latencies of at least 2.048 ms it is at most 1/1024 (0.098%) above the exact order
 * statistic and never below it; below 2.048 ms buckets are 1 µs wide, so the error is at most
 * 1 µs plus the 0.5 µs rounding. {@link #mean()}, {@link #min()} and {@link #max()} are exact
 * (kept beside the histogram, not read from it).
 *
 * <p>Recording does not allocate except when the histogram grows to a new power-of-two range.
 */
public final class LatencyRecorder {
    private static final double MICROS_PER_SECOND = 1e6;

    private final Histogram histogram = new Histogram(3);
    private long count;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * Records one latency in seconds.
     *
     * @throws IllegalArgumentException if {@code seconds} is negative or not finite
     */
    public void record(double seconds) {
        if (!(seconds >= 0) || seconds == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("latency (" + seconds + " s) must be a finite number >= 0");
        }
        histogram.recordValue(Math.round(seconds * MICROS_PER_SECOND));
        count++;
        sum += seconds;
        if (seconds < min) {
            min = seconds;
        }
        if (seconds > max) {
            max = seconds;
        }
    }

    public long count() {
        return count;
    }

    /** Exact mean in seconds; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Exact smallest latency in seconds; NaN when empty. */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** Exact largest latency in seconds; NaN when empty. */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /**
     * The {@code p}-th percentile (0 &lt; p &lt;= 100) in seconds, within the bound stated above;
     * NaN when empty.
     */
    public double percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile (" + p + ") must be in (0, 100]");
        }
        if (count == 0) {
            return Double.NaN;
        }
        return histogram.getValueAtPercentile(p) / MICROS_PER_SECOND;
    }

    /** Fraction of recorded latencies at or below {@code seconds} (histogram resolution). */
    public double fractionAtOrBelow(double seconds) {
        if (count == 0) {
            return Double.NaN;
        }
        long v = Math.round(seconds * MICROS_PER_SECOND);
        return (double) histogram.getCountBetweenValues(0, v) / histogram.getTotalCount();
    }

    /** Adds every latency recorded by {@code other} (e.g. to pool tenants of one tier). */
    public void add(LatencyRecorder other) {
        histogram.add(other.histogram);
        count += other.count;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** Forgets everything recorded (warm-up deletion). */
    public void reset() {
        histogram.reset();
        count = 0;
        sum = 0.0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }
}
