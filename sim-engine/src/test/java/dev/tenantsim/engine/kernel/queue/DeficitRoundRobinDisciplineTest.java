package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DeficitRoundRobinDisciplineTest {

    @Test
    void theQuantumIsProportionalToWeightAndCoversTheLargestJobSeen() {
        DeficitRoundRobinDiscipline d = new DeficitRoundRobinDiscipline(3);
        d.setWeight(0, 2.0);
        d.setWeight(1, 6.0);
        d.setWeight(2, 4.0);
        d.enqueue(0, 0, 1.5);
        d.enqueue(1, 2, 0.5);
        assertEquals(1.5, d.quantum(0), 1e-12, "the smallest weight's quantum is the largest job");
        assertEquals(4.5, d.quantum(1), 1e-12);
        assertEquals(3.0, d.quantum(2), 1e-12);
        d.setWeight(0, 8.0); // the smallest weight is now 4 (key 2)
        assertEquals(1.5, d.quantum(2), 1e-12);
        assertEquals(3.0, d.quantum(0), 1e-12);
    }

    @Test
    void keysTakeTurnsOfOneQuantumEach() {
        DeficitRoundRobinDiscipline d = new DeficitRoundRobinDiscipline(2);
        d.setWeight(0, 2.0);
        for (int i = 0; i < 6; i++) {
            d.enqueue(i, 0, 1.0);
            d.enqueue(100 + i, 1, 1.0);
        }
        List<Integer> keys = serveOneAtATime(d, List.of(0, 1), 9);
        assertEquals(List.of(0, 0, 1, 0, 0, 1, 0, 0, 1), keys);
    }

    @Test
    void aKeyThatEmptiesLosesItsDeficit() {
        DeficitRoundRobinDiscipline d = new DeficitRoundRobinDiscipline(2);
        d.enqueue(0, 0, 4.0); // quantum is now 4
        d.enqueue(1, 1, 1.0);
        assertEquals(0, d.dequeue());
        d.onComplete(0);
        assertEquals(1, d.dequeue());
        assertEquals(0.0, d.deficit(1), "emptied with 3 left over: reset, as in the paper");
    }

    @Test
    void aKeyCappedMidTurnResumesItsTurnAtTheFrontWhenASlotFrees() {
        DeficitRoundRobinDiscipline d = new DeficitRoundRobinDiscipline(3);
        d.setWeight(0, 3.0);
        d.setCap(0, 1);
        for (int i = 0; i < 5; i++) {
            d.enqueue(i, 0, 1.0);
            d.enqueue(10 + i, 1, 1.0);
            d.enqueue(20 + i, 2, 1.0);
        }
        assertEquals(0, d.dequeue(), "key 0 opens its turn with 3 units of deficit");
        assertEquals(10, d.dequeue(), "key 0 at its cap: key 1's turn");
        d.onComplete(0);
        assertEquals(1, d.dequeue(), "key 0 resumes its open turn ahead of key 2");
        d.onComplete(0);
        assertEquals(2, d.dequeue());
        d.onComplete(0);
        assertEquals(20, d.dequeue(), "key 0 has used its quantum of 3: key 2's turn");
    }

    /** Dequeues n jobs, completing each before the next (one server), and returns their keys. */
    private static List<Integer> serveOneAtATime(QueueDiscipline d, List<Integer> keyOffsets, int n) {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int job = d.dequeue();
            int key = job >= 100 ? keyOffsets.get(1) : keyOffsets.get(0);
            keys.add(key);
            d.onComplete(key);
        }
        return keys;
    }
}
