package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random interleavings of enqueue, dequeue, complete and cap changes, for every discipline: no cap
 * is ever exceeded, no job is lost, duplicated or reordered within its key, dequeue is
 * work-conserving (all checked on every step by {@link CheckedDiscipline}), and draining returns
 * every job exactly once. Seeded, so a run is reproducible; jqwik shrinks a failure to a minimal
 * operation list.
 */
final class QueueDisciplinePropertyTest {

    @Property(tries = 250, seed = "20250317")
    void randomOperationsNeverExceedACapAndConserveJobs(
            @ForAll QueueDisciplines kind,
            @ForAll @IntRange(min = 1, max = 6) int keys,
            @ForAll @Size(6) List<@IntRange(min = 0, max = 4) Integer> caps,
            @ForAll @Size(6) List<@DoubleRange(min = 0.1, max = 10) Double> weights,
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 9_999) Integer> ops) {
        QueueDiscipline d = kind.create(keys);
        CheckedDiscipline q = new CheckedDiscipline(d);
        for (int k = 0; k < keys; k++) {
            d.setWeight(k, weights.get(k));
            q.setCap(k, capOf(caps.get(k)));
        }
        int enqueued = 0;
        for (int op : ops) {
            int key = (op / 10) % keys;
            switch (op % 10) {
                case 0, 1, 2, 3 -> {
                    q.enqueue(key, 0.5 + (op / 100) % 7);
                    enqueued++;
                }
                case 4, 5, 6 -> q.dequeue();
                case 7, 8 -> {
                    if (q.inService(key) > 0) {
                        q.complete(key);
                    }
                }
                default -> q.setCap(key, capOf((op / 100) % 5));
            }
        }
        q.drain();
        assertEquals(enqueued, q.dequeueOrder().size());
    }

    /** 0 stands for uncapped, 1..4 for that cap. */
    private static int capOf(int code) {
        return code == 0 ? QueueDiscipline.UNCAPPED : code;
    }
}
