package dev.tenantsim.scenario.optimize;

import dev.tenantsim.engine.kernel.stats.ConfidenceInterval;

/**
 * One constraint judged on a design's replications: the figure's mean, its Student-t 95% half-width
 * over replications (0 with one), whether the bound holds at the mean (what makes a design feasible)
 * and whether it also holds at the unfavourable end of the interval (how sure that is).
 */
public record Judgement(DesignConstraint constraint, double mean, double halfWidth, int replications) {
    /** Judges the figure's values, one per replication. */
    public static Judgement of(DesignConstraint c, double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return new Judgement(c, Double.NaN, 0, values.length);
            }
        }
        if (values.length == 1) {
            return new Judgement(c, values[0], 0, 1);
        }
        ConfidenceInterval ci = ConfidenceInterval.studentT(values, 0.95);
        return new Judgement(c, ci.mean(), ci.halfWidth(), values.length);
    }

    public boolean holds() {
        return constraint.holds(mean);
    }

    /** Whether the bound holds over the whole 95% interval (with one replication: at the mean, unknown spread). */
    public boolean confident() {
        return constraint.holds(constraint.upper() ? mean + halfWidth : mean - halfWidth);
    }

    public double relativeSlack() {
        return Double.isNaN(mean) ? Double.NEGATIVE_INFINITY : constraint.relativeSlack(mean);
    }

    /** {@code p99(pro) = 212.4 ms ± 8.1 ms (bound <= 250.0 ms)}. */
    public String describe() {
        String spread = replications > 1 ? " ± " + constraint.figure().format(halfWidth).replace("%", " points") : "";
        return constraint.subject() + " = " + constraint.figure().format(mean) + spread + " (bound " + constraint.describe() + ")";
    }
}
