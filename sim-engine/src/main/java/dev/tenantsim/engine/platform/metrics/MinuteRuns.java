package dev.tenantsim.engine.platform.metrics;

import java.util.Arrays;

/**
 * A set of minutes as sorted, disjoint runs {@code [start, end)}: a tenant's SLO-violation minutes.
 * Violations come in runs (an overload lasts minutes to hours), so a quarter of them for tens of
 * thousands of tenants stays small where one int per minute would not.
 */
public final class MinuteRuns {
    public static final MinuteRuns EMPTY = new MinuteRuns(new int[0], 0, 0);

    /** {@code [start0, end0, start1, end1, ...]}, starts ascending, runs disjoint and not touching. */
    private final int[] bounds;
    private final int runs;
    private final long count;

    private MinuteRuns(int[] bounds, int runs, long count) {
        this.bounds = bounds;
        this.runs = runs;
        this.count = count;
    }

    /** The minutes of a sorted array of distinct minute indices. */
    public static MinuteRuns ofSorted(int[] sortedMinutes) {
        Builder b = new Builder();
        for (int m : sortedMinutes) {
            b.add(m, 1);
        }
        return b.build();
    }

    /** Minutes in the set. */
    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Number of runs. */
    public int runs() {
        return runs;
    }

    /** Whether any minute of [fromMinute, toMinute) is in the set. */
    public boolean anyIn(int fromMinute, int toMinute) {
        if (fromMinute >= toMinute) {
            return false;
        }
        // first run whose end is after fromMinute
        int lo = 0;
        int hi = runs;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds[2 * mid + 1] <= fromMinute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < runs && bounds[2 * lo] < toMinute;
    }

    /** Adds {@code weight} to {@code perMinute[m]} for every minute m of the set below {@code perMinute.length}. */
    public void addTo(double[] perMinute, double weight) {
        for (int r = 0; r < runs; r++) {
            int to = Math.min(bounds[2 * r + 1], perMinute.length);
            for (int m = bounds[2 * r]; m < to; m++) {
                perMinute[m] += weight;
            }
        }
    }

    /** Every minute, ascending (for small sets and tests). */
    public int[] toArray() {
        int[] out = new int[Math.toIntExact(count)];
        int k = 0;
        for (int r = 0; r < runs; r++) {
            for (int m = bounds[2 * r]; m < bounds[2 * r + 1]; m++) {
                out[k++] = m;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinuteRuns r && runs == r.runs
                && Arrays.equals(bounds, 0, 2 * runs, r.bounds, 0, 2 * r.runs);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < 2 * runs; i++) {
            h = 31 * h + bounds[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return "MinuteRuns[" + count + " minutes in " + runs + " runs]";
    }

    /**
     * Collects minutes in ascending order; a minute that continues the last run extends it (no
     * allocation but the occasional doubling), so a simulation can feed it once per step.
     */
    public static final class Builder {
        private int[] bounds = new int[4];
        private int runs;
        private long count;

        /** Adds minutes [start, start + length); start must not precede the minutes already added. */
        public void add(int start, int length) {
            if (length <= 0) {
                return;
            }
            int end = start + length;
            if (runs > 0) {
                int lastEnd = bounds[2 * runs - 1];
                if (start < lastEnd) {
                    throw new IllegalArgumentException("minute " + start + " precedes or repeats minute " + (lastEnd - 1)
                            + " already added");
                }
                if (start == lastEnd) {
                    bounds[2 * runs - 1] = end;
                    count += length;
                    return;
                }
            }
            if (2 * runs + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * runs] = start;
            bounds[2 * runs + 1] = end;
            runs++;
            count += length;
        }

        public long count() {
            return count;
        }

        public MinuteRuns build() {
            return runs == 0 ? EMPTY : new MinuteRuns(Arrays.copyOf(bounds, 2 * runs), runs, count);
        }
    }
}
