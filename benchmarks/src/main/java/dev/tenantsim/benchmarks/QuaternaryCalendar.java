package dev.tenantsim.benchmarks;

import java.util.Arrays;

/**
 * Baseline for {@code HoldBenchmark}: the kernel's {@code EventCalendar} design (lazy cancel,
 * packed sequence/slot key, slot payload) on a 4-ary instead of a binary heap, kept to re-check
 * the choice of arity by measurement.
 */
final class QuaternaryCalendar {
    /** Marks a handle that refers to no event. */
    public static final long NO_EVENT = -1L;

    static final int SLOT_BITS = 23;
    static final int MAX_SLOTS = 1 << SLOT_BITS;
    private static final long SLOT_MASK = MAX_SLOTS - 1;
    static final long MAX_SEQ = (1L << (63 - SLOT_BITS)) - 1;
    private static final int COMPACT_MIN_DEAD = 1024;

    // Heap entries (live and dead), in heap order.
    private double[] heapTime;
    private long[] heapKey;
    private int heapSize;
    private int live;
    private int dead;

    // Per slot, interleaved so one event's data share a cache line: handler, kind, arg, generation.
    // The generation is even while the slot's event is pending and odd once it is cancelled.
    private int[] slotData;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private long nextSeq;

    QuaternaryCalendar() {
        this(1024);
    }

    QuaternaryCalendar(int initialCapacity) {
        int cap = Math.max(16, Math.min(initialCapacity, MAX_SLOTS));
        heapTime = new double[cap];
        heapKey = new long[cap];
        slotData = new int[cap * 4];
        freeSlots = new int[cap];
    }

    /** Number of pending (not cancelled) events. */
    public int size() {
        return live;
    }

    public boolean isEmpty() {
        return live == 0;
    }

    /** Time of the earliest pending event; {@code +Infinity} when empty. */
    public double peekTime() {
        purgeDeadTop();
        return heapSize == 0 ? Double.POSITIVE_INFINITY : heapTime[0];
    }

    /**
     * Adds an event and returns its handle.
     *
     * @throws IllegalArgumentException if {@code time} is NaN
     * @throws IllegalStateException    if more than 2^23 events would be pending
     */
    public long schedule(double time, int handler, int kind, int arg) {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("event time (NaN) must be a number");
        }
        if (nextSeq > MAX_SEQ) {
            renumber();
        }
        int slot = allocateSlot();
        int base = slot << 2;
        int[] sd = slotData;
        sd[base] = handler;
        sd[base + 1] = kind;
        sd[base + 2] = arg;
        int pos = heapSize++;
        if (pos == heapTime.length) {
            growHeap();
        }
        siftUp(pos, time, (nextSeq++ << SLOT_BITS) | slot);
        live++;
        return ((long) (sd[base + 3] & 0x7FFFFFFF) << 32) | slot;
    }

    /** Cancels a pending event; returns false if the handle is stale (fired or cancelled already). */
    public boolean cancel(long handle) {
        if (!isPending(handle)) {
            return false;
        }
        slotData[(((int) handle) << 2) + 3]++; // odd: dead
        live--;
        dead++;
        if (dead >= COMPACT_MIN_DEAD && dead > live) {
            compact();
        }
        return true;
    }

    /** Whether the handle still refers to a pending event. */
    public boolean isPending(long handle) {
        if (handle < 0) {
            return false;
        }
        int slot = (int) handle;
        if (slot >= slotsUsed) {
            return false;
        }
        int gen = slotData[(slot << 2) + 3];
        return (gen & 1) == 0 && (gen & 0x7FFFFFFF) == (int) (handle >>> 32);
    }

    /**
     * Removes the earliest pending event and writes it to {@code out}; returns false when empty.
     * The cursor avoids returning an object per event.
     */
    public boolean pollInto(Cursor out) {
        purgeDeadTop();
        if (heapSize == 0) {
            return false;
        }
        int slot = (int) (heapKey[0] & SLOT_MASK);
        out.time = heapTime[0];
        int base = slot << 2;
        int[] sd = slotData;
        out.handler = sd[base];
        out.kind = sd[base + 1];
        out.arg = sd[base + 2];
        sd[base + 3] += 2; // stays even, new generation: old handles become stale
        freeSlots[freeCount++] = slot;
        live--;
        removeTop();
        return true;
    }

    /** Drops every pending event (handles become stale). */
    public void clear() {
        for (int i = 0; i < heapSize; i++) {
            releaseEntry((int) (heapKey[i] & SLOT_MASK));
        }
        heapSize = 0;
        live = 0;
        dead = 0;
    }

    /** A reusable holder for the event just polled. */
    public static final class Cursor {
        public double time;
        public int handler;
        public int kind;
        public int arg;
    }

    private void purgeDeadTop() {
        while (heapSize > 0 && (slotData[(((int) (heapKey[0] & SLOT_MASK)) << 2) + 3] & 1) != 0) {
            releaseEntry((int) (heapKey[0] & SLOT_MASK));
            dead--;
            removeTop();
        }
    }

    /** Frees the slot of an entry leaving the heap: dead (odd) or live (even) -> a new even generation. */
    private void releaseEntry(int slot) {
        int g = (slot << 2) + 3;
        slotData[g] += (slotData[g] & 1) != 0 ? 1 : 2;
        freeSlots[freeCount++] = slot;
    }

    private void removeTop() {
        int last = --heapSize;
        if (last > 0) {
            siftDown(0, heapTime[last], heapKey[last]);
        }
    }

    /** Drops every dead entry and rebuilds the heap bottom-up in O(n). */
    private void compact() {
        int n = 0;
        int[] sd = slotData;
        for (int i = 0; i < heapSize; i++) {
            int slot = (int) (heapKey[i] & SLOT_MASK);
            if ((sd[(slot << 2) + 3] & 1) != 0) {
                releaseEntry(slot);
            } else {
                heapTime[n] = heapTime[i];
                heapKey[n] = heapKey[i];
                n++;
            }
        }
        heapSize = n;
        dead = 0;
        for (int i = (n - 2) >> 2; i >= 0; i--) {
            siftDown(i, heapTime[i], heapKey[i]);
        }
    }

    /** Gives the pending events new sequence numbers 0..n-1 in their current order. */
    private void renumber() {
        compact();
        int n = heapSize;
        double[] t = new double[n];
        long[] k = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = heapTime[0];
            k[i] = ((long) i << SLOT_BITS) | (heapKey[0] & SLOT_MASK);
            removeTop();
        }
        // A sorted array is a valid heap.
        System.arraycopy(t, 0, heapTime, 0, n);
        System.arraycopy(k, 0, heapKey, 0, n);
        heapSize = n;
        nextSeq = n;
    }

    private void siftUp(int pos, double t, long k) {
        double[] ht = heapTime;
        long[] hk = heapKey;
        while (pos > 0) {
            int parent = (pos - 1) >> 2;
            double pt = ht[parent];
            if (pt < t || (pt == t && hk[parent] < k)) {
                break;
            }
            ht[pos] = pt;
            hk[pos] = hk[parent];
            pos = parent;
        }
        ht[pos] = t;
        hk[pos] = k;
    }

    private void siftDown(int pos, double t, long k) {
        double[] ht = heapTime;
        long[] hk = heapKey;
        int n = heapSize;
        while (true) {
            int first = (pos << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            double bt = ht[first];
            long bk = hk[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                double ct = ht[c];
                if (ct < bt || (ct == bt && hk[c] < bk)) {
                    best = c;
                    bt = ct;
                    bk = hk[c];
                }
            }
            if (t < bt || (t == bt && k < bk)) {
                break;
            }
            ht[pos] = bt;
            hk[pos] = bk;
            pos = best;
        }
        ht[pos] = t;
        hk[pos] = k;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == freeSlots.length) {
            growSlots();
        }
        return slotsUsed++;
    }

    private void growHeap() {
        int cap = heapTime.length * 2;
        heapTime = Arrays.copyOf(heapTime, cap);
        heapKey = Arrays.copyOf(heapKey, cap);
    }

    private void growSlots() {
        if (slotsUsed >= MAX_SLOTS) {
            throw new IllegalStateException("pending events (" + slotsUsed + ") exceed the calendar's limit of " + MAX_SLOTS);
        }
        int cap = Math.min(freeSlots.length * 2, MAX_SLOTS);
        slotData = Arrays.copyOf(slotData, cap * 4);
        freeSlots = Arrays.copyOf(freeSlots, cap);
    }

}
