package dev.tenantsim.engine.platform;

import java.util.Arrays;

/**
 * What the request-level simulation measured of one stack (its name says so beside the report's
 * row, {@code report.model.StackResult}): its resources over time: one value per minute of each {@link Series} (time-weighted
 * mean over the minute), and how many of its tenants were in SLO violation each minute.
 * With several DB shards, DB series are summed (counts) or averaged (utilizations) over shards.
 */
public record SimulatedStack(int stack, String name, int tenantCount, double[][] series,
                             int[] tenantsInViolation, long events, java.util.List<DependencyStats> dependencies)
        implements java.io.Serializable {
    /** Per-minute series; utilizations are fractions in [0, 1], the rest are mean counts. */
    public enum Series {
        APP_CPU_UTILIZATION, APP_THREADS_IN_USE, APP_QUEUE_LENGTH,
        DB_CPU_UTILIZATION, DB_IO_UTILIZATION, DB_CONNECTIONS_IN_USE, DB_POOL_UTILIZATION, DB_POOL_WAITERS,
        WORKERS_BUSY, WORKER_QUEUE_LENGTH
    }

    public SimulatedStack {
        if (series == null || series.length != Series.values().length) {
            throw new IllegalArgumentException("series must hold one array per SimulatedStack.Series");
        }
        double[][] copy = new double[series.length][];
        for (int i = 0; i < series.length; i++) {
            copy[i] = series[i].clone();
        }
        series = copy;
        tenantsInViolation = tenantsInViolation.clone();
        dependencies = dependencies == null ? java.util.List.of() : java.util.List.copyOf(dependencies);
    }

    public SimulatedStack(int stack, String name, int tenantCount, double[][] series, int[] tenantsInViolation,
                          long events) {
        this(stack, name, tenantCount, series, tenantsInViolation, events, java.util.List.of());
    }

    /** The per-minute values of one series (a copy). */
    public double[] series(Series s) {
        return series[s.ordinal()].clone();
    }

    /** Highest per-minute value of a series. */
    public double peak(Series s) {
        double m = 0;
        for (double v : series[s.ordinal()]) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Override
    public double[][] series() {
        double[][] copy = new double[series.length][];
        for (int i = 0; i < series.length; i++) {
            copy[i] = series[i].clone();
        }
        return copy;
    }

    @Override
    public int[] tenantsInViolation() {
        return tenantsInViolation.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulatedStack r && stack == r.stack && name.equals(r.name) && tenantCount == r.tenantCount
                && Arrays.deepEquals(series, r.series) && Arrays.equals(tenantsInViolation, r.tenantsInViolation)
                && events == r.events;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * stack + name.hashCode()) + Arrays.hashCode(tenantsInViolation);
    }

    @Override
    public String toString() {
        return "SimulatedStack[" + name + " tenants=" + tenantCount + " events=" + events + "]";
    }
}
