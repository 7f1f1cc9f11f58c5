package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.engine.platform.metrics.Resource;
import dev.tenantsim.engine.platform.metrics.StackMeasure;
import dev.tenantsim.engine.platform.metrics.TenantMeasure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Measurements#of(Results, int, int)} is the one conversion: it keeps every count and series it carries. */
final class MeasurementsConversionTest {

    @Test
    void measurementsCarryTheSimulatedCountsSeriesAndIncidents() {
        List<TenantLoad> tenants = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            TenantLoad t = Fixtures.tenant("t" + i, i % 2, 5, Fixtures.work(0.004, 0.75, 0.002, 1.0, 2));
            if (i == 3) {
                t = t.withJobs(List.of(JobBatch.export(60, 90, 400, 0)));
            }
            tenants.add(t);
        }
        int[] map = new int[40];
        for (int i = 20; i < 40; i++) {
            map[i] = 1;
        }
        StackSpec a = Fixtures.stack("a", 2, 200, 100, 2, 3000, 8, 2, "fifo");
        StackSpec b = Fixtures.stack("b", 2, 200, 100, 2, 3000, 8, 2, "fifo");
        PlatformScenario ps = new PlatformScenario(tenants, Topology.assigned(List.of(a, b), map), Controls.none(40),
                SloPolicy.uniform(40, 0.100, 0.01), 12 * 60);
        Results r = PlatformSimulator.run(ps, RandomStreams.of(5));
        Measurements m = Measurements.of(r, 1, 30);
        assertEquals(1, m.replication());
        assertEquals(30, m.fromMinute());
        assertEquals(r.minutes(), m.minutes());
        assertFalse(r.incidents().isEmpty(), "the export makes an incident on stack a");
        assertEquals(r.incidents(), m.incidents(), "Incidents names the windows and aggressors the simulation did");
        for (SimulatedTenant t : r.tenants()) {
            TenantMeasure tm = m.tenant(t.tenant());
            assertEquals(t.id(), tm.id());
            assertEquals(t.stack(), tm.stack());
            assertEquals(t.offered(), tm.offered());
            assertEquals(t.completed(), tm.completed());
            assertEquals(t.errors(), tm.errors());
            assertEquals(t.inFlightAtEnd(), tm.unfinishedAtEnd());
            assertArrayEquals(t.violationMinutes(), tm.violationMinutes());
            assertEquals(t.load(), tm.load());
            assertEquals(t.latency(), tm.latency());
        }
        for (SimulatedStack s : r.stacks()) {
            StackMeasure sm = m.stacks().get(s.stack());
            assertEquals(1, sm.minutesPerPoint());
            assertArrayEquals(s.series(SimulatedStack.Series.DB_CPU_UTILIZATION), sm.utilization(Resource.DB_CPU));
            assertArrayEquals(s.series(SimulatedStack.Series.DB_POOL_UTILIZATION), sm.utilization(Resource.DB_POOL));
            assertArrayEquals(s.tenantsInViolation(), sm.tenantsInViolation());
        }
    }
}
