package dev.tenantsim.engine.kernel.queue;

import java.util.Arrays;

/**
 * Deficit round robin (Shreedhar and Varghese, 1996). Keys with queued jobs take turns in an
 * active list; at the start of its turn a key's deficit counter grows by its quantum, and the key
 * starts jobs while its head job's size fits in the deficit. A key whose queue empties leaves the
 * list with its deficit reset to zero; a key whose head no longer fits goes to the tail.
 *
 * <p><b>Quantum.</b> {@code quantum[key] = maxSize * weight[key] / minWeight}, where
 * {@code maxSize} is the largest job size seen so far and {@code minWeight} the smallest weight
 * set. So the quantum is proportional to the weight (shares of work follow the weights) and never
 * smaller than any job: each turn starts at least one job, which is the condition for O(1) work
 * per dequeue in the paper, without asking the user for a maximum job size up front.
 *
 * <p><b>Caps.</b> A key that reaches its cap during its turn leaves the active list. If the rest
 * of its deficit still covers its head job, its turn is kept open and it resumes at the
 * <i>front</i> when a slot frees (no new quantum); otherwise it rejoins at the tail. Its deficit
 * therefore never exceeds one quantum, a capped key gets no more than its share per round, and a
 * single server (where caps never bind) behaves exactly as classic DRR.
 */
public final class DeficitRoundRobinDiscipline extends AbstractQueueDiscipline {
    /** The name used in scenario files ({@code workers.discipline}). */
    public static final String NAME = "drr";
    /** Its line in {@code tenantsim list disciplines}. */
    public static final String DESCRIPTION = "deficit round robin across tenants";
    private static final int NIL = -1;
    private static final int UNLINKED = -2;

    // Active list: doubly linked over keys; prev == UNLINKED marks a key not in the list.
    private final int[] prev;
    private final int[] next;
    private int head = NIL;
    private int tail = NIL;

    private final double[] deficit;
    private final boolean[] turnOpen;
    private double maxSize;
    private double minWeight = 1.0;
    private boolean minWeightStale;

    public DeficitRoundRobinDiscipline(int keyCount) {
        super(keyCount);
        prev = new int[keyCount];
        next = new int[keyCount];
        Arrays.fill(prev, UNLINKED);
        deficit = new double[keyCount];
        turnOpen = new boolean[keyCount];
    }

    /** The deficit counter of {@code key}, in size units. */
    public double deficit(int key) {
        checkKey(key);
        return deficit[key];
    }

    /** The quantum {@code key} receives per turn at present. */
    public double quantum(int key) {
        checkKey(key);
        return quantumOf(key);
    }

    @Override
    public void setWeight(int key, double w) {
        checkKey(key);
        double old = weight[key];
        super.setWeight(key, w);
        if (w <= minWeight) {
            minWeight = w; // also the true minimum when stale: the stale value is a lower bound
            minWeightStale = false;
        } else if (old == minWeight) {
            minWeightStale = true; // the smallest weight may have gone up: rescan once, lazily
        }
    }

    @Override
    int nextEligibleKey() {
        // Bounded: a fresh turn's deficit (>= 0 + quantum >= maxSize) covers any head job, so only
        // keys whose open turn ran short move to the tail, each at most once per call.
        while (head != NIL) {
            int k = head;
            if (!turnOpen[k]) {
                deficit[k] += quantumOf(k);
                turnOpen[k] = true;
            }
            if (queues.headSize(k) <= deficit[k]) {
                return k;
            }
            turnOpen[k] = false;
            unlink(k);
            linkLast(k);
        }
        return -1;
    }

    @Override
    void dequeued(int key, double size) {
        deficit[key] -= size;
        if (queues.count(key) == 0) {
            deficit[key] = 0;
            turnOpen[key] = false;
            unlink(key);
        } else if (inService[key] >= cap[key]) {
            unlink(key);
            if (queues.headSize(key) > deficit[key]) {
                turnOpen[key] = false;
            }
        }
        // Otherwise the key stays at the front and continues its turn.
    }

    @Override
    void enqueued(int key, double size) {
        if (size > maxSize) {
            maxSize = size;
        }
        keyChanged(key);
    }

    @Override
    void keyChanged(int key) {
        boolean linked = prev[key] != UNLINKED;
        if (eligible(key)) {
            if (!linked) {
                if (turnOpen[key]) {
                    linkFirst(key);
                } else {
                    linkLast(key);
                }
            }
        } else if (linked) {
            unlink(key);
        }
    }

    private double quantumOf(int key) {
        if (minWeightStale) {
            double min = Double.POSITIVE_INFINITY;
            for (double x : weight) {
                min = Math.min(min, x);
            }
            minWeight = min;
            minWeightStale = false;
        }
        return maxSize * (weight[key] / minWeight);
    }

    private void linkFirst(int k) {
        prev[k] = NIL;
        next[k] = head;
        if (head == NIL) {
            tail = k;
        } else {
            prev[head] = k;
        }
        head = k;
    }

    private void linkLast(int k) {
        next[k] = NIL;
        prev[k] = tail;
        if (tail == NIL) {
            head = k;
        } else {
            next[tail] = k;
        }
        tail = k;
    }

    private void unlink(int k) {
        int p = prev[k];
        if (p == UNLINKED) {
            return;
        }
        int n = next[k];
        if (p == NIL) {
            head = n;
        } else {
            next[p] = n;
        }
        if (n == NIL) {
            tail = p;
        } else {
            prev[n] = p;
        }
        prev[k] = UNLINKED;
    }
}
