package dev.tenantsim.engine.kernel.queue;

import java.util.Arrays;

/**
 * An indexed binary min-heap of keys on primitive arrays, ordered by a {@code double} rank and
 * then a {@code long} tie-breaker (the head job's arrival sequence, so ties are deterministic and
 * FIFO). Each key is in the heap at most once; its position is tracked so it can be re-ranked or
 * removed in O(log n). The heap-based disciplines keep exactly the eligible keys here (a queued
 * job and a free slot under the cap), so dequeue never looks at a capped key.
 */
final class EligibleKeyHeap {
    private final int[] heap;
    private final int[] pos;
    private final double[] rank;
    private final long[] tie;
    private int size;

    EligibleKeyHeap(int keyCount) {
        heap = new int[keyCount];
        pos = new int[keyCount];
        rank = new double[keyCount];
        tie = new long[keyCount];
        Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int key) {
        return pos[key] >= 0;
    }

    /** The key with the smallest (rank, tie), or -1 when empty. */
    int peek() {
        return size == 0 ? -1 : heap[0];
    }

    /** The rank a key was inserted or last updated with. */
    double rank(int key) {
        return rank[key];
    }

    /** Inserts the key, or re-ranks it if present. */
    void put(int key, double r, long t) {
        int p = pos[key];
        rank[key] = r;
        tie[key] = t;
        if (p < 0) {
            p = size++;
            heap[p] = key;
            pos[key] = p;
            siftUp(p);
        } else {
            siftUp(p);
            siftDown(pos[key]);
        }
    }

    void remove(int key) {
        int p = pos[key];
        if (p < 0) {
            return;
        }
        pos[key] = -1;
        int last = --size;
        if (p != last) {
            int moved = heap[last];
            heap[p] = moved;
            pos[moved] = p;
            siftUp(p);
            siftDown(pos[moved]);
        }
    }

    private boolean less(int a, int b) {
        return rank[a] < rank[b] || (rank[a] == rank[b] && tie[a] < tie[b]);
    }

    private void siftUp(int p) {
        int key = heap[p];
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            int pk = heap[parent];
            if (!less(key, pk)) {
                break;
            }
            heap[p] = pk;
            pos[pk] = p;
            p = parent;
        }
        heap[p] = key;
        pos[key] = p;
    }

    private void siftDown(int p) {
        int key = heap[p];
        while (true) {
            int child = 2 * p + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            int ck = heap[child];
            if (!less(ck, key)) {
                break;
            }
            heap[p] = ck;
            pos[ck] = p;
            p = child;
        }
        heap[p] = key;
        pos[key] = p;
    }
}
