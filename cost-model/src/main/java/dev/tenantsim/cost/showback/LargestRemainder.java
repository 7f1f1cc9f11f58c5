package dev.tenantsim.cost.showback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Splits a whole number of micro-dollars into parts that sum to it exactly (Hamilton's
 * largest-remainder method): each part is first rounded down from its exact share, then the
 * micro-dollars left over go one each to the largest remainders, ties to the lower index. Shares
 * are computed in exact decimal arithmetic, so the result does not depend on floating-point
 * rounding, and a part with weight 0 gets nothing.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * Parts of {@code total} in proportion to {@code weights}.
     *
     * @param total   micro-dollars, >= 0
     * @param weights finite, >= 0, not all 0
     */
    public static long[] split(long total, double[] weights) {
        BigDecimal[] w = new BigDecimal[weights.length];
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "] (" + weights[i] + ") must be a finite number >= 0");
            }
            w[i] = BigDecimal.valueOf(weights[i]);
        }
        return split(total, w);
    }

    /** Parts of {@code total} in proportion to whole-number weights (e.g. micro-dollars). */
    public static long[] split(long total, long[] weights) {
        BigDecimal[] w = new BigDecimal[weights.length];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "] (" + weights[i] + ") must be >= 0");
            }
            w[i] = BigDecimal.valueOf(weights[i]);
        }
        return split(total, w);
    }

    private static long[] split(long total, BigDecimal[] w) {
        if (total < 0) {
            throw new IllegalArgumentException("total (" + total + ") must be >= 0");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : w) {
            sum = sum.add(x);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        BigDecimal t = BigDecimal.valueOf(total);
        long[] parts = new long[w.length];
        BigDecimal[] remainders = new BigDecimal[w.length];
        long given = 0;
        for (int i = 0; i < w.length; i++) {
            BigDecimal exact = t.multiply(w[i]);
            BigDecimal floor = exact.divide(sum, 0, RoundingMode.FLOOR);
            parts[i] = floor.longValueExact();
            remainders[i] = exact.subtract(floor.multiply(sum));
            given += parts[i];
        }
        long left = total - given;
        if (left > 0) {
            Integer[] order = new Integer[w.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = remainders[b].compareTo(remainders[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int k = 0; k < left; k++) {
                parts[order[k]]++;
            }
        }
        return parts;
    }

    /** {@code total} split evenly over {@code n} parts; the left-over micro-dollars go to the lowest indices. */
    public static long[] even(long total, int n) {
        if (total < 0) {
            throw new IllegalArgumentException("total (" + total + ") must be >= 0");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("n (" + n + ") must be > 0");
        }
        long[] parts = new long[n];
        long base = total / n;
        long left = total % n;
        for (int i = 0; i < n; i++) {
            parts[i] = base + (i < left ? 1 : 0);
        }
        return parts;
    }
}
