package dev.tenantsim.engine.platform.metrics;

import dev.tenantsim.engine.kernel.stats.ConfidenceInterval;
import dev.tenantsim.engine.platform.Results;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A figure over replications (docs/metrics.md): the mean over replications (NaN values, no data,
 * left out) and its Student-t 95% interval, e.g.
 * {@code Replicated.ci95(runs, r -> r.tenant(7).latency().p99())}.
 */
public final class Replicated {
    private Replicated() {
    }

    /** Mean over replications of the non-NaN values of {@code figure}; NaN if there are none. */
    public static double mean(List<Measurements> replications, ToDoubleFunction<Measurements> figure) {
        double s = 0;
        int n = 0;
        for (Measurements m : replications) {
            double x = figure.applyAsDouble(m);
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Per tenant, the mean over replications of its load over the span. */
    public static double[] meanLoad(List<Measurements> replications) {
        int n = replications.get(0).tenantCount();
        double[] load = new double[n];
        for (int i = 0; i < n; i++) {
            int t = i;
            load[i] = mean(replications, m -> m.tenant(t).load().total());
        }
        return load;
    }

    public static ConfidenceInterval ci95(List<Results> replications, ToDoubleFunction<Results> figure) {
        if (replications.size() < 2) {
            throw new IllegalArgumentException("replications (" + replications.size() + ") must be >= 2 for an interval");
        }
        double[] values = new double[replications.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = figure.applyAsDouble(replications.get(r));
        }
        return ConfidenceInterval.studentT(values, 0.95);
    }
}
