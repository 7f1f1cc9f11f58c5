package dev.tenantsim.workload.generator;

import dev.tenantsim.workload.CounterHash;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Poisson counts from one 64-bit hash, so a realised count is a pure function of
 * (seed, tenant, minute).
 *
 * <p>Mean below {@value #INVERSION_LIMIT}: Walker/Vose alias tables of Poisson(j/64) for
 * j = 0..768 (64 columns each; the tail beyond 63, below 1e−20, joins column 63), and the draw is
 * from the mixture of the two grid means around the requested one, weighted so the mean is exact
 * (the variance exceeds the Poisson variance by at most (1/64)²/4 = 6e−5). Branch-free and
 * constant-time: 16 bits of the hash pick the grid mean, 6 the column, 32 the alias coin.
 * From {@value #INVERSION_LIMIT} up: the Cornish–Fisher expansion of the Poisson quantile,
 * x = m + √m z + (z² − 1)/6 + (z³ − 7z)/(72√m), rounded to the nearest integer, with the normal
 * quantile z read from a 4096-point table of Φ⁻¹ at bin midpoints (12 bits of the hash). The
 * correction terms have mean 0, so the mean is exact; the variance is within 1% of the mean and the
 * skewness 1/√m is reproduced to first order (CDF error about 1e−3 at m = 12). Constant time.
 */
public final class HashedPoisson {
    static final double INVERSION_LIMIT = 12;
    private static final int TABLE_BITS = 12;
    private static final double[] NORMAL = new double[1 << TABLE_BITS];

    static {
        NormalDistribution n = new NormalDistribution(null, 0, 1);
        for (int i = 0; i < NORMAL.length; i++) {
            NORMAL[i] = n.inverseCumulativeProbability((i + 0.5) / NORMAL.length);
        }
    }

    private HashedPoisson() {
    }

    /** A Poisson(mean) count from hash {@code h}. */
    public static long sample(double mean, long h) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < INVERSION_LIMIT) {
            double g = mean * GRID;
            int j = (int) g;
            // mixture of the two neighbouring grid means, weights making the mean exact
            int table = j + ((h & 0xFFFF) * 0x1p-16 < g - j ? 1 : 0);
            int column = (int) (h >>> 16) & (COLUMNS - 1);
            int idx = (table << COLUMN_BITS) + column;
            return (h >>> 32) * 0x1p-32 < PROB[idx] ? column : ALIAS[idx];
        }
        double z = NORMAL[(int) (h >>> (64 - TABLE_BITS))];
        double root = Math.sqrt(mean);
        double x = mean + root * z + (z * z - 1) * (1.0 / 6) + (z * z * z - 7 * z) / (72 * root);
        return Math.max(0, (long) Math.floor(x + 0.5));
    }

    private static final int GRID = 64;
    private static final int COLUMN_BITS = 6;
    private static final int COLUMNS = 1 << COLUMN_BITS;
    private static final float[] PROB;
    private static final byte[] ALIAS;

    static {
        int tables = (int) (INVERSION_LIMIT * GRID) + 1;
        PROB = new float[tables * COLUMNS];
        ALIAS = new byte[tables * COLUMNS];
        double[] q = new double[COLUMNS];
        int[] small = new int[COLUMNS];
        int[] large = new int[COLUMNS];
        for (int j = 0; j < tables; j++) {
            double m = (double) j / GRID;
            double p = Math.exp(-m);
            double total = 0;
            for (int k = 0; k < COLUMNS; k++) {
                q[k] = p;
                total += p;
                p *= m / (k + 1);
            }
            q[COLUMNS - 1] += Math.max(0, 1 - total); // the tail (< 1e-20 at m = 12) joins the last column
            int ns = 0;
            int nl = 0;
            for (int k = 0; k < COLUMNS; k++) {
                q[k] *= COLUMNS;
                if (q[k] < 1) {
                    small[ns++] = k;
                } else {
                    large[nl++] = k;
                }
            }
            int base = j * COLUMNS;
            while (ns > 0 && nl > 0) {
                int s = small[--ns];
                int l = large[--nl];
                PROB[base + s] = (float) q[s];
                ALIAS[base + s] = (byte) l;
                q[l] = q[l] + q[s] - 1;
                if (q[l] < 1) {
                    small[ns++] = l;
                } else {
                    large[nl++] = l;
                }
            }
            while (nl > 0) {
                int l = large[--nl];
                PROB[base + l] = 1.1f;
                ALIAS[base + l] = (byte) l;
            }
            while (ns > 0) {
                int s = small[--ns];
                PROB[base + s] = 1.1f;
                ALIAS[base + s] = (byte) s;
            }
        }
    }
}
