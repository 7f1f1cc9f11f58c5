package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WeightedFairQueueingTest {

    @Test
    void theSmallestFinishTagIsServedFirst() {
        WeightedFairQueueing d = new WeightedFairQueueing(2);
        d.setWeight(0, 1.0);
        d.setWeight(1, 4.0);
        d.enqueue(1, 0, 2.0); // F = 2
        d.enqueue(2, 1, 4.0); // F = 1
        d.enqueue(3, 1, 4.0); // F = 2 after job 2, tie with job 1: the older head first
        assertEquals(2, d.dequeue());
        assertEquals(1.0, d.virtualTime(), 1e-12);
        assertEquals(1, d.dequeue());
        assertEquals(3, d.dequeue());
        assertEquals(2.0, d.virtualTime(), 1e-12);
    }

    @Test
    void aNewlyActiveKeyStartsAtTheCurrentVirtualTimeAndBanksNoCredit() {
        WeightedFairQueueing d = new WeightedFairQueueing(2);
        for (int i = 0; i < 100; i++) {
            d.enqueue(i, 0, 1.0);
        }
        for (int i = 0; i < 50; i++) {
            d.dequeue();
            d.onComplete(0);
        }
        // Key 1 was idle while key 0 received 50 units: it gets alternation from now on, not 50 in a row.
        for (int i = 0; i < 10; i++) {
            d.enqueue(1000 + i, 1, 1.0);
        }
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int job = d.dequeue();
            int key = job >= 1000 ? 1 : 0;
            keys.add(key);
            d.onComplete(key);
        }
        // Both heads carry tag V + 1 = 51; the tie goes to the older head (key 0), then they alternate.
        assertEquals(List.of(0, 1, 0, 1, 0, 1), keys);
    }

    @Test
    void virtualTimeNeverDecreases() {
        WeightedFairQueueing d = new WeightedFairQueueing(3);
        d.setWeight(1, 2.5);
        d.setCap(2, 1);
        double last = 0;
        int job = 0;
        for (int step = 0; step < 5_000; step++) {
            int key = (step * 7 + step / 3) % 3;
            d.enqueue(job++, key, 0.1 + (step % 13));
            if (step % 2 == 0) {
                int started = d.dequeue();
                if (started >= 0 && step % 4 == 0) {
                    for (int k = 0; k < 3; k++) {
                        if (d.inService(k) > 0) {
                            d.onComplete(k);
                        }
                    }
                }
            }
            assertTrue(d.virtualTime() >= last, "V went back from " + last + " to " + d.virtualTime());
            last = d.virtualTime();
        }
        assertTrue(last > 0);
    }
}
