package dev.tenantsim.engine.kernel.resource;

import dev.tenantsim.engine.kernel.EventCalendar;
import dev.tenantsim.engine.kernel.JobListener;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.stats.TimeWeightedStatistic;
import java.util.Arrays;
import java.util.Objects;

/**
 * A counted resource with waiting (a database connection pool): {@code capacity} identical units,
 * per-key quotas (a key is usually a tenant) and wait timeouts.
 *
 * <p>Policy: a job asks for one unit for its key. It is granted at once if the pool has a free
 * unit, its key holds fewer units than its quota, and nobody eligible is waiting; otherwise it
 * waits. Waiting is FIFO among <em>eligible</em> waiters: when a unit frees up it goes to the
 * earliest-arrived waiter whose key is below its quota; waiters of a key at its quota are skipped
 * (they do not block other keys) but keep their place, so when their key drops below quota they
 * are first again — nobody starves while its key's own units keep being released. A waiter not
 * granted within its {@code maxWait} leaves the queue and {@code onWaitTimeout} is called at
 * exactly acquire time + maxWait.
 *
 * <p>Grants are reported through {@code onGrant}, synchronously: from inside {@link #acquire} when
 * granted at once, from inside {@link #release}/{@link #setQuota} for a waiter. The pool's state
 * is consistent before each callback, so a listener may call back into the pool.
 *
 * <p>Implementation: per-key intrusive FIFO lists of waiting jobs (arrays indexed by job id) and
 * an indexed binary heap of the eligible keys ordered by the arrival sequence of their first
 * waiter, so a release costs O(log keys) however many waiters are blocked at their quota. No
 * allocation per request once the arrays have grown.
 */
public final class CountedPool {
    private static final int TIMEOUT = 0;
    private static final int NONE = -1;

    private final Simulation sim;
    private final String name;
    private final int capacity;
    private final int keyCount;
    private final JobListener onGrant;
    private final JobListener onWaitTimeout;
    private final int handlerId;

    private int inUse;
    private int waitingCount;

    // Per key.
    private final int[] quota;
    private final int[] held;
    private final int[] keyHead;
    private final int[] keyTail;
    private final int[] keyWaiting;
    private final int[] keyHeapPos;
    // Heap of eligible keys (have waiters and are below quota), by first waiter's sequence.
    private final int[] heap;
    private int heapSize;

    // Per waiting job.
    private int[] waitKey = new int[0];
    private int[] waitNext = new int[0];
    private int[] waitPrev = new int[0];
    private long[] waitSeq = new long[0];
    private long[] waitTimer = new long[0];
    private long nextSeq;

    private long grants;
    private long timeouts;
    private final TimeWeightedStatistic inUseStat;
    private final TimeWeightedStatistic waitingStat;

    /**
     * @param capacity      units in the pool (connections)
     * @param keyCount      keys are 0..keyCount-1 (tenants); every key starts with no quota
     *                      (it may hold up to the whole pool)
     * @param onGrant       told when a job gets its unit
     * @param onWaitTimeout told when a job gave up waiting
     */
    public CountedPool(Simulation sim, String name, int capacity, int keyCount,
                       JobListener onGrant, JobListener onWaitTimeout) {
        this.sim = Objects.requireNonNull(sim, "sim");
        this.name = Objects.requireNonNull(name, "name");
        if (capacity < 1) {
            throw new IllegalArgumentException(name + ".capacity (" + capacity + ") must be >= 1");
        }
        if (keyCount < 1) {
            throw new IllegalArgumentException(name + ".keyCount (" + keyCount + ") must be >= 1");
        }
        this.capacity = capacity;
        this.keyCount = keyCount;
        this.onGrant = Objects.requireNonNull(onGrant, "onGrant");
        this.onWaitTimeout = Objects.requireNonNull(onWaitTimeout, "onWaitTimeout");
        this.quota = new int[keyCount];
        Arrays.fill(quota, Integer.MAX_VALUE);
        this.held = new int[keyCount];
        this.keyHead = new int[keyCount];
        this.keyTail = new int[keyCount];
        Arrays.fill(keyHead, NONE);
        Arrays.fill(keyTail, NONE);
        this.keyWaiting = new int[keyCount];
        this.keyHeapPos = new int[keyCount];
        Arrays.fill(keyHeapPos, NONE);
        this.heap = new int[keyCount];
        this.handlerId = sim.register(this::handle);
        growJobs(63);
        this.inUseStat = new TimeWeightedStatistic(sim.now(), 0.0);
        this.waitingStat = new TimeWeightedStatistic(sim.now(), 0.0);
    }

    /**
     * Caps how many units {@code key} may hold at once. Lowering a quota below what the key holds
     * preempts nothing: the key simply gets no more units until it is below the new quota.
     */
    public void setQuota(int key, int maxHeld) {
        checkKey(key);
        if (maxHeld < 1) {
            throw new IllegalArgumentException(name + ".quota[" + key + "] (" + maxHeld + ") must be >= 1");
        }
        quota[key] = maxHeld;
        refreshKey(key);
        dispatch();
    }

    /** The key's quota; {@link Integer#MAX_VALUE} when it has none. */
    public int quota(int key) {
        checkKey(key);
        return quota[key];
    }

    /**
     * Asks for one unit for {@code job} on behalf of {@code key}, waiting at most {@code maxWait}
     * ({@code Double.POSITIVE_INFINITY}: forever; 0: the timeout fires at the current time, after
     * events already scheduled for it, unless a unit is granted first).
     */
    public void acquire(int job, int key, double maxWait) {
        checkKey(key);
        if (job < 0) {
            throw new IllegalArgumentException(name + ": job (" + job + ") must be >= 0");
        }
        if (!(maxWait >= 0)) {
            throw new IllegalArgumentException(name + ": maxWait (" + maxWait + ") must be >= 0");
        }
        if (job >= waitKey.length) {
            growJobs(job);
        } else if (waitKey[job] != NONE) {
            throw new IllegalArgumentException(name + ": job (" + job + ") is already waiting");
        }
        if (inUse < capacity && held[key] < quota[key] && heapSize == 0) {
            held[key]++;
            inUse++;
            grants++;
            inUseStat.update(sim.now(), inUse);
            onGrant.onJob(job);
            return;
        }
        // Enqueue at the tail of its key's list.
        waitKey[job] = key;
        waitSeq[job] = nextSeq++;
        waitNext[job] = NONE;
        waitPrev[job] = keyTail[key];
        if (keyTail[key] == NONE) {
            keyHead[key] = job;
        } else {
            waitNext[keyTail[key]] = job;
        }
        keyTail[key] = job;
        keyWaiting[key]++;
        waitingCount++;
        waitingStat.update(sim.now(), waitingCount);
        waitTimer[job] = maxWait == Double.POSITIVE_INFINITY
                ? EventCalendar.NO_EVENT
                : sim.schedule(maxWait, handlerId, TIMEOUT, job);
        refreshKey(key);
        dispatch();
    }

    /**
     * Gives back one unit held by {@code key}; the unit goes to the next eligible waiter, if any.
     *
     * @throws IllegalStateException if the key holds no unit
     */
    public void release(int key) {
        checkKey(key);
        if (held[key] == 0) {
            throw new IllegalStateException(name + ": key (" + key + ") holds no unit to release");
        }
        held[key]--;
        inUse--;
        inUseStat.update(sim.now(), inUse);
        refreshKey(key);
        dispatch();
    }

    /** Withdraws a waiting job (no callback); false if it is not waiting. */
    public boolean cancelWait(int job) {
        if (job < 0 || job >= waitKey.length || waitKey[job] == NONE) {
            return false;
        }
        if (waitTimer[job] != EventCalendar.NO_EVENT) {
            sim.cancel(waitTimer[job]);
        }
        unlink(job);
        return true;
    }

    /** Whether the job is waiting for a unit. */
    public boolean isWaiting(int job) {
        return job >= 0 && job < waitKey.length && waitKey[job] != NONE;
    }

    private void handle(int kind, int job) {
        // The timer is cancelled on grant or cancelWait, so a firing timer means still waiting.
        waitTimer[job] = EventCalendar.NO_EVENT;
        unlink(job);
        timeouts++;
        onWaitTimeout.onJob(job);
    }

    /** Grants units to eligible waiters while the pool has free units. */
    private void dispatch() {
        while (inUse < capacity && heapSize > 0) {
            int key = heap[0];
            int job = keyHead[key];
            if (waitTimer[job] != EventCalendar.NO_EVENT) {
                sim.cancel(waitTimer[job]);
                waitTimer[job] = EventCalendar.NO_EVENT;
            }
            held[key]++;
            inUse++;
            grants++;
            inUseStat.update(sim.now(), inUse);
            unlink(job); // also refreshes the key's place in the heap
            onGrant.onJob(job);
        }
    }

    private void unlink(int job) {
        int key = waitKey[job];
        int prev = waitPrev[job];
        int next = waitNext[job];
        if (prev == NONE) {
            keyHead[key] = next;
        } else {
            waitNext[prev] = next;
        }
        if (next == NONE) {
            keyTail[key] = prev;
        } else {
            waitPrev[next] = prev;
        }
        waitKey[job] = NONE;
        keyWaiting[key]--;
        waitingCount--;
        waitingStat.update(sim.now(), waitingCount);
        refreshKey(key);
    }

    /** Puts the key in the eligible heap, moves it, or takes it out, after its state changed. */
    private void refreshKey(int key) {
        boolean eligible = keyHead[key] != NONE && held[key] < quota[key];
        int pos = keyHeapPos[key];
        if (eligible) {
            if (pos == NONE) {
                heapSiftUp(heapSize++, key);
            } else {
                heapSiftUp(pos, key);
                heapSiftDown(keyHeapPos[key], key);
            }
        } else if (pos != NONE) {
            keyHeapPos[key] = NONE;
            int last = heap[--heapSize];
            if (last != key) {
                heapSiftUp(pos, last);
                heapSiftDown(keyHeapPos[last], last);
            }
        }
    }

    private long headSeq(int key) {
        return waitSeq[keyHead[key]];
    }

    private void heapSiftUp(int pos, int key) {
        long s = headSeq(key);
        while (pos > 0) {
            int parent = (pos - 1) >> 1;
            int pk = heap[parent];
            if (headSeq(pk) <= s) {
                break;
            }
            heap[pos] = pk;
            keyHeapPos[pk] = pos;
            pos = parent;
        }
        heap[pos] = key;
        keyHeapPos[key] = pos;
    }

    private void heapSiftDown(int pos, int key) {
        long s = headSeq(key);
        while (true) {
            int c = 2 * pos + 1;
            if (c >= heapSize) {
                break;
            }
            if (c + 1 < heapSize && headSeq(heap[c + 1]) < headSeq(heap[c])) {
                c++;
            }
            int ck = heap[c];
            if (headSeq(ck) >= s) {
                break;
            }
            heap[pos] = ck;
            keyHeapPos[ck] = pos;
            pos = c;
        }
        heap[pos] = key;
        keyHeapPos[key] = pos;
    }

    private void growJobs(int job) {
        int old = waitKey.length;
        int cap = Math.max(Math.max(64, old * 2), job + 1);
        waitKey = Arrays.copyOf(waitKey, cap);
        Arrays.fill(waitKey, old, cap, NONE);
        waitNext = Arrays.copyOf(waitNext, cap);
        waitPrev = Arrays.copyOf(waitPrev, cap);
        waitSeq = Arrays.copyOf(waitSeq, cap);
        waitTimer = Arrays.copyOf(waitTimer, cap);
    }

    private void checkKey(int key) {
        if (key < 0 || key >= keyCount) {
            throw new IllegalArgumentException(name + ": key (" + key + ") must be in 0.." + (keyCount - 1));
        }
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public int keyCount() {
        return keyCount;
    }

    /** Units held right now. */
    public int inUse() {
        return inUse;
    }

    /** Units held by the key right now. */
    public int heldBy(int key) {
        checkKey(key);
        return held[key];
    }

    /** Jobs waiting right now. */
    public int waiting() {
        return waitingCount;
    }

    /** Jobs of the key waiting right now. */
    public int waiting(int key) {
        checkKey(key);
        return keyWaiting[key];
    }

    /** Grants since the last statistics reset. */
    public long grants() {
        return grants;
    }

    /** Wait timeouts since the last statistics reset. */
    public long timeouts() {
        return timeouts;
    }

    /** Time-weighted mean units in use / capacity since the last reset. */
    public double utilization() {
        return inUseStat.mean(sim.now()) / capacity;
    }

    /** Time-weighted mean units in use since the last reset. */
    public double meanInUse() {
        return inUseStat.mean(sim.now());
    }

    /** Time-weighted mean number of waiting jobs since the last reset. */
    public double meanWaiting() {
        return waitingStat.mean(sim.now());
    }

    /** Warm-up deletion: statistics restart from now; holdings and waiters stay. */
    public void resetStatistics() {
        double now = sim.now();
        inUseStat.reset(now);
        waitingStat.reset(now);
        grants = 0;
        timeouts = 0;
    }

    @Override
    public String toString() {
        return "CountedPool[" + name + ", capacity=" + capacity + ", inUse=" + inUse + ", waiting=" + waitingCount + "]";
    }
}
