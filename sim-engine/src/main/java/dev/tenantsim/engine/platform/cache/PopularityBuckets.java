package dev.tenantsim.engine.platform.cache;

/**
 * A tenant's keys ranked by popularity (Zipf: the key of rank r gets a share ∝ r^−α of the
 * tenant's lookups), grouped into buckets: ranks 1..{@value #SINGLE} one by one, then ranks grouped
 * geometrically (each bucket {@value #RATIO} times the last), so a million keys are about 60
 * buckets. A bucket's share is the sum of its ranks' r^−α (exact for small buckets, by the
 * midpoint integral ∫_{a−½}^{b+½} x^−α dx for wide ones), divided by the sum over every rank.
 */
final class PopularityBuckets {
    static final int SINGLE = 16;
    static final double RATIO = 1.15;
    private static final int EXACT_WIDTH = 32;

    private final double[] keys;
    private final double[] share;
    private final double total;

    private PopularityBuckets(double[] keys, double[] share, double total) {
        this.keys = keys;
        this.share = share;
        this.total = total;
    }

    /** Zipf popularity with exponent {@code alpha} over {@code keyCount} keys (rounded, at least 1). */
    static PopularityBuckets zipf(double keyCount, double alpha) {
        if (!(keyCount >= 1) || Double.isInfinite(keyCount)) {
            throw new IllegalArgumentException("working set (" + keyCount + " keys) must be finite and >= 1");
        }
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("access skew alpha (" + alpha + ") must be finite and > 0");
        }
        long nKeys = Math.round(keyCount);
        int cap = SINGLE + 2 + (int) Math.ceil(Math.log(Math.max(1, nKeys)) / Math.log(RATIO));
        double[] k = new double[cap];
        double[] w = new double[cap];
        int b = 0;
        long a = 1;
        double sum = 0;
        while (a <= nKeys) {
            long last = a <= SINGLE ? a : Math.min(nKeys, (long) Math.floor(a * RATIO));
            last = Math.max(last, a);
            k[b] = last - a + 1;
            w[b] = mass(a, last, alpha);
            sum += w[b];
            b++;
            a = last + 1;
        }
        double[] keys = java.util.Arrays.copyOf(k, b);
        double[] share = new double[b];
        for (int i = 0; i < b; i++) {
            share[i] = w[i] / sum;
        }
        return new PopularityBuckets(keys, share, nKeys);
    }

    /** Σ_{r=a}^{b} r^−α. */
    static double mass(long a, long b, double alpha) {
        if (b - a < EXACT_WIDTH) {
            double s = 0;
            for (long r = a; r <= b; r++) {
                s += Math.pow(r, -alpha);
            }
            return s;
        }
        double lo = a - 0.5;
        double hi = b + 0.5;
        if (Math.abs(alpha - 1) < 1e-12) {
            return Math.log(hi / lo);
        }
        return (Math.pow(hi, 1 - alpha) - Math.pow(lo, 1 - alpha)) / (1 - alpha);
    }

    int size() {
        return keys.length;
    }

    double keys(int bucket) {
        return keys[bucket];
    }

    double share(int bucket) {
        return share[bucket];
    }

    double totalKeys() {
        return total;
    }
}
