package dev.tenantsim.engine.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.LatencySummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/metrics.md "Error budget and burn rate" on hand-computable cases. */
final class SloBudgetTest {
    private static final double HOUR = 3600;
    private static final double DAY = 86_400;

    private static TenantMeasure tenant(int i, int tier, double completed, double failed, double slow, int... violations) {
        double[] errors = new double[ErrorCause.count()];
        errors[ErrorCause.POOL_TIMEOUT.ordinal()] = failed;
        return new TenantMeasure(i, "t" + i, tier, 0, 0, completed + failed, completed, completed + failed, errors,
                LatencySummary.EMPTY, slow, violations, null, null, 0);
    }

    private static Measurements run(TenantMeasure... tenants) {
        StackMeasure stack = new StackMeasure(0, "s", tenants.length, 1, new double[Resource.count()][60], new int[60]);
        return new Measurements(0, 0, HOUR, 60, List.of(tenants), List.of(stack), List.of(), Map.of(), List.of());
    }

    @Test
    void burnRateIsTheBadShareOverTheAllowedShareAndAWindowAsLongAsTheSpanSpendsThatMuch() {
        // 30 bad of 10,000 against 99.9%: three times the allowed 0.1%.
        SloBudget b = SloBudget.of(30, 10_000, 0.999, HOUR, HOUR);
        assertEquals(0.003, b.badShare(), 1e-15);
        assertEquals(3.0, b.burnRate(), 1e-9);
        assertEquals(3.0, b.consumed(), 1e-9);
        assertEquals(-2.0, b.left(), 1e-9, "overspent: twice the budget beyond it");
    }

    @Test
    void aLongerWindowHasSpentOnlyTheElapsedShareAtTheSameBurnRate() {
        SloBudget b = SloBudget.of(30, 10_000, 0.999, HOUR, 4 * HOUR);
        assertEquals(0.25, b.elapsedShare(), 1e-15);
        assertEquals(3.0, b.burnRate(), 1e-9);
        assertEquals(0.75, b.consumed(), 1e-9);
        assertEquals(0.25, b.left(), 1e-9);
    }

    @Test
    void aWindowShorterThanTheSpanIsAnAverageWindowOfIt() {
        SloBudget b = SloBudget.of(5, 1_000, 0.99, DAY, HOUR);
        assertEquals(1.0, b.elapsedShare());
        assertEquals(0.5, b.consumed(), 1e-12);
        assertEquals(0.5, b.left(), 1e-12);
    }

    @Test
    void noEventsSpendNothingAndAnUnmeasuredCountIsNotAFigure() {
        SloBudget none = SloBudget.of(0, 0, 0.99, HOUR, HOUR);
        assertEquals(0, none.burnRate());
        assertEquals(1, none.left());
        SloBudget unmeasured = SloBudget.of(Double.NaN, 100, 0.99, HOUR, HOUR);
        assertFalse(unmeasured.measured());
        assertTrue(Double.isNaN(unmeasured.left()));
        assertTrue(Double.isNaN(unmeasured.burnRate()));
    }

    @Test
    void occurrencesCountFailedAndSlowRequestsOverTheDecidedOnes() {
        // tier 0: t0 100 completed (2 slow); t1 97 completed (1 slow) + 3 failed: bad 6 of 200 = 3%.
        Measurements m = run(tenant(0, 0, 100, 0, 2), tenant(1, 0, 97, 3, 1), tenant(2, 1, 50, 0, 50));
        List<TierTotals> tiers = TierTotals.of(List.of(m), 2);
        assertEquals(3, tiers.get(0).slowRequests(), 1e-12);
        SloBudget b = SloBudget.occurrences(tiers.get(0), 0.99, HOUR, 28 * DAY);
        assertEquals(0.03, b.badShare(), 1e-12);
        assertEquals(3.0, b.burnRate(), 1e-9);
        assertEquals(3.0 / (28 * 24), b.consumed(), 1e-12, "an hour of a 28-day window at burn rate 3");
        SloBudget allSlow = SloBudget.occurrences(tiers.get(1), 0.99, HOUR, HOUR);
        assertEquals(1.0, allSlow.badShare(), 1e-12);
        assertEquals(-99.0, allSlow.left(), 1e-9);
    }

    @Test
    void timeslicesCountViolationMinutesAgainstTheMinutesTheTargetAllows() {
        // Two tenants, 60 minutes, 3 violation minutes between them; target 99% over one day:
        // allowed 1% of 1,440 minutes per tenant = 28.8 tenant-minutes, consumed 3 / 28.8.
        Measurements m = run(tenant(0, 0, 100, 0, 0, 5, 6), tenant(1, 0, 100, 0, 0, 40));
        TierTotals tier = TierTotals.of(List.of(m), 1).get(0);
        SloBudget b = SloBudget.timeslices(tier, m.minutes(), 0.99, m.horizonSeconds(), DAY);
        assertEquals(3.0 / 120, b.badShare(), 1e-12);
        assertEquals(3.0 / 28.8, b.consumed(), 1e-12);
        assertEquals(2.5, b.burnRate(), 1e-9);
        assertEquals(1 - 3.0 / 28.8, b.left(), 1e-12);
    }

    @Test
    void withoutATargetOnlyTheBadShareIsAFigure() {
        SloBudget b = SloBudget.of(1, 10, Double.NaN, HOUR, HOUR);
        assertEquals(0.1, b.badShare(), 1e-15);
        assertFalse(b.hasBudget());
        assertTrue(Double.isNaN(b.left()) && Double.isNaN(b.burnRate()));
    }

    @Test
    void meaninglessTargetsAndSpansAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SloBudget.of(1, 10, 1.0, HOUR, HOUR));
        assertThrows(IllegalArgumentException.class, () -> SloBudget.of(1, 10, 0, HOUR, HOUR));
        assertThrows(IllegalArgumentException.class, () -> SloBudget.of(1, 10, -0.5, HOUR, HOUR));
        assertThrows(IllegalArgumentException.class, () -> SloBudget.of(1, 10, 0.99, 0, HOUR));
        assertThrows(IllegalArgumentException.class, () -> SloBudget.of(1, 10, 0.99, HOUR, 0));
    }
}
