package dev.tenantsim.engine.platform.metrics;

import dev.tenantsim.engine.kernel.stats.ConfidenceInterval;
import dev.tenantsim.engine.platform.Results;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A figure over replications (docs/metrics.md): the mean over replications with its Student-t 95%
 * interval, e.g. {@code Replicated.ci95(runs, r -> r.tenant(7).latency().p99())}.
 */
public final class Replicated {
    private Replicated() {
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
