package dev.tenantsim.engine.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Che's approximation against an exact LRU cache (a {@link LinkedHashMap} in access order) fed
 * the same kind of reference stream: three tenants with Zipf popularity over their own keys,
 * interleaved by their rates (independent reference model). Tolerance: hit ratios within 2
 * points, per tenant and overall, at three cache sizes.
 */
final class CheCacheTest {
    private static final double[] KEYS = {2_000, 8_000, 20_000};
    private static final double[] SKEW = {1.0, 0.8, 0.6};
    private static final double[] RATE = {5, 3, 2};
    private static final double[] NO_QUOTA = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};

    @Test
    void cheAgreesWithAnExactLruSimulationAtThreeCacheSizes() {
        for (int capacity : new int[] {500, 3_000, 12_000}) {
            double[] che = new double[3];
            new CheCache(KEYS, SKEW, RATE, NO_QUOTA).solve(capacity, che);
            double[] lru = ExactLru.hitRatios(KEYS, SKEW, RATE, capacity, 0, 3_000_000, 42);
            double cheAll = 0;
            double lruAll = 0;
            for (int t = 0; t < 3; t++) {
                cheAll += che[t] * RATE[t] / 10;
                lruAll += lru[t] * RATE[t] / 10;
            }
            System.out.printf("che vs exact LRU, %d items: %.4f/%.4f %.4f/%.4f %.4f/%.4f, all %.4f/%.4f%n", capacity,
                    che[0], lru[0], che[1], lru[1], che[2], lru[2], cheAll, lruAll);
            for (int t = 0; t < 3; t++) {
                assertEquals(lru[t], che[t], 0.02, "tenant " + t + " at " + capacity + " items");
            }
            assertEquals(lruAll, cheAll, 0.02, "overall at " + capacity + " items");
        }
    }

    @Test
    void aScanAsOneTimeReferencesAgreesWithLruAndEvictsTheOthers() {
        // Tenant 0 also scans at 4 refs/s: 40% of all references are one-time pages.
        double[] quiet = new double[3];
        new CheCache(KEYS, SKEW, RATE, NO_QUOTA).solve(3_000, quiet);
        CheCache scanned = new CheCache(KEYS, SKEW, RATE, NO_QUOTA);
        scanned.setScan(0, 4, 1e12);
        double[] che = new double[3];
        scanned.solve(3_000, che);
        double[] lru = ExactLru.hitRatios(KEYS, SKEW, RATE, 3_000, 4, 3_000_000, 7);
        for (int t = 0; t < 3; t++) {
            System.out.printf("scan: tenant %d hit %.4f -> %.4f (exact LRU %.4f)%n", t, quiet[t], che[t], lru[t]);
            assertEquals(lru[t], che[t], 0.02, "tenant " + t + " during the scan");
            assertTrue(che[t] < quiet[t] - 0.03, "the scan evicts tenant " + t + "'s pages");
        }
    }

    @Test
    void aQuotaCapsTheScannerAndProtectsTheOthers() {
        double[] quota = {300, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        CheCache free = new CheCache(KEYS, SKEW, RATE, NO_QUOTA);
        CheCache capped = new CheCache(KEYS, SKEW, RATE, quota);
        free.setScan(0, 20, 1e12);
        capped.setScan(0, 20, 1e12);
        double[] h = new double[3];
        double[] q = new double[3];
        free.solve(3_000, h);
        double tc = capped.solve(3_000, q);
        assertEquals(300, capped.occupancy(0, capped.characteristicTime(0)), 1e-6, "the scanner holds exactly its quota");
        assertEquals(2_700, capped.occupancy(1, tc) + capped.occupancy(2, tc), 1e-6, "the others share the rest");
        double[] lru = ExactLru.hitRatiosWithQuota(KEYS, SKEW, RATE, 3_000, 20, 300, 2_000_000, 11);
        for (int t = 1; t < 3; t++) {
            System.out.printf("quota: tenant %d hit %.4f without, %.4f with (exact LRU %.4f)%n", t, h[t], q[t], lru[t]);
            assertTrue(q[t] > h[t] + 0.05, "the quota protects tenant " + t);
            assertEquals(lru[t], q[t], 0.02, "tenant " + t + " with the scanner's quota");
        }
    }

    @Test
    void twoHundredIsolatedCachesHitLessThanOneSharedCacheOfTheSameTotalSize() {
        int n = 200;
        double[] keys = new double[n];
        double[] skew = new double[n];
        double[] rate = new double[n];
        double[] quota = new double[n];
        for (int t = 0; t < n; t++) {
            keys[t] = 1_000 + 200 * (t % 50) * (t % 7); // uneven working sets, 1,000 .. 60,000 keys
            skew[t] = 0.8;
            rate[t] = 1 + t % 13; // uneven traffic
            quota[t] = Double.POSITIVE_INFINITY;
        }
        double total = 0;
        double isolated = 0;
        double perCache = 200; // items each
        for (int t = 0; t < n; t++) {
            double[] h = new double[1];
            new CheCache(new double[] {keys[t]}, new double[] {skew[t]}, new double[] {rate[t]}, new double[] {quota[t]})
                    .solve(perCache, h);
            isolated += h[0] * rate[t];
            total += rate[t];
        }
        double[] hs = new double[n];
        new CheCache(keys, skew, rate, quota).solve(perCache * n, hs);
        double shared = 0;
        for (int t = 0; t < n; t++) {
            shared += hs[t] * rate[t];
        }
        System.out.printf("200 isolated caches hit %.4f, one shared cache %.4f%n", isolated / total, shared / total);
        assertTrue(shared / total > isolated / total + 0.01, "pooling the memory serves the hot keys of busy tenants");
    }

    @Test
    void solvesTwelveThousandTenantsOfAMillionKeysQuickly() {
        int n = 12_000;
        double[] keys = new double[n];
        double[] skew = new double[n];
        double[] rate = new double[n];
        double[] quota = new double[n];
        for (int t = 0; t < n; t++) {
            keys[t] = 1e6;
            skew[t] = 0.7 + 0.3 * (t % 5) / 4;
            rate[t] = 1 + t % 11;
            quota[t] = Double.POSITIVE_INFINITY;
        }
        long t0 = System.nanoTime();
        CheCache c = new CheCache(keys, skew, rate, quota);
        double[] h = new double[n];
        double tc = c.solve(0.05 * n * 1e6, h);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double occupied = 0;
        for (int t = 0; t < n; t++) {
            occupied += c.occupancy(t, tc);
        }
        System.out.printf("12,000 tenants x 1e6 keys: solved in %.2f s, T_C %.3f s, hit of tenant 0 %.3f%n", seconds, tc, h[0]);
        assertEquals(0.05 * n * 1e6, occupied, 1e-6 * occupied, "T_C fills the cache");
        assertTrue(seconds < 10, "solved in seconds: " + seconds);
    }

    @Test
    void everythingThatFitsHitsAndBadInputIsRefused() {
        double[] h = new double[3];
        double tc = new CheCache(KEYS, SKEW, RATE, NO_QUOTA).solve(30_000, h);
        assertEquals(Double.POSITIVE_INFINITY, tc);
        assertEquals(1, h[0]);
        assertThrows(IllegalArgumentException.class, () -> new CheCache(KEYS, new double[] {0, 1, 1}, RATE, NO_QUOTA));
        assertThrows(IllegalArgumentException.class, () -> new CheCache(KEYS, SKEW, new double[] {Double.NaN, 1, 1}, NO_QUOTA));
        assertThrows(IllegalArgumentException.class, () -> new CheCache(KEYS, SKEW, RATE, NO_QUOTA).solve(-1, h));
        assertThrows(IllegalArgumentException.class, () -> new CacheSpec(-1, 4096));
        assertThrows(IllegalArgumentException.class, () -> new DataAccess(1e9, Double.NaN, Double.POSITIVE_INFINITY));
    }

    /** An exact LRU cache fed a sampled reference stream: the independent computation. */
    static final class ExactLru {
        private ExactLru() {
        }

        static double[] hitRatios(double[] keys, double[] skew, double[] rate, int capacity, double scanRate,
                                  int references, long seed) {
            return hitRatiosWithQuota(keys, skew, rate, capacity, scanRate, Integer.MAX_VALUE, references, seed);
        }

        /**
         * Tenant 0 may scan (one-time references at {@code scanRate}) and hold at most {@code quota0}
         * entries (its own least recently used entry goes first when it is at its quota).
         */
        static double[] hitRatiosWithQuota(double[] keys, double[] skew, double[] rate, int capacity, double scanRate,
                                           int quota0, int references, long seed) {
            int n = keys.length;
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            double[][] cdf = new double[n][];
            for (int t = 0; t < n; t++) {
                int k = (int) keys[t];
                cdf[t] = new double[k];
                double s = 0;
                for (int r = 1; r <= k; r++) {
                    s += Math.pow(r, -skew[t]);
                    cdf[t][r - 1] = s;
                }
                for (int r = 0; r < k; r++) {
                    cdf[t][r] /= s;
                }
            }
            double totalRate = scanRate;
            for (double r : rate) {
                totalRate += r;
            }
            LinkedHashMap<Long, Boolean> cache = new LinkedHashMap<>(capacity * 2, 0.75f, true);
            LinkedHashMap<Long, Boolean> own0 = new LinkedHashMap<>(16, 0.75f, true); // tenant 0's entries, for its quota
            long scanKey = 0;
            long[] hits = new long[n];
            long[] lookups = new long[n];
            int warmup = references / 5;
            for (int i = 0; i < references; i++) {
                double u = rng.nextDouble() * totalRate;
                int t = -1;
                for (int k = 0; k < n; k++) {
                    if (u < rate[k]) {
                        t = k;
                        break;
                    }
                    u -= rate[k];
                }
                long key;
                int owner;
                if (t < 0) {
                    owner = 0;
                    key = (1L << 60) + scanKey++;
                } else {
                    owner = t;
                    int idx = java.util.Arrays.binarySearch(cdf[t], rng.nextDouble());
                    int rank = idx >= 0 ? idx : -idx - 1;
                    key = ((long) t << 40) + rank;
                }
                boolean hit = cache.get(key) != null;
                if (owner == 0) {
                    own0.get(key);
                }
                if (t >= 0 && i >= warmup) {
                    lookups[t]++;
                    hits[t] += hit ? 1 : 0;
                }
                if (!hit) {
                    if (owner == 0 && own0.size() >= quota0) {
                        Long victim = own0.keySet().iterator().next();
                        own0.remove(victim);
                        cache.remove(victim);
                    }
                    cache.put(key, Boolean.TRUE);
                    if (owner == 0) {
                        own0.put(key, Boolean.TRUE);
                    }
                    if (cache.size() > capacity) {
                        Iterator<Map.Entry<Long, Boolean>> it = cache.entrySet().iterator();
                        Long victim = it.next().getKey();
                        it.remove();
                        own0.remove(victim);
                    }
                }
            }
            double[] out = new double[n];
            for (int t = 0; t < n; t++) {
                out[t] = (double) hits[t] / lookups[t];
            }
            return out;
        }
    }
}
