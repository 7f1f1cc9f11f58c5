package dev.tenantsim.engine.kernel.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with a Student-t confidence interval {@code mean ± halfWidth}, from {@code n}
 * independent observations (usually one per replication).
 */
public record ConfidenceInterval(double mean, double halfWidth, int n, double level) {
    public ConfidenceInterval {
        if (n < 2) {
            throw new IllegalArgumentException("n (" + n + ") must be >= 2 for a confidence interval");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level (" + level + ") must be in (0, 1)");
        }
        if (!(halfWidth >= 0)) {
            throw new IllegalArgumentException("halfWidth (" + halfWidth + ") must be >= 0");
        }
    }

    /** Student-t interval at {@code level} (e.g. 0.95) from independent observations. */
    public static ConfidenceInterval studentT(double[] values, double level) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("values (" + n + ") must hold at least 2 observations");
        }
        double mean = 0.0;
        double m2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("values[" + i + "] (" + x + ") must be finite");
            }
            double d = x - mean;
            mean += d / (i + 1);
            m2 += d * (x - mean);
        }
        double sd = Math.sqrt(m2 / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + level / 2);
        return new ConfidenceInterval(mean, t * sd / Math.sqrt(n), n, level);
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    /** Whether {@code x} lies inside the closed interval. */
    public boolean contains(double x) {
        return x >= lower() && x <= upper();
    }

    /** Half-width relative to |mean|. */
    public double relativeHalfWidth() {
        return halfWidth / Math.abs(mean);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6g ± %.3g (%d%%, n=%d)", mean, halfWidth,
                Math.round(level * 100), n);
    }
}
