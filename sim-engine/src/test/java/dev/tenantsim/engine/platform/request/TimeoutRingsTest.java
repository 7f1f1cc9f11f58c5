package dev.tenantsim.engine.platform.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TimeoutRingsTest {

    @Test
    void onlyLiveEntriesFireExactlyAtTheirDeadlineWithOneRingPerDuration() {
        Simulation sim = new Simulation(RandomStreams.of(1));
        int[] gen = new int[4];
        List<String> fired = new ArrayList<>();
        TimeoutRings.Owner owner = new TimeoutRings.Owner() {
            @Override
            public int generation(int id) {
                return gen[id];
            }

            @Override
            public void expired(int id) {
                fired.add(id + "@" + sim.now());
            }
        };
        int[] ringOf = new int[4];
        TimeoutRings rings = new TimeoutRings(sim, new double[] {2, Double.POSITIVE_INFINITY, 2, 5}, ringOf, owner);
        assertArrayEquals(new int[] {0, -1, 0, 1}, ringOf, "tenants with the same duration share a ring");
        rings.arm(0, 0, gen[0], 0);
        rings.arm(0, 2, gen[2], 0.5);
        rings.arm(1, 3, gen[3], 1);
        gen[0]++; // id 0's work ended: its entry is stale
        long before = sim.eventsProcessed();
        sim.run();
        assertEquals(List.of("2@2.5", "3@6.0"), fired);
        assertEquals(3, sim.eventsProcessed() - before, "one event per ring head, the stale head re-arms once");
    }
}
