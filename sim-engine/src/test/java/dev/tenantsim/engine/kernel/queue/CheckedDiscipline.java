package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Drives a discipline while keeping an independent model of it (per-key FIFO queues, in-service
 * counts, caps) and checks the contract on every operation:
 * <ul>
 *   <li>a dequeued job is the oldest queued job of its key (FIFO within a key), so no job is
 *       invented, duplicated or reordered within its key;</li>
 *   <li>after every dequeue the key's in-service count is at most its cap;</li>
 *   <li>dequeue returns NONE only if no key has a queued job and a free slot (work-conserving);</li>
 *   <li>the discipline's counters agree with the model.</li>
 * </ul>
 */
final class CheckedDiscipline {
    final QueueDiscipline d;
    private final int keys;
    private final List<ArrayDeque<Integer>> model = new ArrayList<>();
    private final int[] inService;
    private final int[] cap;
    private final BitSet everDequeued = new BitSet();
    private final List<Integer> dequeueOrder = new ArrayList<>();
    private int[] jobKey = new int[256];
    private int nextJob;
    private int enqueued;
    private int dequeuesWithACapBinding;

    CheckedDiscipline(QueueDiscipline d) {
        this.d = d;
        this.keys = d.keyCount();
        this.inService = new int[keys];
        this.cap = new int[keys];
        for (int k = 0; k < keys; k++) {
            model.add(new ArrayDeque<>());
            cap[k] = d.cap(k);
        }
    }

    /** Enqueues a new job (ids 0, 1, 2, ...) and returns its id. */
    int enqueue(int key, double size) {
        int job = nextJob++;
        d.enqueue(job, key, size);
        if (job == jobKey.length) {
            jobKey = java.util.Arrays.copyOf(jobKey, job * 2);
        }
        jobKey[job] = key;
        model.get(key).addLast(job);
        enqueued++;
        checkCounters();
        return job;
    }

    void setCap(int key, int c) {
        d.setCap(key, c);
        cap[key] = c;
        checkCounters();
    }

    /** Dequeues and checks; returns the job or NONE. */
    int dequeue() {
        for (int k = 0; k < keys; k++) {
            if (!model.get(k).isEmpty() && inService[k] >= cap[k]) {
                dequeuesWithACapBinding++;
                break;
            }
        }
        int job = d.dequeue();
        if (job == QueueDiscipline.NONE) {
            for (int k = 0; k < keys; k++) {
                boolean eligible = !model.get(k).isEmpty() && inService[k] < cap[k];
                if (eligible) {
                    throw new AssertionError(d.getClass().getSimpleName()
                            + " returned NONE while key " + k + " had a queued job under its cap");
                }
            }
            checkCounters();
            return job;
        }
        assertFalse(everDequeued.get(job), "job " + job + " dequeued twice");
        everDequeued.set(job);
        int key = keyOf(job);
        Integer head = model.get(key).pollFirst();
        assertEquals(head, Integer.valueOf(job), "FIFO within key " + key);
        inService[key]++;
        assertTrue(inService[key] <= cap[key], () -> "key " + key + " has " + inService[key]
                + " in service, above its cap " + cap[key]);
        dequeueOrder.add(job);
        checkCounters();
        return job;
    }

    void complete(int key) {
        d.onComplete(key);
        inService[key]--;
        checkCounters();
    }

    int inService(int key) {
        return inService[key];
    }

    int queued(int key) {
        return model.get(key).size();
    }

    /** Dequeue calls made while some key had queued jobs but was at its cap. */
    int dequeuesWithACapBinding() {
        return dequeuesWithACapBinding;
    }

    List<Integer> dequeueOrder() {
        return dequeueOrder;
    }

    /** The key a job was enqueued with (recorded by the test, not asked of the discipline). */
    int keyOf(int job) {
        assertTrue(job >= 0 && job < nextJob, "job " + job + " was never enqueued");
        return jobKey[job];
    }

    /** Completes everything in service and dequeues until empty; then checks conservation. */
    void drain() {
        int guard = 0;
        while (true) {
            for (int k = 0; k < keys; k++) {
                while (inService[k] > 0) {
                    complete(k);
                }
            }
            if (dequeue() == QueueDiscipline.NONE) {
                break;
            }
            assertTrue(++guard <= enqueued + 1, "drain did not terminate");
        }
        assertEquals(0, d.size(), "jobs left after drain");
        assertEquals(enqueued, everDequeued.cardinality(), "every enqueued job dequeued exactly once");
    }

    private void checkCounters() {
        int total = 0;
        for (int k = 0; k < keys; k++) {
            assertEquals(model.get(k).size(), d.queued(k), "queued(" + k + ")");
            assertEquals(inService[k], d.inService(k), "inService(" + k + ")");
            total += model.get(k).size();
        }
        assertEquals(total, d.size(), "size()");
    }
}
