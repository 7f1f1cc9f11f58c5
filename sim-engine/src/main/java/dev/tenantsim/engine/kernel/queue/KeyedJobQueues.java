package dev.tenantsim.engine.kernel.queue;

import java.util.Arrays;

/**
 * One FIFO queue of jobs per key, all stored in a shared pool of nodes on primitive arrays
 * (singly linked, with a free list), so queued jobs cost no allocation once the pool has grown.
 * Each node carries the job, its size and its global arrival sequence number.
 */
final class KeyedJobQueues {
    private static final int NIL = -1;

    private int[] nodeJob;
    private double[] nodeSize;
    private long[] nodeSeq;
    private int[] nodeNext;
    private int freeHead = NIL;
    private int nodesUsed;

    private final int[] head;
    private final int[] tail;
    private final int[] count;

    KeyedJobQueues(int keyCount, int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        nodeJob = new int[cap];
        nodeSize = new double[cap];
        nodeSeq = new long[cap];
        nodeNext = new int[cap];
        head = new int[keyCount];
        tail = new int[keyCount];
        count = new int[keyCount];
        Arrays.fill(head, NIL);
        Arrays.fill(tail, NIL);
    }

    void add(int key, int job, double size, long seq) {
        int n = allocate();
        nodeJob[n] = job;
        nodeSize[n] = size;
        nodeSeq[n] = seq;
        nodeNext[n] = NIL;
        if (tail[key] == NIL) {
            head[key] = n;
        } else {
            nodeNext[tail[key]] = n;
        }
        tail[key] = n;
        count[key]++;
    }

    /** Removes the head job of a non-empty key and returns it. */
    int poll(int key) {
        int n = head[key];
        int job = nodeJob[n];
        head[key] = nodeNext[n];
        if (head[key] == NIL) {
            tail[key] = NIL;
        }
        count[key]--;
        nodeNext[n] = freeHead;
        freeHead = n;
        return job;
    }

    int count(int key) {
        return count[key];
    }

    double headSize(int key) {
        return nodeSize[head[key]];
    }

    long headSeq(int key) {
        return nodeSeq[head[key]];
    }

    private int allocate() {
        if (freeHead != NIL) {
            int n = freeHead;
            freeHead = nodeNext[n];
            return n;
        }
        if (nodesUsed == nodeJob.length) {
            int cap = nodeJob.length * 2;
            nodeJob = Arrays.copyOf(nodeJob, cap);
            nodeSize = Arrays.copyOf(nodeSize, cap);
            nodeSeq = Arrays.copyOf(nodeSeq, cap);
            nodeNext = Arrays.copyOf(nodeNext, cap);
        }
        return nodesUsed++;
    }
}
