package dev.tenantsim.engine.platform.request;

import java.util.Arrays;

/**
 * The next arrival of every tenant of a stack: a 4-ary min-heap of (time, scheduling order,
 * tenant) on primitive arrays, so that only its earliest entry sits on the simulation's calendar.
 *
 * <p>Why: each tenant always has exactly one pending arrival, so with 12,000 tenants they made up
 * nearly all of the calendar, and every short-lived event (a PS departure a few milliseconds away)
 * had to sift through its ~14 levels twice. Kept apart, the calendar holds only the in-flight
 * events (a few levels deep), and an arrival is one {@link #replaceTop} (a single sift-down)
 * instead of a calendar pop plus push. The heap's shape does not matter to the result:
 * (time, sequence) is a total order, so entries leave in the same order from any valid heap.
 *
 * <p>Order: by time, then by the order the entries were added (a sequence number), as the
 * calendar would order the same events, so ties between tenants resolve as before.
 */
final class ArrivalQueue {
    private static final int TENANT_BITS = 24;
    private static final long TENANT_MASK = (1L << TENANT_BITS) - 1;
    /** Most tenants one queue can hold (the key packs the tenant in its low 24 bits). */
    static final int MAX_TENANTS = 1 << TENANT_BITS;

    private double[] time;
    private long[] key; // sequence << 24 | tenant
    private int size;
    private long nextSeq;

    ArrivalQueue(int capacity) {
        if (capacity > MAX_TENANTS) {
            throw new IllegalArgumentException("tenants on one stack (" + capacity + ") must be at most " + MAX_TENANTS);
        }
        int cap = Math.max(16, capacity);
        time = new double[cap];
        key = new long[cap];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    double peekTime() {
        return time[0];
    }

    int peekTenant() {
        return (int) (key[0] & TENANT_MASK);
    }

    void add(int tenant, double t) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            key = Arrays.copyOf(key, size * 2);
        }
        siftUp(size++, t, (nextSeq++ << TENANT_BITS) | tenant);
    }

    /** The earliest tenant's next arrival is at {@code t}: same as removing the top and adding it again. */
    void replaceTop(double t) {
        siftDown(0, t, (nextSeq++ << TENANT_BITS) | (key[0] & TENANT_MASK));
    }

    void removeTop() {
        int last = --size;
        if (last > 0) {
            siftDown(0, time[last], key[last]);
        }
    }

    // A 4-ary heap: replaceTop, the common operation, only sifts down, and a new arrival usually
    // lands near the bottom (a tenant's next arrival is as far ahead as anyone's), so halving the
    // depth pays more than the extra comparisons per level; the four children's times are 32
    // contiguous bytes.

    private void siftUp(int pos, double t, long k) {
        double[] ht = time;
        long[] hk = key;
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
        double[] ht = time;
        long[] hk = key;
        int n = size;
        while (true) {
            int first = (pos << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            double bt = ht[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                double ct = ht[c];
                if (ct < bt || (ct == bt && hk[c] < hk[best])) {
                    best = c;
                    bt = ct;
                }
            }
            long bk = hk[best];
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
}
