package dev.tenantsim.engine.platform.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import java.util.Comparator;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** The arrival heap against a reference ordering: by time, then by the order entries were added. */
final class ArrivalQueueTest {

    /** Reference entry: (time, sequence, tenant). */
    private record Entry(double time, long seq, int tenant) {
    }

    @Test
    void entriesLeaveInTimeThenInsertionOrderUnderRandomAddsReplacesAndRemoves() {
        UniformRandomProvider rng = RandomStreams.of(7).stream("test/arrival-queue");
        ArrivalQueue queue = new ArrivalQueue(4);
        TreeSet<Entry> reference = new TreeSet<>(
                Comparator.comparingDouble(Entry::time).thenComparingLong(Entry::seq));
        long seq = 0;
        int nextTenant = 0;
        for (int step = 0; step < 50_000; step++) {
            int op = rng.nextInt(10);
            // Coarse times make ties frequent, so the tie rule is exercised.
            double t = rng.nextInt(200) * 0.5;
            if (queue.isEmpty() || op < 3) {
                queue.add(nextTenant, t);
                reference.add(new Entry(t, seq++, nextTenant++));
            } else if (op < 8) {
                Entry top = reference.pollFirst();
                assertEquals(top.tenant(), queue.peekTenant(), "tenant at the top, step " + step);
                assertEquals(top.time(), queue.peekTime(), "time at the top, step " + step);
                double later = top.time() + t;
                queue.replaceTop(later);
                reference.add(new Entry(later, seq++, top.tenant()));
            } else {
                Entry top = reference.pollFirst();
                assertEquals(top.tenant(), queue.peekTenant(), "tenant at the top, step " + step);
                queue.removeTop();
            }
            assertEquals(reference.size(), queue.size());
        }
        while (!reference.isEmpty()) {
            Entry top = reference.pollFirst();
            assertEquals(top.tenant(), queue.peekTenant());
            assertEquals(top.time(), queue.peekTime());
            queue.removeTop();
        }
        assertTrue(queue.isEmpty());
    }
}
