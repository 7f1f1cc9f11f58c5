package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FIFO serves in global arrival order; strict priority serves the highest level first. */
final class OrderingTest {

    @Test
    void fifoServesJobsOfAllKeysInArrivalOrder() {
        CheckedDiscipline q = new CheckedDiscipline(new FifoDiscipline(4));
        List<Integer> arrivals = new ArrayList<>();
        int[] keys = {2, 0, 3, 3, 1, 0, 2, 2, 1, 3, 0, 0};
        for (int i = 0; i < keys.length; i++) {
            arrivals.add(q.enqueue(keys[i], 1.0 + i % 3));
        }
        assertEquals(arrivals, drainInOrder(q));
    }

    @Test
    void fifoSkipsACappedKeyAndKeepsArrivalOrderAmongTheRest() {
        CheckedDiscipline q = new CheckedDiscipline(new FifoDiscipline(3));
        q.setCap(0, 1);
        int a0 = q.enqueue(0, 1.0);
        int a1 = q.enqueue(0, 1.0);
        int b0 = q.enqueue(1, 1.0);
        int a2 = q.enqueue(0, 1.0);
        int c0 = q.enqueue(2, 1.0);
        assertEquals(List.of(a0, b0, c0), List.of(q.dequeue(), q.dequeue(), q.dequeue()));
        assertEquals(QueueDiscipline.NONE, q.dequeue());
        q.complete(0);
        assertEquals(a1, q.dequeue());
        q.complete(0);
        assertEquals(a2, q.dequeue());
    }

    @Test
    void strictPriorityServesTheHighestLevelFirstAndFifoWithinALevel() {
        StrictPriorityDiscipline d = new StrictPriorityDiscipline(4);
        d.setPriority(0, 1);
        d.setPriority(1, 5);
        d.setPriority(2, 5);
        d.setPriority(3, 10);
        CheckedDiscipline q = new CheckedDiscipline(d);
        int low1 = q.enqueue(0, 1.0);
        int mid1 = q.enqueue(1, 1.0);
        int low2 = q.enqueue(0, 1.0);
        int mid2 = q.enqueue(2, 1.0);
        int mid3 = q.enqueue(1, 1.0);
        int high = q.enqueue(3, 1.0);
        assertEquals(List.of(high, mid1, mid2, mid3, low1, low2), drainInOrder(q));
    }

    @Test
    void strictPriorityServesALowerLevelWhenTheHigherOneIsAtItsCap() {
        StrictPriorityDiscipline d = new StrictPriorityDiscipline(2);
        d.setPriority(0, 1);
        d.setPriority(1, 9);
        CheckedDiscipline q = new CheckedDiscipline(d);
        q.setCap(1, 2);
        int low = q.enqueue(0, 1.0);
        int h1 = q.enqueue(1, 1.0);
        int h2 = q.enqueue(1, 1.0);
        int h3 = q.enqueue(1, 1.0);
        assertEquals(List.of(h1, h2, low), List.of(q.dequeue(), q.dequeue(), q.dequeue()));
        q.complete(1);
        assertEquals(h3, q.dequeue());
    }

    @Test
    void raisingAPriorityWhileQueuedTakesEffectAtTheNextDequeue() {
        StrictPriorityDiscipline d = new StrictPriorityDiscipline(2);
        CheckedDiscipline q = new CheckedDiscipline(d);
        int first = q.enqueue(0, 1.0);
        int second = q.enqueue(1, 1.0);
        d.setPriority(1, 2);
        assertEquals(List.of(second, first), drainInOrder(q));
    }

    private static List<Integer> drainInOrder(CheckedDiscipline q) {
        List<Integer> order = new ArrayList<>();
        for (int job = q.dequeue(); job != QueueDiscipline.NONE; job = q.dequeue()) {
            order.add(job);
        }
        return order;
    }
}
