package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.engine.platform.metrics.SloBudget;
import dev.tenantsim.engine.platform.metrics.TierTotals;
import dev.tenantsim.report.model.SloBudgetResult;
import dev.tenantsim.scenario.model.SloSpec;

/**
 * A tier's error budget for the report: its SLO's method, target and window from the scenario,
 * the figures from {@link SloBudget} over the tier's totals (occurrences: failed and slow
 * requests; timeslices: violation minutes), for either pass.
 */
final class SloBudgets {
    private SloBudgets() {
    }

    /**
     * @param first          the first replication's measurements (span and minutes are the same in all)
     * @param horizonSeconds the scenario's horizon: the window when the SLO names none
     */
    static SloBudgetResult of(SloSpec slo, TierTotals tier, Measurements first, double horizonSeconds) {
        double window = slo.windowSeconds(horizonSeconds);
        boolean occurrences = slo.method() == SloSpec.Method.OCCURRENCES;
        SloBudget b = occurrences ? SloBudget.occurrences(tier, slo.budgetTarget(), first.horizonSeconds(), window)
                : SloBudget.timeslices(tier, first.minutes(), slo.budgetTarget(), first.horizonSeconds(), window);
        return new SloBudgetResult(slo.method().label(), figure(b.target()),
                occurrences ? slo.threshold().toNanos() / 1e6 : null, occurrences ? null : 60.0, window,
                figure(b.badShare()), figure(b.left()), figure(b.burnRate()));
    }

    /** Rounded to 1e-9 (no floating residue in the report); null when NaN (no target, or not measured). */
    private static Double figure(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1e9) / 1e9;
    }
}
