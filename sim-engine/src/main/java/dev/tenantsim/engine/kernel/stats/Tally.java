package dev.tenantsim.engine.kernel.stats;

/**
 * Count, mean, variance, min and max of observations (Welford's update, numerically stable).
 * {@link #reset()} supports warm-up deletion.
 */
public final class Tally {
    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void add(double x) {
        count++;
        double d = x - mean;
        mean += d / count;
        m2 += d * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    public long count() {
        return count;
    }

    /** Mean of the observations; NaN when there are none. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** Sample variance (n - 1 denominator); NaN with fewer than two observations. */
    public double variance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    public double stdDev() {
        return Math.sqrt(variance());
    }

    /** Smallest observation; +Infinity when empty. */
    public double min() {
        return min;
    }

    /** Largest observation; -Infinity when empty. */
    public double max() {
        return max;
    }

    /** Sum of the observations. */
    public double sum() {
        return mean * count;
    }

    public void reset() {
        count = 0;
        mean = 0.0;
        m2 = 0.0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }
}
