package dev.tenantsim.engine.kernel;

import java.util.Arrays;

/**
 * The pending-event set: an indexed 4-ary min-heap on primitive arrays.
 *
 * <p>Events are ordered by time, then by scheduling order (a sequence number), so ties at equal
 * times are broken deterministically in the order they were scheduled. Each event lives in a
 * slot; a handle ({@code generation << 32 | slot}) lets a caller cancel it in O(log n) — the slot
 * knows its heap position — and a stale handle (event already fired or cancelled) is rejected
 * by its generation, so cancelling a timeout that did not fire is cheap and safe.
 *
 * <p>No allocation per event once the arrays have grown to the peak pending count. Why 4-ary:
 * half the depth of a binary heap and the four children share a cache line in {@code time[]};
 * see benchmarks/README.md for the measurement against a binary heap and PriorityQueue.
 */
public final class EventCalendar {
    /** Marks a handle that refers to no event. */
    public static final long NO_EVENT = -1L;

    // Heap, in heap order: time and sequence (the sort key) and the slot of the event.
    private double[] heapTime;
    private long[] heapSeq;
    private int[] heapSlot;
    private int size;

    // Per slot: where the event sits in the heap (-1 when free), its target and payload.
    private int[] slotPos;
    private int[] slotGen;
    private int[] slotHandler;
    private int[] slotKind;
    private int[] slotArg;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private long nextSeq;

    public EventCalendar() {
        this(1024);
    }

    public EventCalendar(int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        heapTime = new double[cap];
        heapSeq = new long[cap];
        heapSlot = new int[cap];
        slotPos = new int[cap];
        slotGen = new int[cap];
        slotHandler = new int[cap];
        slotKind = new int[cap];
        slotArg = new int[cap];
        freeSlots = new int[cap];
    }

    /** Number of pending events. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest pending event; {@code +Infinity} when empty. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : heapTime[0];
    }

    /**
     * Adds an event and returns its handle.
     *
     * @throws IllegalArgumentException if {@code time} is NaN
     */
    public long schedule(double time, int handler, int kind, int arg) {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("event time (NaN) must be a number");
        }
        int slot = allocateSlot();
        slotHandler[slot] = handler;
        slotKind[slot] = kind;
        slotArg[slot] = arg;
        int pos = size++;
        if (pos == heapTime.length) {
            growHeap();
        }
        siftUp(pos, time, nextSeq++, slot);
        return ((long) slotGen[slot] << 32) | slot;
    }

    /** Cancels a pending event; returns false if the handle is stale (fired or cancelled already). */
    public boolean cancel(long handle) {
        if (handle < 0) {
            return false;
        }
        int slot = (int) handle;
        int gen = (int) (handle >>> 32);
        if (slot >= slotsUsed || slotGen[slot] != gen || slotPos[slot] < 0) {
            return false;
        }
        int pos = slotPos[slot];
        releaseSlot(slot);
        int last = --size;
        if (pos != last) {
            double t = heapTime[last];
            long s = heapSeq[last];
            int sl = heapSlot[last];
            // The moved element may need to go either way.
            if (pos > 0 && less(t, s, heapTime[(pos - 1) >> 2], heapSeq[(pos - 1) >> 2])) {
                siftUp(pos, t, s, sl);
            } else {
                siftDown(pos, t, s, sl);
            }
        }
        return true;
    }

    /** Whether the handle still refers to a pending event. */
    public boolean isPending(long handle) {
        if (handle < 0) {
            return false;
        }
        int slot = (int) handle;
        return slot < slotsUsed && slotGen[slot] == (int) (handle >>> 32) && slotPos[slot] >= 0;
    }

    /**
     * Removes the earliest event and writes it to {@code out}; returns false when empty.
     * The cursor avoids returning an object per event.
     */
    public boolean pollInto(Cursor out) {
        if (size == 0) {
            return false;
        }
        int slot = heapSlot[0];
        out.time = heapTime[0];
        out.handler = slotHandler[slot];
        out.kind = slotKind[slot];
        out.arg = slotArg[slot];
        releaseSlot(slot);
        int last = --size;
        if (last > 0) {
            siftDown(0, heapTime[last], heapSeq[last], heapSlot[last]);
        }
        return true;
    }

    /** Drops every pending event (handles become stale). */
    public void clear() {
        for (int i = 0; i < size; i++) {
            releaseSlot(heapSlot[i]);
        }
        size = 0;
    }

    /** A reusable holder for the event just polled. */
    public static final class Cursor {
        public double time;
        public int handler;
        public int kind;
        public int arg;
    }

    private static boolean less(double t1, long s1, double t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void siftUp(int pos, double t, long s, int slot) {
        while (pos > 0) {
            int parent = (pos - 1) >> 2;
            double pt = heapTime[parent];
            if (!less(t, s, pt, heapSeq[parent])) {
                break;
            }
            place(pos, pt, heapSeq[parent], heapSlot[parent]);
            pos = parent;
        }
        place(pos, t, s, slot);
    }

    private void siftDown(int pos, double t, long s, int slot) {
        int n = size;
        while (true) {
            int first = (pos << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            double bt = heapTime[first];
            long bs = heapSeq[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                double ct = heapTime[c];
                if (ct < bt || (ct == bt && heapSeq[c] < bs)) {
                    best = c;
                    bt = ct;
                    bs = heapSeq[c];
                }
            }
            if (!less(bt, bs, t, s)) {
                break;
            }
            place(pos, bt, bs, heapSlot[best]);
            pos = best;
        }
        place(pos, t, s, slot);
    }

    private void place(int pos, double t, long s, int slot) {
        heapTime[pos] = t;
        heapSeq[pos] = s;
        heapSlot[pos] = slot;
        slotPos[slot] = pos;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == slotPos.length) {
            growSlots();
        }
        return slotsUsed++;
    }

    private void releaseSlot(int slot) {
        slotPos[slot] = -1;
        slotGen[slot]++;
        freeSlots[freeCount++] = slot;
    }

    private void growHeap() {
        int cap = heapTime.length * 2;
        heapTime = Arrays.copyOf(heapTime, cap);
        heapSeq = Arrays.copyOf(heapSeq, cap);
        heapSlot = Arrays.copyOf(heapSlot, cap);
    }

    private void growSlots() {
        int cap = slotPos.length * 2;
        slotPos = Arrays.copyOf(slotPos, cap);
        slotGen = Arrays.copyOf(slotGen, cap);
        slotHandler = Arrays.copyOf(slotHandler, cap);
        slotKind = Arrays.copyOf(slotKind, cap);
        slotArg = Arrays.copyOf(slotArg, cap);
        freeSlots = Arrays.copyOf(freeSlots, cap);
    }
}
