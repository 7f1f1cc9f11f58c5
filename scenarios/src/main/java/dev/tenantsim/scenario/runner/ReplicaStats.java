package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.kernel.stats.ConfidenceInterval;
import java.util.Arrays;

/** Figures over replications (docs/metrics.md): means, and Student-t 95% half-widths; NaN values (no data) are left out. */
final class ReplicaStats {
    private ReplicaStats() {
    }

    /** Mean of the non-NaN values; NaN if there are none. */
    static double mean(double[] xs) {
        double s = 0;
        int n = 0;
        for (double x : xs) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Student-t 95% half-width of the mean of the non-NaN values; 0 with fewer than two. */
    static double halfWidth(double[] xs) {
        double[] v = Arrays.stream(xs).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length < 2) {
            return 0;
        }
        double hw = ConfidenceInterval.studentT(v, 0.95).halfWidth();
        return Double.isNaN(hw) ? 0 : hw;
    }

    /** Milliseconds rounded to the microsecond the histograms record (no noise digits in results.json). */
    static double ms(double seconds) {
        return Double.isNaN(seconds) ? seconds : Math.round(seconds * 1e6) / 1000.0;
    }
}
