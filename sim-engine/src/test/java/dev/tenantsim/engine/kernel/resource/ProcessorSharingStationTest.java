package dev.tenantsim.engine.kernel.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ProcessorSharingStationTest {
    private final Simulation sim = new Simulation(RandomStreams.of(1));
    private final List<String> log = new ArrayList<>();

    private ProcessorSharingStation station(int cores) {
        return new ProcessorSharingStation(sim, "db", cores, job -> log.add(job + "@" + sim.now()));
    }

    @Test
    void twoJobsOnOneCoreShareItEqually() {
        ProcessorSharingStation s = station(1);
        s.arrive(0, 1.0);
        s.arrive(1, 2.0);
        sim.run();
        // Both at rate 1/2 until job 0 is done at t=2 (1 unit each), then job 1 alone: 1 more unit.
        assertEquals(List.of("0@2.0", "1@3.0"), log);
        assertEquals(1.0, s.utilization(), 1e-12);
    }

    @Test
    void fewerJobsThanCoresRunAtFullSpeedAndMoreShareTheCores() {
        ProcessorSharingStation s = station(2);
        s.arrive(0, 1.0);
        s.arrive(1, 1.0);
        sim.run();
        assertEquals(List.of("0@1.0", "1@1.0"), log);
        log.clear();
        ProcessorSharingStation t = station(2);
        double start = sim.now();
        t.arrive(5, 1.0);
        t.arrive(6, 1.0);
        t.arrive(7, 1.0);
        sim.run();
        // Three jobs on two cores: rate 2/3 each, all done after 1.5.
        for (String e : log) {
            assertEquals(start + 1.5, Double.parseDouble(e.substring(2)), 1e-12);
        }
        assertEquals(3, log.size());
    }

    @Test
    void aLateArrivalSlowsTheJobsInService() {
        ProcessorSharingStation s = station(1);
        s.arrive(0, 2.0);
        int me = sim.register((kind, arg) -> s.arrive(1, 0.5));
        sim.scheduleAt(1.0, me, 0, 0);
        sim.run();
        // Job 0 has 1 unit left at t=1; both at 1/2: job 1 done at t=2; job 0 has 0.5 left -> t=2.5.
        assertEquals(List.of("1@2.0", "0@2.5"), log);
    }

    @Test
    void onlyTheNextDepartureIsOnTheCalendar() {
        ProcessorSharingStation s = station(4);
        for (int j = 0; j < 100; j++) {
            s.arrive(j, 1.0 + j);
        }
        assertEquals(1, sim.pendingEvents());
        assertEquals(100, s.jobsInService());
        sim.runUntil(10.0);
        assertEquals(1, sim.pendingEvents());
    }

    @Test
    void removingAJobDropsItsWorkAndSpeedsUpTheOthers() {
        ProcessorSharingStation s = station(1);
        s.arrive(0, 2.0);
        s.arrive(1, 2.0);
        int me = sim.register((kind, arg) -> assertTrue(s.remove(1)));
        sim.scheduleAt(1.0, me, 0, 0);
        sim.run();
        // At t=1 each has 1.5 left; job 0 alone afterwards: done at 2.5. Job 1 never completes.
        assertEquals(List.of("0@2.5"), log);
        assertFalse(s.remove(1));
        assertFalse(s.remove(12345));
        assertFalse(s.contains(0));
    }

    @Test
    void remainingWorkFollowsTheSharedRate() {
        ProcessorSharingStation s = station(1);
        s.arrive(0, 3.0);
        s.arrive(1, 3.0);
        sim.runUntil(2.0);
        assertEquals(2.0, s.remainingWork(0), 1e-12);
        assertTrue(Double.isNaN(s.remainingWork(2)));
    }

    @Test
    void badInputIsRejected() {
        ProcessorSharingStation s = station(1);
        assertThrows(IllegalArgumentException.class, () -> s.arrive(0, -1.0));
        assertThrows(IllegalArgumentException.class, () -> s.arrive(-1, 1.0));
        s.arrive(3, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.arrive(3, 1.0));
        assertEquals("db: job (3) is already in service", e.getMessage());
    }
}
