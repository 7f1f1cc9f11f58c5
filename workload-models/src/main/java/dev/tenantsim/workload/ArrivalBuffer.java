package dev.tenantsim.workload;

import java.util.Arrays;

/** A growable {@code double[]} of arrival times; reuse it across windows with {@link #clear()}. */
public final class ArrivalBuffer implements ArrivalSink {
    private double[] times;
    private int size;

    public ArrivalBuffer() {
        this(1024);
    }

    public ArrivalBuffer(int initialCapacity) {
        times = new double[Math.max(16, initialCapacity)];
    }

    @Override
    public void arrival(double timeSeconds) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
        }
        times[size++] = timeSeconds;
    }

    public int size() {
        return size;
    }

    public double get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("arrival " + i + " of " + size);
        }
        return times[i];
    }

    public void clear() {
        size = 0;
    }

    public double[] toArray() {
        return Arrays.copyOf(times, size);
    }
}
