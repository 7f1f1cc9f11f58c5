package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.DependencyStats;
import java.util.Arrays;

/**
 * One dependency's {@code capacity} servers and its FIFO queue (of job slots for synchronous
 * calls, of tenants for asynchronous tasks), with what the report needs of it: calls, failures,
 * time waited and served, and the backlog (calls waiting for a server) integrated over time.
 * Primitive arrays only; the queue doubles when full.
 */
final class DependencyServers {
    private final String name;
    private final boolean async;
    private final int capacity;
    private int busy;
    private int[] ids = new int[64];
    private double[] since = new double[64];
    private int head;
    private int size;
    // Statistics.
    long calls;
    long failed;
    long breakerRejected;
    private long served;
    private double waitSeconds;
    private double serviceSeconds;
    private double backlogArea;
    private double lastChange;
    private int peakBacklog;

    DependencyServers(String name, boolean async, int capacity) {
        this.name = name;
        this.async = async;
        this.capacity = capacity;
    }

    /**
     * A call (job slot or tenant) arrives at {@code now}: true when a server is free and took it
     * (the caller starts its service), false when it waits in the queue.
     */
    boolean arrive(int id, double now) {
        calls++;
        if (busy < capacity) {
            busy++;
            return true;
        }
        backlogTo(now);
        if (size == ids.length) {
            grow();
        }
        int tail = (head + size) % ids.length;
        ids[tail] = id;
        since[tail] = now;
        size++;
        peakBacklog = Math.max(peakBacklog, size);
        return false;
    }

    /** A service of {@code seconds} starts. */
    void serving(double seconds) {
        serviceSeconds += seconds;
    }

    /**
     * A service ended at {@code now}: the server takes the head of the queue, whose id is returned
     * (its service starts now), or is freed (-1).
     */
    int served(double now) {
        served++;
        if (size == 0) {
            busy--;
            return -1;
        }
        backlogTo(now);
        int id = ids[head];
        waitSeconds += now - since[head];
        head = (head + 1) % ids.length;
        size--;
        return id;
    }

    private void backlogTo(double now) {
        backlogArea += size * (now - lastChange);
        lastChange = now;
    }

    private void grow() {
        int n = ids.length;
        int[] i2 = new int[2 * n];
        double[] s2 = new double[2 * n];
        for (int k = 0; k < size; k++) {
            i2[k] = ids[(head + k) % n];
            s2[k] = since[(head + k) % n];
        }
        ids = i2;
        since = s2;
        head = 0;
    }

    /** What it measured over a span ending at {@code end} seconds. */
    DependencyStats stats(double end) {
        backlogTo(end);
        return new DependencyStats(name, async, calls, failed, breakerRejected, served, waitSeconds, serviceSeconds,
                end > 0 ? backlogArea / end : 0, peakBacklog, size + busy);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(new int[] {busy, size});
    }
}
