package dev.tenantsim.cost.showback;

import java.math.BigDecimal;
import java.math.BigInteger;
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
        // Exact integers: every weight scaled by 10^scale (the largest decimal scale among them).
        int scale = 0;
        for (BigDecimal x : w) {
            scale = Math.max(scale, x.scale());
        }
        BigInteger[] wi = new BigInteger[w.length];
        BigInteger sum = BigInteger.ZERO;
        int maxBits = 0;
        for (int i = 0; i < w.length; i++) {
            wi[i] = w[i].setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
            sum = sum.add(wi[i]);
            maxBits = Math.max(maxBits, wi[i].bitLength());
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        long[] parts = new long[w.length];
        long given = 0;
        boolean fitsInLong = sum.bitLength() < 63 && maxBits + (64 - Long.numberOfLeadingZeros(total)) < 63;
        long[] remainders = fitsInLong ? new long[w.length] : null;
        BigInteger[] bigRemainders = fitsInLong ? null : new BigInteger[w.length];
        if (fitsInLong) {
            long s = sum.longValueExact();
            for (int i = 0; i < w.length; i++) {
                long exact = total * wi[i].longValueExact(); // cannot overflow: bit lengths checked above
                parts[i] = exact / s;
                remainders[i] = exact % s;
                given += parts[i];
            }
        } else {
            BigInteger t = BigInteger.valueOf(total);
            for (int i = 0; i < w.length; i++) {
                BigInteger[] qr = t.multiply(wi[i]).divideAndRemainder(sum);
                parts[i] = qr[0].longValueExact();
                bigRemainders[i] = qr[1];
                given += parts[i];
            }
        }
        long left = total - given;
        if (left > 0) {
            Integer[] order = new Integer[w.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = fitsInLong ? Long.compare(remainders[b], remainders[a]) : bigRemainders[b].compareTo(bigRemainders[a]);
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
