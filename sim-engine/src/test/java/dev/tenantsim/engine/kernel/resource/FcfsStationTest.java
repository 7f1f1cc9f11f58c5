package dev.tenantsim.engine.kernel.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FcfsStationTest {
    private final Simulation sim = new Simulation(RandomStreams.of(1));
    private final List<String> log = new ArrayList<>();

    private FcfsStation station(int servers) {
        return new FcfsStation(sim, "app", servers, job -> log.add("done " + job + " @" + sim.now()))
                .onStart(job -> log.add("start " + job + " @" + sim.now()));
    }

    @Test
    void twoServersServeInArrivalOrderAndQueueTheRest() {
        FcfsStation s = station(2);
        s.arrive(0, 3.0);
        s.arrive(1, 1.0);
        s.arrive(2, 1.0);
        s.arrive(3, 5.0);
        assertEquals(2, s.busyServers());
        assertEquals(2, s.queueLength());
        sim.run();
        assertEquals(List.of(
                "start 0 @0.0", "start 1 @0.0",
                "start 2 @1.0", "done 1 @1.0",
                "start 3 @2.0", "done 2 @2.0",
                "done 0 @3.0", "done 3 @7.0"), log);
        assertEquals(0, s.busyServers());
        assertEquals(4, s.completions());
        // Busy servers: 2 on [0,3), 1 on [3,7) -> area 10 over 7 time units, 2 servers.
        assertEquals(10.0 / 14.0, s.utilization(), 1e-12);
        // Queue: 2 on [0,1), 1 on [1,2) -> area 3 over 7.
        assertEquals(3.0 / 7.0, s.meanQueueLength(), 1e-12);
        assertEquals(2, s.maxQueueLength());
    }

    @Test
    void aCompletionListenerThatResubmitsJoinsBehindTheQueue() {
        List<Integer> order = new ArrayList<>();
        FcfsStation[] ref = new FcfsStation[1];
        ref[0] = new FcfsStation(sim, "loop", 1, job -> {
            order.add(job);
            if (order.size() < 6) {
                ref[0].arrive(job, 1.0);
            }
        });
        ref[0].arrive(7, 1.0);
        ref[0].arrive(8, 1.0);
        sim.run();
        assertEquals(List.of(7, 8, 7, 8, 7, 8, 7), order); // the 5th completion resubmits 7, behind 8
        assertEquals(7.0, sim.now());
    }

    @Test
    void theRingBufferGrowsAndKeepsFifoOrderAcrossTheWrap() {
        FcfsStation s = station(1);
        s.arrive(1000, 1.0);
        // Fill, drain a bit, fill past the initial capacity of 64 so the ring wraps and grows.
        for (int i = 0; i < 40; i++) {
            s.arrive(i, 1.0);
        }
        sim.runUntil(30.5);
        for (int i = 40; i < 200; i++) {
            s.arrive(i, 1.0);
        }
        int[] expected = new int[200 - 30];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = i + 30;
        }
        assertArrayEquals(expected, s.queueSnapshot());
    }

    @Test
    void aWaitingJobCanBeRemovedButNotOneInService() {
        FcfsStation s = station(1);
        s.arrive(0, 2.0);
        s.arrive(1, 2.0);
        s.arrive(2, 2.0);
        assertFalse(s.removeWaiting(0));
        assertTrue(s.removeWaiting(1));
        assertFalse(s.removeWaiting(1));
        sim.run();
        assertEquals(List.of("start 0 @0.0", "start 2 @2.0", "done 0 @2.0", "done 2 @4.0"), log);
    }

    @Test
    void resetStatisticsKeepsStateAndForgetsHistory() {
        FcfsStation s = station(1);
        s.arrive(0, 10.0);
        sim.runUntil(4.0);
        s.resetStatistics();
        sim.runUntil(8.0);
        assertEquals(1.0, s.utilization(), 1e-12);
        sim.runUntil(12.0);
        assertEquals(0.75, s.utilization(), 1e-12);
        assertEquals(1, s.completions());
    }

    @Test
    void badServiceTimesAreRejectedWithTheValue() {
        FcfsStation s = station(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.arrive(0, Double.NaN));
        assertEquals("app: serviceTime (NaN) must be a finite number >= 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.arrive(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new FcfsStation(sim, "x", 0, job -> { }));
    }
}
