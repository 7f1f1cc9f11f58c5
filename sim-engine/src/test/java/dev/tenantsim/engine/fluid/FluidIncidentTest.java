package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FluidIncidentTest {
    /** 40 tenants, 20 per stack at 1 req/s; tenant 0 (stack 0) floods its stack in minutes [100, 130). */
    private static FluidResult run() {
        int n = 40;
        int[] stackOf = new int[n];
        for (int t = 0; t < n; t++) {
            stackOf[t] = t < 20 ? 0 : 1;
        }
        List<StackCapacity> stacks = List.of(StackCapacity.of(4, 4, 10_000, 200), StackCapacity.of(4, 4, 10_000, 200));
        FluidModel model = FluidModel.builder(stacks, n)
                .allTenants(WorkMoments.markovian(0.010, 0.002, 1, 0), TenantLimits.UNLIMITED, new SloTarget(0.2, 0.01), stackOf)
                .build();
        DemandSource source = (tenant, from, out, off, len) -> {
            for (int k = 0; k < len; k++) {
                int minute = from + k;
                out[off + k] = tenant == 0 && minute >= 100 && minute < 130 ? 600.0 : 1.0;
            }
        };
        return FluidPass.run(model, source, FluidOptions.defaults(240).withSeriesSteps(10).withThreads(1));
    }

    @Test
    void aFloodOfOneTenantIsOneIncidentOnItsStackWithItAsAggressor() {
        FluidResult r = run();
        List<FluidIncident> incidents = r.stacks().get(0).incidents();
        assertEquals(1, incidents.size(), incidents.toString());
        FluidIncident i = incidents.get(0);
        assertTrue(i.startMinute() >= 100 && i.startMinute() <= 102, "starts with the flood: " + i.startMinute());
        assertTrue(i.lengthMinutes() >= 30, "lasts at least the flood (the backlog drains after it): " + i.lengthMinutes());
        assertEquals(0, i.aggressor(), "the flooding tenant put the most work on the stack");
        assertEquals(19, i.affectedCount(), "every other tenant of the stack breached: " + Arrays.toString(i.affected()));
        assertTrue(Arrays.stream(i.affected()).allMatch(t -> t >= 1 && t < 20), "only tenants of stack 0");
        assertEquals(1.0, i.peakShare(), 1e-12);
        assertEquals(List.of(), r.stacks().get(1).incidents(), "the other stack is untouched");
    }

    @Test
    void theViolationShareSeriesShowsTheFloodAndNothingElse() {
        FluidResult r = run();
        double[] share = r.stacks().get(0).violationShare();
        assertEquals(24, share.length, "240 minutes in points of 10");
        assertEquals(0.0, share[5], 1e-12, "before the flood nobody breaches");
        assertEquals(1.0, share[11], 1e-12, "minutes 110-119: every tenant of the stack breaches");
        assertTrue(Arrays.stream(r.stacks().get(1).violationShare()).allMatch(v -> v == 0));
    }
}
