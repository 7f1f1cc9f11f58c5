package dev.tenantsim.placement;

import java.util.Arrays;

/**
 * A tenant's downsampled demand over a common time grid (for example hourly over a week), for
 * correlation-aware packing: what matters is the peak of the summed series of a cell, not the
 * sum of the peaks. Storage is static and has no series. All tenants of a problem share the grid.
 */
public final class DemandSeries {
    private final int minutesPerPoint;
    private final double[][] values; // [resource CPU, IO, CONNECTIONS][point]

    private DemandSeries(int minutesPerPoint, double[] cpu, double[] io, double[] connections) {
        if (minutesPerPoint < 1) {
            throw new IllegalArgumentException("minutesPerPoint (" + minutesPerPoint + ") must be >= 1");
        }
        if (cpu == null || io == null || connections == null || cpu.length == 0) {
            throw new IllegalArgumentException("series (null or empty) must hold at least one point per resource");
        }
        if (io.length != cpu.length || connections.length != cpu.length) {
            throw new IllegalArgumentException("series lengths (cpu " + cpu.length + ", io " + io.length
                    + ", connections " + connections.length + ") must be equal");
        }
        this.minutesPerPoint = minutesPerPoint;
        this.values = new double[][] {cpu.clone(), io.clone(), connections.clone()};
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < cpu.length; i++) {
                double v = values[r][i];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("series." + ResourceVector.NAMES[r] + "[" + i + "] (" + v
                            + ") must be a finite number >= 0");
                }
            }
        }
    }

    public static DemandSeries of(int minutesPerPoint, double[] cpu, double[] io, double[] connections) {
        return new DemandSeries(minutesPerPoint, cpu, io, connections);
    }

    public int minutesPerPoint() {
        return minutesPerPoint;
    }

    public int length() {
        return values[0].length;
    }

    /** Value of resource {@code r} (CPU, IO or CONNECTIONS) at point {@code i}. */
    public double get(int r, int i) {
        return values[r][i];
    }

    /** Largest value of resource {@code r}. */
    public double max(int r) {
        double m = 0;
        for (double v : values[r]) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Mean value of resource {@code r}. */
    public double mean(int r) {
        double s = 0;
        for (double v : values[r]) {
            s += v;
        }
        return s / values[r].length;
    }

    /** Adds this series into {@code sum[r][i]} (r over CPU, IO, CONNECTIONS). */
    public void addTo(double[][] sum, double sign) {
        for (int r = 0; r < 3; r++) {
            double[] v = values[r];
            double[] s = sum[r];
            for (int i = 0; i < v.length; i++) {
                s[i] += sign * v[i];
            }
        }
    }

    @Override
    public String toString() {
        return "DemandSeries[" + length() + " points of " + minutesPerPoint + " min, cpu max " + max(0) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemandSeries d && d.minutesPerPoint == minutesPerPoint
                && Arrays.deepEquals(d.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * minutesPerPoint + Arrays.deepHashCode(values);
    }
}
