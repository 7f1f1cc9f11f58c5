package dev.tenantsim.scenario.optimize;

import dev.tenantsim.engine.kernel.stats.ConfidenceInterval;

/**
 * One constraint judged on a design's replications: the figure's mean, its Student-t 95% half-width
 * over replications (0 with one), whether the bound holds at the mean and whether it also holds at
 * the unfavourable end of the interval. Which of the two makes a design feasible is the search's
 * {@code byInterval} (the default: a design meets a bound only if its whole interval does).
 */
public record Judgement(DesignConstraint constraint, double mean, double halfWidth, int replications, boolean byInterval) {
    /** Judges the figure's values, one per replication. */
    public static Judgement of(DesignConstraint c, double[] values, boolean byInterval) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return new Judgement(c, Double.NaN, 0, values.length, byInterval);
            }
        }
        if (values.length == 1) {
            return new Judgement(c, values[0], 0, 1, byInterval);
        }
        ConfidenceInterval ci = ConfidenceInterval.studentT(values, 0.95);
        return new Judgement(c, ci.mean(), ci.halfWidth(), values.length, byInterval);
    }

    /** Whether the constraint is met: over the whole interval (byInterval) or at the mean. */
    public boolean meets() {
        return byInterval ? confident() : holds();
    }

    public boolean holds() {
        return constraint.holds(mean);
    }

    /** Whether the bound holds over the whole 95% interval (with one replication: at the mean, unknown spread). */
    public boolean confident() {
        return constraint.holds(constraint.upper() ? mean + halfWidth : mean - halfWidth);
    }

    /** Relative room at the judged point: the interval's unfavourable end (byInterval) or the mean. */
    public double relativeSlack() {
        return Double.isNaN(mean) ? Double.NEGATIVE_INFINITY : constraint.relativeSlack(judgedValue());
    }

    /** The value the bound is judged at: mean ± half-width on the unfavourable side (byInterval), else the mean. */
    public double judgedValue() {
        return !byInterval ? mean : constraint.upper() ? mean + halfWidth : mean - halfWidth;
    }

    /** {@code p99(pro) = 212.4 ms ± 8.1 ms (bound <= 250.0 ms)}. */
    public String describe() {
        String spread = replications > 1 ? " ± " + constraint.figure().format(halfWidth).replace("%", " points") : "";
        return constraint.subject() + " = " + constraint.figure().format(mean) + spread + " (bound " + constraint.describe() + ")";
    }
}
