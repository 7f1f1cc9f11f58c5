package dev.tenantsim.engine.platform;

import java.util.Arrays;

/**
 * A tenant's load on its stack per minute, sparse (only minutes with load): work demanded (app
 * CPU + DB CPU + DB IO seconds of the requests and background jobs it started) plus DB
 * connection-seconds held. Used to name an incident's aggressor and the suspects of attribution.
 */
public record LoadSeries(int[] minutes, double[] seconds) implements java.io.Serializable {
    public static final LoadSeries EMPTY = new LoadSeries(new int[0], new double[0]);

    /**
     * A tenant's load over the span without its minutes (at minute 0), from a pass that keeps no
     * per-minute load: only {@link #total()} is meaningful; such a pass names each incident's
     * aggressor while it runs.
     */
    public static LoadSeries ofTotal(double seconds) {
        return seconds > 0 ? new LoadSeries(new int[] {0}, new double[] {seconds}) : EMPTY;
    }

    public LoadSeries {
        if (minutes.length != seconds.length) {
            throw new IllegalArgumentException("load.minutes (" + minutes.length + ") and load.seconds ("
                    + seconds.length + ") must have the same length");
        }
        minutes = minutes.clone();
        seconds = seconds.clone();
    }

    /** Load over the horizon. */
    public double total() {
        double s = 0;
        for (double x : seconds) {
            s += x;
        }
        return s;
    }

    /** Load during the given minutes (sorted ascending). */
    public double during(int[] sortedMinutes) {
        double s = 0;
        for (int k = 0; k < minutes.length; k++) {
            if (Arrays.binarySearch(sortedMinutes, minutes[k]) >= 0) {
                s += seconds[k];
            }
        }
        return s;
    }

    /** Load during minutes [fromMinute, toMinute), summed in minute order. */
    public double between(int fromMinute, int toMinute) {
        double s = 0;
        for (int k = 0; k < minutes.length; k++) {
            if (minutes[k] >= fromMinute && minutes[k] < toMinute) {
                s += seconds[k];
            }
        }
        return s;
    }

    @Override
    public int[] minutes() {
        return minutes.clone();
    }

    @Override
    public double[] seconds() {
        return seconds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoadSeries l && Arrays.equals(minutes, l.minutes) && Arrays.equals(seconds, l.seconds);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minutes) + Arrays.hashCode(seconds);
    }

    @Override
    public String toString() {
        return "LoadSeries[minutes=" + minutes.length + ", total=" + total() + "]";
    }
}
