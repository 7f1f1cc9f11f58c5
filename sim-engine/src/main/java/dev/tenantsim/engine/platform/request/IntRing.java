package dev.tenantsim.engine.platform.request;

import java.util.Arrays;

/** A growable FIFO of ints on a ring buffer: no allocation once grown to its peak size. */
final class IntRing {
    private int[] items = new int[64];
    private int head;
    private int size;

    void add(int v) {
        if (size == items.length) {
            int[] bigger = new int[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = items[(head + i) & (items.length - 1)];
            }
            items = bigger;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = v;
        size++;
    }

    int poll() {
        int v = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
        head = 0;
        Arrays.fill(items, 0);
    }
}
