package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract of {@link QueueDiscipline}, run over every discipline in the registry. */
final class QueueDisciplineContractTest {

    @ParameterizedTest
    @EnumSource(QueueDisciplines.class)
    void aRandomWorkloadWithCapsLosesNoJobAndNeverExceedsACap(QueueDisciplines kind) {
        CheckedDiscipline q = randomRun(kind, 7L);
        assertTrue(q.dequeuesWithACapBinding() > 500, "caps must bind often for this test to mean anything: "
                + q.dequeuesWithACapBinding());
        q.drain();
    }

    @ParameterizedTest
    @EnumSource(QueueDisciplines.class)
    void theSameOperationsGiveTheSameOrder(QueueDisciplines kind) {
        List<Integer> first = randomRun(kind, 11L).dequeueOrder();
        List<Integer> second = randomRun(kind, 11L).dequeueOrder();
        assertTrue(first.size() > 1000, "workload too small to mean anything: " + first.size());
        assertEquals(first, second);
    }

    @ParameterizedTest
    @EnumSource(QueueDisciplines.class)
    void jobsOfOneKeyStartInArrivalOrder(QueueDisciplines kind) {
        CheckedDiscipline q = new CheckedDiscipline(kind.create(3));
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(q.enqueue(1, 1.0 + (i * 37 % 11)));
        }
        List<Integer> got = new ArrayList<>();
        for (int job = q.dequeue(); job != QueueDiscipline.NONE; job = q.dequeue()) {
            got.add(job);
        }
        assertEquals(expected, got);
    }

    @ParameterizedTest
    @EnumSource(QueueDisciplines.class)
    void aKeyAtItsCapIsSkippedAndResumesWhenAJobCompletes(QueueDisciplines kind) {
        CheckedDiscipline q = new CheckedDiscipline(kind.create(2));
        q.setCap(0, 1);
        q.setCap(1, 1);
        for (int i = 0; i < 3; i++) {
            q.enqueue(0, 1.0);
            q.enqueue(1, 1.0);
        }
        int a = q.dequeue();
        int b = q.dequeue();
        assertNotEquals(QueueDiscipline.NONE, a);
        assertNotEquals(QueueDiscipline.NONE, b);
        assertNotEquals(q.keyOf(a), q.keyOf(b), "one job of each key while both are capped at 1");
        assertEquals(QueueDiscipline.NONE, q.dequeue(), "both keys at their cap");
        q.complete(0);
        int c = q.dequeue();
        assertEquals(0, q.keyOf(c), "the key that dropped below its cap is served");
        assertEquals(QueueDiscipline.NONE, q.dequeue());
    }

    @ParameterizedTest
    @EnumSource(QueueDisciplines.class)
    void aCappedBacklogDoesNotDelayAnotherKeysJob(QueueDisciplines kind) {
        CheckedDiscipline q = new CheckedDiscipline(kind.create(2));
        q.setCap(0, 2);
        for (int i = 0; i < 10_000; i++) {
            q.enqueue(0, 1.0);
        }
        int late = q.enqueue(1, 1.0);
        List<Integer> started = List.of(q.dequeue(), q.dequeue(), q.dequeue());
        assertTrue(started.contains(late), "key 1's job starts by the time key 0 is at its cap: " + started);
        assertEquals(QueueDiscipline.NONE, q.dequeue());
    }

    @ParameterizedTest
    @EnumSource(QueueDisciplines.class)
    void loweringACapBelowTheJobsInServiceHoldsTheKeyUntilItDrainsBelow(QueueDisciplines kind) {
        CheckedDiscipline q = new CheckedDiscipline(kind.create(1));
        for (int i = 0; i < 6; i++) {
            q.enqueue(0, 1.0);
        }
        q.dequeue();
        q.dequeue();
        q.dequeue();
        q.setCap(0, 1);
        assertEquals(QueueDiscipline.NONE, q.dequeue());
        q.complete(0);
        q.complete(0);
        assertEquals(QueueDiscipline.NONE, q.dequeue(), "still 1 in service, at the cap");
        q.complete(0);
        assertNotEquals(QueueDiscipline.NONE, q.dequeue());
        q.setCap(0, QueueDiscipline.UNCAPPED);
        assertNotEquals(QueueDiscipline.NONE, q.dequeue(), "raising the cap frees the key at once");
        q.drain();
    }

    @ParameterizedTest
    @EnumSource(QueueDisciplines.class)
    void badArgumentsAreRejectedWithTheValueAndTheRule(QueueDisciplines kind) {
        QueueDiscipline d = kind.create(4);
        assertMessage("key (4) must be in 0..3", assertThrows(IllegalArgumentException.class, () -> d.enqueue(1, 4, 1.0)));
        assertMessage("key (-1) must be in 0..3", assertThrows(IllegalArgumentException.class, () -> d.queued(-1)));
        assertMessage("job (-1) must be >= 0", assertThrows(IllegalArgumentException.class, () -> d.enqueue(-1, 0, 1.0)));
        assertMessage("size (NaN) of job 1 must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> d.enqueue(1, 0, Double.NaN)));
        assertMessage("size (0.0) of job 1 must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> d.enqueue(1, 0, 0.0)));
        assertMessage("size (Infinity) of job 1 must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> d.enqueue(1, 0, Double.POSITIVE_INFINITY)));
        assertMessage("cap (0) of key 2 must be >= 1, or QueueDiscipline.UNCAPPED for no limit",
                assertThrows(IllegalArgumentException.class, () -> d.setCap(2, 0)));
        assertMessage("weight (NaN) of key 2 must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> d.setWeight(2, Double.NaN)));
        assertMessage("weight (-1.0) of key 2 must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> d.setWeight(2, -1.0)));
        assertMessage("onComplete(key 3) but no job of that key is in service",
                assertThrows(IllegalStateException.class, () -> d.onComplete(3)));
        assertMessage("keyCount (0) must be >= 1", assertThrows(IllegalArgumentException.class, () -> kind.create(0)));
        assertEquals(0, d.size(), "rejected calls change nothing");
        assertEquals(QueueDiscipline.NONE, d.dequeue());
    }

    @ParameterizedTest
    @EnumSource(QueueDisciplines.class)
    void defaultsAreUncappedAndWeightOne(QueueDisciplines kind) {
        QueueDiscipline d = kind.create(3);
        for (int k = 0; k < 3; k++) {
            assertEquals(QueueDiscipline.UNCAPPED, d.cap(k));
            assertEquals(1.0, d.weight(k));
        }
        d.setCapForAll(4);
        assertEquals(4, d.cap(2));
    }

    private static void assertMessage(String expected, Throwable t) {
        assertEquals(expected, t.getMessage());
    }

    /**
     * 6,000 random operations on 5 keys with skewed popularity, random caps (1..3 or uncapped),
     * random weights and sizes; every operation is checked by {@link CheckedDiscipline}.
     */
    private static CheckedDiscipline randomRun(QueueDisciplines kind, long seed) {
        UniformRandomProvider rng = RandomStreams.of(seed).stream("test/queue/contract/" + kind.yamlName());
        int keys = 5;
        QueueDiscipline d = kind.create(keys);
        CheckedDiscipline q = new CheckedDiscipline(d);
        for (int k = 0; k < keys; k++) {
            d.setWeight(k, 0.5 + 4 * rng.nextDouble());
            q.setCap(k, rng.nextInt(4) == 0 ? QueueDiscipline.UNCAPPED : 1 + rng.nextInt(3));
        }
        for (int op = 0; op < 6_000; op++) {
            double u = rng.nextDouble();
            if (u < 0.45) {
                int key = Math.min(keys - 1, (int) (keys * rng.nextDouble() * rng.nextDouble() * 1.6));
                q.enqueue(key, 0.1 + 10 * rng.nextDouble());
            } else if (u < 0.8) {
                q.dequeue();
            } else if (u < 0.99) {
                int key = rng.nextInt(keys);
                if (q.inService(key) > 0) {
                    q.complete(key);
                }
            } else {
                int key = rng.nextInt(keys);
                q.setCap(key, rng.nextBoolean() ? QueueDiscipline.UNCAPPED : 1 + rng.nextInt(3));
            }
        }
        return q;
    }
}
