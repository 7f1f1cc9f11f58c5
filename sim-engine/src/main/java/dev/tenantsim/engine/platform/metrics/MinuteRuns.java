package dev.tenantsim.engine.platform.metrics;

import java.util.Arrays;

/**
 * A set of minutes: a tenant's SLO-violation minutes. Kept as sorted, disjoint runs
 * {@code [start, end)} while that is smaller (violations mostly come in runs: an overload lasts
 * minutes to hours), as a bitmap of the span when the minutes are scattered, so a quarter of them
 * for tens of thousands of tenants stays small either way: at most two ints per run, at most one
 * bit per minute of the span.
 */
public final class MinuteRuns {
    public static final MinuteRuns EMPTY = new MinuteRuns(new int[0], 0, null, 0);

    /** Runs form: {@code [start0, end0, start1, end1, ...]}, starts ascending, not touching; null in bitmap form. */
    private final int[] bounds;
    private final int runs;
    /** Bitmap form: bit m set when minute m is in the set; null in runs form. */
    private final long[] bits;
    private final long count;

    private MinuteRuns(int[] bounds, int runs, long[] bits, long count) {
        this.bounds = bounds;
        this.runs = runs;
        this.bits = bits;
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

    /** Whether any minute of [fromMinute, toMinute) is in the set. */
    public boolean anyIn(int fromMinute, int toMinute) {
        if (fromMinute >= toMinute || count == 0) {
            return false;
        }
        if (bits != null) {
            int from = Math.max(0, fromMinute);
            int to = Math.min(toMinute, bits.length * 64);
            for (int m = from; m < to; ) {
                int w = m >>> 6;
                long word = bits[w] & (-1L << (m & 63));
                int wordEnd = (w + 1) << 6;
                if (to < wordEnd) {
                    word &= (1L << (to & 63)) - 1;
                }
                if (word != 0) {
                    return true;
                }
                m = wordEnd;
            }
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
        if (bits != null) {
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    int m = (w << 6) + Long.numberOfTrailingZeros(word);
                    if (m < perMinute.length) {
                        perMinute[m] += weight;
                    }
                    word &= word - 1;
                }
            }
            return;
        }
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
        if (bits != null) {
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                }
            }
            return out;
        }
        for (int r = 0; r < runs; r++) {
            for (int m = bounds[2 * r]; m < bounds[2 * r + 1]; m++) {
                out[k++] = m;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MinuteRuns r) || count != r.count) {
            return false;
        }
        if (bits == null && r.bits == null) {
            return runs == r.runs && Arrays.equals(bounds, 0, 2 * runs, r.bounds, 0, 2 * r.runs);
        }
        return Arrays.equals(toArray(), r.toArray());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toArray());
    }

    @Override
    public String toString() {
        return "MinuteRuns[" + count + " minutes" + (bits == null ? " in " + runs + " runs]" : ", scattered]");
    }

    /**
     * Collects minutes in ascending order; a minute that continues the last run extends it, so a
     * simulation can feed it once per step without allocating but the occasional doubling. Given
     * the span, it turns into a bitmap of the span once runs would take more room.
     */
    public static final class Builder {
        private final int spanMinutes;
        private int[] bounds = new int[4];
        private int runs;
        private long[] bits;
        private int last = -1;
        private long count;

        /** Without a known span: runs only. */
        public Builder() {
            this(0);
        }

        /** Minutes will lie in [0, spanMinutes); 0 if unknown. */
        public Builder(int spanMinutes) {
            this.spanMinutes = spanMinutes;
        }

        /** Adds minutes [start, start + length); start must not precede the minutes already added. */
        public void add(int start, int length) {
            if (length <= 0) {
                return;
            }
            if (start <= last) {
                throw new IllegalArgumentException("minute " + start + " precedes or repeats minute " + last
                        + " already added");
            }
            int end = start + length;
            if (bits != null) {
                if (end > spanMinutes) {
                    throw new IllegalArgumentException("minute " + (end - 1) + " is outside the span of " + spanMinutes);
                }
                for (int m = start; m < end; m++) {
                    bits[m >>> 6] |= 1L << (m & 63);
                }
            } else if (runs > 0 && start == last + 1) {
                bounds[2 * runs - 1] = end;
            } else {
                if (2 * runs + 2 > bounds.length) {
                    if (spanMinutes > 0 && (long) runs * 64 >= spanMinutes) {
                        toBits();
                        add(start, length);
                        return;
                    }
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * runs] = start;
                bounds[2 * runs + 1] = end;
                runs++;
            }
            last = end - 1;
            count += length;
        }

        private void toBits() {
            bits = new long[(spanMinutes + 63) >>> 6];
            for (int r = 0; r < runs; r++) {
                for (int m = bounds[2 * r]; m < bounds[2 * r + 1]; m++) {
                    bits[m >>> 6] |= 1L << (m & 63);
                }
            }
            bounds = null;
        }

        public long count() {
            return count;
        }

        /** The set; call once, when every minute has been added. */
        public MinuteRuns build() {
            if (count == 0) {
                return EMPTY;
            }
            return bits != null ? new MinuteRuns(null, 0, bits, count)
                    : new MinuteRuns(Arrays.copyOf(bounds, 2 * runs), runs, null, count);
        }
    }
}
