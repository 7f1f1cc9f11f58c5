package dev.tenantsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EventCalendarTest {
    private static List<Integer> drain(EventCalendar cal) {
        List<Integer> args = new ArrayList<>();
        EventCalendar.Cursor c = new EventCalendar.Cursor();
        while (cal.pollInto(c)) {
            args.add(c.arg);
        }
        return args;
    }

    @Test
    void tiesAtEqualTimesFireInSchedulingOrder() {
        EventCalendar cal = new EventCalendar(16);
        for (int i = 0; i < 100; i++) {
            cal.schedule(i % 3, 0, 0, i);
        }
        List<Integer> order = drain(cal);
        for (int i = 1; i < order.size(); i++) {
            int a = order.get(i - 1);
            int b = order.get(i);
            assertTrue(a % 3 < b % 3 || (a % 3 == b % 3 && a < b), order.toString());
        }
        assertEquals(100, order.size());
    }

    @Test
    void staleHandlesAreRejectedEvenWhenTheirSlotIsReused() {
        EventCalendar cal = new EventCalendar(16);
        long a = cal.schedule(1.0, 0, 0, 1);
        assertTrue(cal.cancel(a));
        assertFalse(cal.cancel(a));
        long b = cal.schedule(2.0, 0, 0, 2); // reuses a's slot with a new generation
        assertFalse(cal.cancel(a));
        assertTrue(cal.isPending(b));
        assertFalse(cal.isPending(a));
        assertEquals(List.of(2), drain(cal));
        assertFalse(cal.cancel(b)); // fired
        assertFalse(cal.cancel(EventCalendar.NO_EVENT));
    }

    @Test
    void massCancellationCompactsTheHeapAndKeepsTheOrder() {
        EventCalendar cal = new EventCalendar(16);
        var rng = RandomStreams.of(5).stream("calendar/compaction");
        int n = 6000;
        long[] handles = new long[n];
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = rng.nextInt(500) * 0.25; // many ties
            handles[i] = cal.schedule(times[i], 0, 0, i);
        }
        boolean[] cancelled = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (rng.nextInt(4) != 0) { // cancel ~75%: dead entries outnumber live ones, so compaction runs
                assertTrue(cal.cancel(handles[i]));
                cancelled[i] = true;
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!cancelled[i]) {
                expected.add(i);
                assertTrue(cal.isPending(handles[i]));
            } else {
                assertFalse(cal.cancel(handles[i]));
            }
        }
        expected.sort((a, b) -> times[a] != times[b] ? Double.compare(times[a], times[b]) : Integer.compare(a, b));
        assertEquals(expected.size(), cal.size());
        assertEquals(expected, drain(cal));
    }

    @Test
    void renumberingTheSequenceKeepsTiesInSchedulingOrder() {
        EventCalendar cal = new EventCalendar(16);
        for (int i = 0; i < 50; i++) {
            cal.schedule(i % 5, 0, 0, i);
        }
        cal.forceRenumberForTest();
        for (int i = 50; i < 100; i++) {
            cal.schedule(i % 5, 0, 0, i);
        }
        List<Integer> order = drain(cal);
        for (int i = 1; i < order.size(); i++) {
            int a = order.get(i - 1);
            int b = order.get(i);
            assertTrue(a % 5 < b % 5 || (a % 5 == b % 5 && a < b), order.toString());
        }
        assertEquals(100, order.size());
    }

    @Test
    void theClockNeverGoesBackAndRunStopsWhenNothingIsLeft() {
        Simulation sim = new Simulation(RandomStreams.of(1));
        List<Double> times = new ArrayList<>();
        int h = sim.register((kind, arg) -> times.add(sim.now()));
        sim.schedule(2.0, h, 0, 0);
        sim.schedule(1.0, h, 0, 0);
        sim.run();
        assertEquals(List.of(1.0, 2.0), times);
        assertEquals(2.0, sim.now());
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(1.5, h, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.NaN, h, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(1, 99, 0, 0));
        sim.runUntil(10.0);
        assertEquals(10.0, sim.now());
    }

    @Test
    void runUntilLeavesLaterEventsPendingAndStopReturnsEarly() {
        Simulation sim = new Simulation(RandomStreams.of(1));
        int[] fired = new int[1];
        int h = sim.register((kind, arg) -> {
            fired[0]++;
            if (arg == 1) {
                sim.stop();
            }
        });
        sim.scheduleAt(1.0, h, 0, 0);
        sim.scheduleAt(2.0, h, 0, 1);
        sim.scheduleAt(3.0, h, 0, 0);
        sim.scheduleAt(5.0, h, 0, 0);
        sim.runUntil(4.0);
        assertEquals(2, fired[0]);
        assertEquals(2.0, sim.now());
        sim.runUntil(4.0);
        assertEquals(3, fired[0]);
        assertEquals(4.0, sim.now());
        assertEquals(1, sim.pendingEvents());
    }
}
