package dev.tenantsim.workload.fingerprint;

/**
 * A fixed log-scale binning of rates for percentiles: 16 linear sub-bins per power of two from
 * 2^−16 (≈1.5e−5 req/s) to 2^16 (65,536 req/s), plus bin 0 for everything below (including 0) and
 * one overflow bin. Computed from the double's bits (no log). A value reported as its bin's
 * midpoint is within 1/32 of an octave's base: relative error ≤ 3.2% over the covered range.
 */
final class LogBins {
    static final int MIN_EXP = -16;
    static final int OCTAVES = 32;
    static final int SUB = 16;
    static final int COUNT = 2 + OCTAVES * SUB;
    static final int OVERFLOW = COUNT - 1;

    private LogBins() {
    }

    /** Bits 63..48 of 2^MIN_EXP: sign 0, biased exponent, 4 mantissa bits 0. */
    private static final int FIRST = (MIN_EXP + 1023) << 4;

    /**
     * The top 16 bits of a non-negative double (exponent and 4 mantissa bits) grow with its
     * value, so the bin is a shift and a clamp: no branch, no log.
     */
    static int bin(double x) {
        int top = (int) (Double.doubleToRawLongBits(x) >>> 48);
        return Math.min(Math.max(top - FIRST + 1, 0), OVERFLOW);
    }

    /** The midpoint of a bin (0 for bin 0, +∞ for overflow). */
    static double value(int bin) {
        if (bin == 0) {
            return 0;
        }
        if (bin == OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        int e = (bin - 1) / SUB + MIN_EXP;
        int sub = (bin - 1) % SUB;
        return Math.scalb(1 + (sub + 0.5) / SUB, e);
    }
}
