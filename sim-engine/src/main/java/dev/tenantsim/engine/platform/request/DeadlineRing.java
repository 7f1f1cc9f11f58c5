package dev.tenantsim.engine.platform.request;

import java.util.Arrays;

/**
 * Timeouts of one fixed duration (a client timeout, a statement timeout), without a calendar
 * event per request. Entries are pushed in time order, so with one duration their deadlines are
 * ordered too: a FIFO. An entry is (id, generation, deadline); the owner bumps an id's generation
 * when the guarded work ends, which makes the entry stale — no cancel needed. Only the earliest
 * <em>live</em> entry has an event on the calendar; when it fires, stale entries are dropped in
 * bulk. Most requests finish long before their timeout, so the calendar sees about one event per
 * timeout duration instead of a schedule and a cancel per request, and every timeout still fires
 * at exactly its deadline.
 */
final class DeadlineRing {
    final double duration;
    private int[] ids = new int[16];
    private int[] gens = new int[16];
    private double[] deadlines = new double[16];
    private int head;
    private int size;
    /** Whether an event is pending for this ring (or the ring is being processed). */
    boolean armed;

    DeadlineRing(double duration) {
        this.duration = duration;
    }

    /** Appends an entry; returns true if the caller must arm an event at {@code deadline}. */
    boolean push(int id, int gen, double deadline) {
        if (size == ids.length) {
            grow();
        }
        int i = (head + size) & (ids.length - 1);
        ids[i] = id;
        gens[i] = gen;
        deadlines[i] = deadline;
        size++;
        if (!armed) {
            armed = true;
            return true;
        }
        return false;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int headId() {
        return ids[head];
    }

    int headGen() {
        return gens[head];
    }

    double headDeadline() {
        return deadlines[head];
    }

    void pop() {
        head = (head + 1) & (ids.length - 1);
        size--;
    }

    private void grow() {
        int cap = ids.length * 2;
        int[] ni = new int[cap];
        int[] ng = new int[cap];
        double[] nd = new double[cap];
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (ids.length - 1);
            ni[k] = ids[i];
            ng[k] = gens[i];
            nd[k] = deadlines[i];
        }
        ids = ni;
        gens = ng;
        deadlines = nd;
        head = 0;
        Arrays.fill(ids, size, cap, 0);
    }
}
