package dev.tenantsim.engine.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The faults of one stack's timeline, in seconds of the run: windows in which its database has
 * only a share of its cores or IOPS ({@link DbDegradation}), and windows in which the stack is down
 * ({@link StackOutage}: every request arriving there fails at once, {@link ErrorCause#STACK_DOWN}).
 * Overlapping degradations multiply. {@link #NONE} for a steady stack; the request path then has
 * nothing on its calendar for them.
 */
public record StackFaults(List<DbDegradation> degradations, List<StackOutage> outages, TenantFaults tenants) {
    public static final StackFaults NONE = new StackFaults(List.of(), List.of());

    public StackFaults {
        degradations = degradations == null ? List.of() : List.copyOf(degradations);
        outages = outages == null ? List.of() : List.copyOf(outages);
        tenants = tenants == null ? TenantFaults.NONE : tenants;
    }

    /** Faults of the whole stack only (no {@link TenantFaults}). */
    public StackFaults(List<DbDegradation> degradations, List<StackOutage> outages) {
        this(degradations, outages, TenantFaults.NONE);
    }

    /** The DB keeps {@code cpu} of its cores and {@code io} of its IOPS over {@code [fromSecond, toSecond)}. */
    public record DbDegradation(double fromSecond, double toSecond, double cpu, double io) {
        public DbDegradation {
            window(fromSecond, toSecond);
            if (!(cpu > 0 && cpu <= 1) || !(io > 0 && io <= 1)) {
                throw new IllegalArgumentException("dbDegradation cpu (" + cpu + ") and io (" + io + ") must be shares in (0, 1]");
            }
        }
    }

    /** The stack is down over {@code [fromSecond, toSecond)}. */
    public record StackOutage(double fromSecond, double toSecond) {
        public StackOutage {
            window(fromSecond, toSecond);
        }

        public boolean covers(double t) {
            return t >= fromSecond && t < toSecond;
        }
    }

    private static void window(double from, double to) {
        if (!(from >= 0) || !(to > from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("fault window [" + from + ", " + to + ") s must be finite, start at or after 0"
                    + " and end after its start");
        }
    }

    public boolean isNone() {
        return degradations.isEmpty() && outages.isEmpty() && tenants.isNone();
    }

    /** These faults plus {@code other}'s. */
    public StackFaults plus(StackFaults other) {
        List<DbDegradation> d = new ArrayList<>(degradations);
        d.addAll(other.degradations);
        List<StackOutage> o = new ArrayList<>(outages);
        o.addAll(other.outages);
        return new StackFaults(d, o, tenants.plus(other.tenants));
    }

    /** Every time at which a degradation starts or ends, ascending. */
    public double[] degradationBoundaries() {
        TreeSet<Double> times = new TreeSet<>();
        for (DbDegradation d : degradations) {
            times.add(d.fromSecond());
            times.add(d.toSecond());
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Share of the DB's cores left at time {@code t} (1: whole). */
    public double cpuAt(double t) {
        double f = 1;
        for (DbDegradation d : degradations) {
            if (t >= d.fromSecond() && t < d.toSecond()) {
                f *= d.cpu();
            }
        }
        return f;
    }

    /** Share of the DB's IOPS left at time {@code t} (1: whole). */
    public double ioAt(double t) {
        double f = 1;
        for (DbDegradation d : degradations) {
            if (t >= d.fromSecond() && t < d.toSecond()) {
                f *= d.io();
            }
        }
        return f;
    }

    /** Whether the stack is down at time {@code t}. */
    public boolean downAt(double t) {
        for (StackOutage o : outages) {
            if (o.covers(t)) {
                return true;
            }
        }
        return false;
    }
}
