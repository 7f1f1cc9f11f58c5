package dev.tenantsim.engine.platform.cache;

import java.util.Arrays;

/**
 * The one cache model: an LRU cache of {@code capacity} items shared by tenants, each looking up
 * its own keys with Zipf popularity (independent reference model), by Che's approximation
 * (Che, Tung and Wang 2002; Fricker, Robert and Roberts 2012). Every item is in the cache for the
 * characteristic time T_C after its last reference, and T_C fills the cache:
 * Σ_keys (1 − e^{−λ_k T_C}) + Σ_scans s·T_C = capacity. A tenant's hit ratio is then
 * Σ_k p_k (1 − e^{−λ_k T_C}) over its keys, p_k the share of its lookups on key k.
 *
 * <p>Keys are aggregated into popularity buckets ({@link PopularityBuckets}: the hottest ranks
 * one by one, then ranks grouped geometrically), so 12,000 tenants of a million keys each are
 * about 60 buckets apiece. A <em>scan</em> (an export reading its data) is a stream of one-time
 * references at its page rate: it holds s·T_C items (at most the pages it reads) and never hits.
 * A tenant's <em>quota</em> (most items it may hold) caps it: a tenant whose share at the shared
 * T_C exceeds its quota is evicted among its own items at its own T_i, which fills exactly its
 * quota, and leaves the rest of the cache to the others.
 *
 * <p>T_C is found by bisection on log T within a bracket grown from below, so it is robust for any
 * mix of rates; it is +∞ when everything referenced fits. Set-up allocates; {@link #solve} does not.
 */
public final class CheCache {
    private static final int MAX_ITERATIONS = 200;
    private static final double REL_TOLERANCE = 1e-10;

    private final int n;
    private final int[] start;       // tenant t's buckets are start[t] .. start[t+1]-1
    private final double[] keys;     // keys in the bucket
    private final double[] rate;     // lookups/s of one key of the bucket
    private final double[] share;    // the bucket's share of its tenant's lookups
    private final double[] quota;    // most items tenant t may hold (+inf: none)
    private final double[] scanRate; // one-time references/s of tenant t's running scans
    private final double[] scanPages; // pages those scans read in all (their occupancy's ceiling)
    private final double[] totalKeys;
    private final boolean[] capped;
    private final double[] tenantT;  // the characteristic time tenant t's items see

    /**
     * @param keysOf   keys of each tenant (≥ 1)
     * @param skewOf   Zipf exponent α of each tenant (> 0)
     * @param ratesOf  lookups/s of each tenant (≥ 0)
     * @param quotaOf  most items each tenant may hold (+∞ for no quota; > 0)
     */
    public CheCache(double[] keysOf, double[] skewOf, double[] ratesOf, double[] quotaOf) {
        n = keysOf.length;
        if (skewOf.length != n || ratesOf.length != n || quotaOf.length != n) {
            throw new IllegalArgumentException("keys, skew, rates and quotas (" + n + ", " + skewOf.length + ", "
                    + ratesOf.length + ", " + quotaOf.length + ") must have one entry per tenant");
        }
        start = new int[n + 1];
        PopularityBuckets[] b = new PopularityBuckets[n];
        for (int t = 0; t < n; t++) {
            if (!(ratesOf[t] >= 0) || Double.isInfinite(ratesOf[t])) {
                throw new IllegalArgumentException("tenant " + t + " lookup rate (" + ratesOf[t] + ") must be finite and >= 0");
            }
            if (!(quotaOf[t] > 0)) {
                throw new IllegalArgumentException("tenant " + t + " cache quota (" + quotaOf[t] + ") must be > 0 items");
            }
            b[t] = PopularityBuckets.zipf(keysOf[t], skewOf[t]);
            start[t + 1] = start[t] + b[t].size();
        }
        int total = start[n];
        keys = new double[total];
        rate = new double[total];
        share = new double[total];
        totalKeys = new double[n];
        for (int t = 0; t < n; t++) {
            for (int k = 0; k < b[t].size(); k++) {
                int i = start[t] + k;
                keys[i] = b[t].keys(k);
                share[i] = b[t].share(k);
                rate[i] = ratesOf[t] * share[i] / keys[i];
            }
            totalKeys[t] = ratesOf[t] > 0 ? b[t].totalKeys() : 0; // keys never looked up are never cached
        }
        quota = quotaOf.clone();
        scanRate = new double[n];
        scanPages = new double[n];
        capped = new boolean[n];
        tenantT = new double[n];
    }

    public int tenants() {
        return n;
    }

    /** Tenant t now runs scans at {@code pagesPerSecond} one-time references reading {@code pages} in all (0, 0: none). */
    public void setScan(int t, double pagesPerSecond, double pages) {
        if (!(pagesPerSecond >= 0) || !(pages >= 0) || Double.isInfinite(pagesPerSecond)) {
            throw new IllegalArgumentException("scan of tenant " + t + " (" + pagesPerSecond + " pages/s, " + pages
                    + " pages) must be finite and >= 0");
        }
        scanRate[t] = pagesPerSecond;
        scanPages[t] = pages;
    }

    /**
     * Solves the cache of {@code capacity} items and writes each tenant's hit ratio into
     * {@code hitOut}; returns the shared characteristic time T_C (seconds; +∞ when all fits).
     */
    public double solve(double capacity, double[] hitOut) {
        if (!(capacity >= 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException("cache capacity (" + capacity + ") must be finite and >= 0 items");
        }
        Arrays.fill(capped, false);
        double shared = capacity;
        double tc;
        while (true) {
            tc = fill(shared, -1);
            boolean more = false;
            for (int t = 0; t < n; t++) {
                if (!capped[t] && quota[t] < Double.POSITIVE_INFINITY && occupancy(t, tc) > quota[t] * (1 + 1e-12)) {
                    capped[t] = true;
                    shared -= quota[t];
                    more = true;
                }
            }
            if (!more) {
                break;
            }
            shared = Math.max(0, shared);
        }
        for (int t = 0; t < n; t++) {
            tenantT[t] = capped[t] ? fill(quota[t], t) : tc;
            hitOut[t] = hitRatio(t, tenantT[t]);
        }
        return tc;
    }

    /** The characteristic time tenant t's items saw in the last {@link #solve}. */
    public double characteristicTime(int t) {
        return tenantT[t];
    }

    /** Items tenant t holds at characteristic time {@code tc}: its keys' presence plus its scans' pages. */
    public double occupancy(int t, double tc) {
        if (tc == Double.POSITIVE_INFINITY) {
            return totalKeys[t] + (scanRate[t] > 0 ? scanPages[t] : 0);
        }
        double o = 0;
        for (int i = start[t]; i < start[t + 1]; i++) {
            o += keys[i] * -Math.expm1(-rate[i] * tc);
        }
        return o + Math.min(scanRate[t] * tc, scanPages[t]);
    }

    /** Tenant t's hit ratio at characteristic time {@code tc}. */
    public double hitRatio(int t, double tc) {
        if (tc == Double.POSITIVE_INFINITY) {
            return 1;
        }
        double h = 0;
        for (int i = start[t]; i < start[t + 1]; i++) {
            h += share[i] * -Math.expm1(-rate[i] * tc);
        }
        return Math.min(1, h);
    }

    /** Occupancy of the uncapped tenants (only, or only tenant {@code only} if ≥ 0). */
    private double occupancyOf(int only, double tc) {
        if (only >= 0) {
            return occupancy(only, tc);
        }
        double o = 0;
        for (int t = 0; t < n; t++) {
            if (!capped[t]) {
                o += occupancy(t, tc);
            }
        }
        return o;
    }

    /** The T at which the uncapped tenants (or tenant {@code only}) fill {@code capacity}; +∞ when all fits. */
    private double fill(double capacity, int only) {
        if (occupancyOf(only, Double.POSITIVE_INFINITY) <= capacity) {
            return Double.POSITIVE_INFINITY;
        }
        if (capacity <= 0) {
            return 0;
        }
        double hi = 1e-9;
        double lo = 0;
        while (occupancyOf(only, hi) < capacity) {
            lo = hi;
            hi *= 16;
            if (hi > 1e300) {
                return Double.POSITIVE_INFINITY;
            }
        }
        if (lo == 0) {
            lo = hi / 1e12; // occupancy is ~linear near 0: far below capacity there
        }
        // Newton's method on occupancy(T) = capacity, kept inside the bracket (bisection on log T
        // whenever a Newton step would leave it): a handful of passes over the buckets.
        double x = Math.sqrt(lo * hi);
        for (int it = 0; it < MAX_ITERATIONS && hi - lo > REL_TOLERANCE * hi; it++) {
            double f = occupancyAndSlope(only, x) - capacity;
            if (Math.abs(f) <= REL_TOLERANCE * capacity) {
                return x;
            }
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = slope > 0 ? x - f / slope : Double.NaN;
            x = next > lo && next < hi ? next : Math.sqrt(lo * hi);
        }
        return x;
    }

    private double slope;

    /** Occupancy at T (as {@link #occupancyOf}), leaving its derivative dO/dT in {@link #slope}. */
    private double occupancyAndSlope(int only, double tc) {
        double o = 0;
        double d = 0;
        for (int t = only >= 0 ? only : 0; t < (only >= 0 ? only + 1 : n); t++) {
            if (only < 0 && capped[t]) {
                continue;
            }
            for (int i = start[t]; i < start[t + 1]; i++) {
                double e = Math.exp(-rate[i] * tc);
                o += keys[i] * (1 - e);
                d += keys[i] * rate[i] * e;
            }
            if (scanRate[t] * tc < scanPages[t]) {
                o += scanRate[t] * tc;
                d += scanRate[t];
            } else {
                o += scanPages[t];
            }
        }
        slope = d;
        return o;
    }
}
