package dev.tenantsim.engine.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.LoadSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The docs/metrics.md figures over hand-built measurements, each computable by hand. */
final class FiguresTest {

    private static TenantMeasure tenant(int i, int tier, int stack, long revenue, LoadSeries load, int... violations) {
        double[] errors = new double[ErrorCause.count()];
        errors[ErrorCause.POOL_TIMEOUT.ordinal()] = i;
        errors[ErrorCause.RATE_LIMITED.ordinal()] = tier;
        return new TenantMeasure(i, "t" + i, tier, stack, revenue, 100, 100 - i - tier, 100, errors, LatencySummary.EMPTY,
                i, violations, load, null, 0);
    }

    private static LoadSeries load(double perMinute, int from, int to) {
        int[] m = new int[to - from];
        double[] s = new double[to - from];
        for (int k = 0; k < m.length; k++) {
            m[k] = from + k;
            s[k] = perMinute;
        }
        return new LoadSeries(m, s);
    }

    private static StackMeasure stack(int s, int tenants, int[] violators) {
        double[][] u = new double[Resource.count()][60];
        return new StackMeasure(s, "s" + s, tenants, 1, u, violators);
    }

    private static Measurements run(List<TenantMeasure> tenants, List<StackMeasure> stacks) {
        return new Measurements(0, 0, 3600, 60, tenants, stacks, Incidents.of(tenants, stacks), Map.of(), List.of());
    }

    @Test
    void blastRadiusCountsTenantsAndRevenueWithAViolationInTheWindowAggressorExcluded() {
        // Window [10, 20). Tenant 0 is the aggressor (violates, excluded). Tenant 1 violates at 12
        // (inside), tenant 2 at 25 (outside), tenant 3 at 9 and 19 (inside), tenant 4 never.
        Measurements m = run(List.of(
                tenant(0, 0, 0, 1_000_000, null, 10, 11, 12),
                tenant(1, 0, 0, 100, null, 12),
                tenant(2, 0, 0, 200, null, 25),
                tenant(3, 0, 0, 300, null, 9, 19),
                tenant(4, 0, 0, 400, null)), List.of(stack(0, 5, new int[60])));
        BlastShares b = BlastShares.of(List.of(m), 0, 10, 20);
        assertEquals(2, b.affected(), 1e-12);
        assertEquals(4, b.population());
        assertEquals(0.5, b.tenantShare(), 1e-12);
        assertEquals(400.0 / 1000.0, b.revenueShare(), 1e-12);
        double[] steps = BlastShares.perPoint(List.of(m), 0, 1);
        assertEquals(0.25, steps[12], 1e-12);
        assertEquals(0.0, steps[10], 1e-12);
        assertEquals(2 * 0.25 / 10, BlastShares.perPoint(List.of(m), 0, 10)[1], 1e-12, "mean over the point's minutes");
    }

    @Test
    void incidentsNameTheStacksHeaviestTenantAndTheAggressorIgnoresSingleTenantStacks() {
        int[] violators = new int[60];
        for (int minute = 10; minute < 20; minute++) {
            violators[minute] = 2;
        }
        int[] alone = new int[60];
        for (int minute = 30; minute < 40; minute++) {
            alone[minute] = 1;
        }
        List<TenantMeasure> tenants = List.of(
                tenant(0, 0, 0, 100, load(1, 0, 60), 10, 11),
                tenant(1, 0, 0, 100, load(3, 5, 15)),
                tenant(2, 0, 0, 100, load(2, 0, 60)),
                tenant(3, 1, 1, 100, load(50, 0, 60), 30, 31));
        List<StackMeasure> stacks = List.of(stack(0, 3, violators), stack(1, 1, alone));
        Measurements m = run(tenants, stacks);
        // Stack 0 in [10, 20): tenant 1 has 5 x 3 = 15, tenant 2 10 x 2 = 20, tenant 0 10: tenant 2.
        assertEquals(List.of(new Incident(0, 10, 20, 2, "t2", 2.0 / 3), new Incident(1, 30, 40, 3, "t3", 1.0)),
                m.incidents());
        // Tenant 3 is named only for its own stack's incident: not the aggressor, although it put the most load.
        assertEquals(2, AggressorRule.of(List.of(m)));
        double[] share = LoadShares.of(List.of(m));
        assertEquals(1.0, share[0] + share[1] + share[2], 1e-12, "shares of stack 0 sum to 1");
        assertEquals(1.0, share[3], 1e-12, "alone on its stack");
        assertEquals(30.0 / 210, share[1], 1e-12, "30 of 60 + 30 + 120 units");
    }

    @Test
    void withoutIncidentsTheAggressorIsTheTenantWithAQuarterOfThePlatformsLoadOnAnyStack() {
        List<TenantMeasure> tenants = new ArrayList<>();
        tenants.add(tenant(0, 0, 0, 100, load(1, 0, 60)));
        tenants.add(tenant(1, 0, 0, 100, load(1, 0, 60)));
        tenants.add(tenant(2, 0, 1, 100, load(100, 0, 60)));
        List<StackMeasure> stacks = List.of(stack(0, 2, new int[60]), stack(1, 1, new int[60]));
        // A tenant whose own load breaks its dedicated stack is that stack's cause: its own violations
        // are not blast radius (the MegaCorp dedicated variant relies on this).
        assertEquals(2, AggressorRule.of(List.of(run(tenants, stacks))), "100 of 102 units, alone on its stack");
        tenants.set(1, tenant(1, 0, 0, 100, load(40, 0, 60)));
        tenants.set(2, tenant(2, 0, 1, 100, load(10, 0, 60)));
        assertEquals(1, AggressorRule.of(List.of(run(tenants, stacks))), "40 of 51 units: over a quarter");
    }

    @Test
    void tierTotalsSumTheTenantsAndTheErrorRateIsFailedOverDecided() {
        Measurements m = run(List.of(tenant(0, 0, 0, 100, null), tenant(1, 0, 0, 200, null, 3), tenant(2, 1, 0, 300, null)),
                List.of(stack(0, 3, new int[60])));
        List<TierTotals> tiers = TierTotals.of(List.of(m), 2);
        TierTotals free = tiers.get(0);
        assertEquals(2, free.tenants());
        assertEquals(200, free.offered(), 1e-12);
        assertEquals(199, free.completed(), 1e-12);
        assertEquals(1, free.failed(), 1e-12);
        assertEquals(1.0 / 200, free.errorRate(), 1e-12);
        assertEquals(1, free.tenantsBreaching());
        assertEquals(300, free.revenueMicros());
        TierTotals pro = tiers.get(1);
        assertEquals(Map.of(ErrorCause.POOL_TIMEOUT, 2.0, ErrorCause.RATE_LIMITED, 1.0), pro.failedByCause());
        assertEquals(List.of(ErrorCause.RATE_LIMITED, ErrorCause.POOL_TIMEOUT), List.copyOf(pro.failedByCause().keySet()),
                "a tenant's causes in cause order");
        assertEquals(3.0 / 100, pro.errorRate(), 1e-12);
        assertEquals(0, ErrorRates.of(0, 0));
    }

    @Test
    void measuresRejectMalformedSeries() {
        assertThrows(IllegalArgumentException.class, () -> new StackMeasure(0, "s", 1, 0, new double[Resource.count()][1], new int[1]));
        assertThrows(IllegalArgumentException.class, () -> new StackMeasure(0, "s", 1, 1, new double[1][1], new int[1]));
        assertThrows(IllegalArgumentException.class, () -> new TenantMeasure(0, "t", 0, 0, 0, 0, 0, 0, new double[1],
                null, 0, new int[0], null, null, 0));
    }
}
