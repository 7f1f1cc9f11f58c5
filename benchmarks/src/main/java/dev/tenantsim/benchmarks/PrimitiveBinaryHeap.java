package dev.tenantsim.benchmarks;

import java.util.Arrays;

/**
 * Baseline for {@code HoldBenchmark}: a plain binary min-heap on primitive arrays, ordered by
 * (time, sequence), with an int payload and no cancel support. It is what the kernel's 4-ary
 * indexed calendar has to beat to justify its extra arity and its handles.
 */
final class PrimitiveBinaryHeap {
    private double[] time;
    private long[] seq;
    private int[] payload;
    private int size;
    private long nextSeq;

    PrimitiveBinaryHeap(int capacity) {
        time = new double[Math.max(16, capacity)];
        seq = new long[time.length];
        payload = new int[time.length];
    }

    int size() {
        return size;
    }

    void push(double t, int p) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            seq = Arrays.copyOf(seq, size * 2);
            payload = Arrays.copyOf(payload, size * 2);
        }
        long s = nextSeq++;
        int pos = size++;
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            double pt = time[parent];
            if (pt < t || (pt == t && seq[parent] < s)) {
                break;
            }
            time[pos] = pt;
            seq[pos] = seq[parent];
            payload[pos] = payload[parent];
            pos = parent;
        }
        time[pos] = t;
        seq[pos] = s;
        payload[pos] = p;
    }

    double minTime() {
        return time[0];
    }

    /** Removes the minimum (the heap must not be empty). */
    void pop() {
        int last = --size;
        double t = time[last];
        long s = seq[last];
        int p = payload[last];
        int pos = 0;
        while (true) {
            int c = 2 * pos + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && (time[c + 1] < time[c] || (time[c + 1] == time[c] && seq[c + 1] < seq[c]))) {
                c++;
            }
            if (t < time[c] || (t == time[c] && s < seq[c])) {
                break;
            }
            time[pos] = time[c];
            seq[pos] = seq[c];
            payload[pos] = payload[c];
            pos = c;
        }
        time[pos] = t;
        seq[pos] = s;
        payload[pos] = p;
    }
}
