package dev.tenantsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The 4-ary calendar against a reference: a plain list scanned for the minimum (time, then
 * scheduling order). Random sequences of schedule / cancel / poll; times come from a small set
 * so ties are frequent; cancels pick any handle ever issued, fired and cancelled ones included.
 */
final class EventCalendarPropertyTest {
    private record Ref(double time, long seq, int id, long handle) {
    }

    @Property(tries = 300)
    void calendarPollsInTheReferenceOrderAndRejectsStaleHandles(
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 99) Integer> ops) {
        EventCalendar cal = new EventCalendar(16); // small, so growth is exercised
        EventCalendar.Cursor c = new EventCalendar.Cursor();
        List<Ref> pending = new ArrayList<>();
        List<Long> issued = new ArrayList<>();
        long seq = 0;
        int nextId = 0;
        double now = 0;
        for (int op : ops) {
            if (op < 55) { // schedule at now + one of 8 offsets
                double t = now + (op % 8) * 0.5;
                int id = nextId++;
                long h = cal.schedule(t, 0, op, id);
                pending.add(new Ref(t, seq++, id, h));
                issued.add(h);
            } else if (op < 80) { // cancel some handle ever issued
                if (issued.isEmpty()) {
                    continue;
                }
                long h = issued.get(op * 7919 % issued.size());
                Ref ref = null;
                for (Ref r : pending) {
                    if (r.handle == h) {
                        ref = r;
                    }
                }
                assertEquals(ref != null, cal.isPending(h));
                assertEquals(ref != null, cal.cancel(h));
                pending.remove(ref);
            } else { // poll
                Ref min = null;
                for (Ref r : pending) {
                    if (min == null || r.time < min.time || (r.time == min.time && r.seq < min.seq)) {
                        min = r;
                    }
                }
                assertEquals(min != null, cal.pollInto(c));
                if (min != null) {
                    assertEquals(min.id, c.arg);
                    assertEquals(min.time, c.time);
                    pending.remove(min);
                    now = min.time;
                }
            }
            assertEquals(pending.size(), cal.size());
        }
        // Drain: the rest comes out in reference order too.
        pending.sort((a, b) -> a.time != b.time ? Double.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
        for (Ref r : pending) {
            cal.pollInto(c);
            assertEquals(r.id, c.arg);
        }
        assertEquals(0, cal.size());
    }
}
