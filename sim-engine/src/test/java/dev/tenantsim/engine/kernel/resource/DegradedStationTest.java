package dev.tenantsim.engine.kernel.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A processor-sharing station whose capacity changes while jobs are in service (a degraded database). */
final class DegradedStationTest {
    private final Simulation sim = new Simulation(RandomStreams.of(1));
    private final List<double[]> done = new ArrayList<>();

    private ProcessorSharingStation station(int cores) {
        return new ProcessorSharingStation(sim, "db", cores, job -> done.add(new double[] {job, sim.now()}));
    }

    @Test
    void halfTheCoresHalveTheRateOfAJobAloneOnOneCore() {
        ProcessorSharingStation s = station(1);
        s.arrive(0, 1.0);
        sim.scheduleAt(0.5, sim.register((k, a) -> s.setCapacity(0.5, 1.0)), 0, 0);
        sim.runUntil(10);
        // 0.5 s of work done at rate 1, the other 0.5 at rate 0.5: done at 1.5 s.
        assertEquals(1.5, done.get(0)[1], 1e-9);
    }

    @Test
    void fewerCoresOnlySlowJobsWhenMoreJobsThanCoresRemain() {
        ProcessorSharingStation s = station(4);
        s.arrive(0, 1.0);
        s.arrive(1, 1.0);
        s.setCapacity(0.5, 1.0);     // 2 cores left for 2 jobs: each still at rate 1
        sim.runUntil(10);
        assertEquals(1.0, done.get(0)[1], 1e-9);
        assertEquals(1.0, done.get(1)[1], 1e-9);
    }

    @Test
    void aSlowerSpeedStretchesServiceAndRestoringItResumesFullRate() {
        ProcessorSharingStation s = station(1);
        s.setCapacity(1.0, 0.25);
        s.arrive(0, 1.0);
        sim.scheduleAt(2.0, sim.register((k, a) -> s.setCapacity(1.0, 1.0)), 0, 0);
        sim.runUntil(10);
        // 2 s at 0.25 = 0.5 done; the other 0.5 at full speed: done at 2.5 s.
        assertEquals(2.5, done.get(0)[1], 1e-9);
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        ProcessorSharingStation s = station(1);
        assertThrows(IllegalArgumentException.class, () -> s.setCapacity(0, 1));
        assertThrows(IllegalArgumentException.class, () -> s.setCapacity(1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> s.setCapacity(Double.NaN, 1));
    }
}
