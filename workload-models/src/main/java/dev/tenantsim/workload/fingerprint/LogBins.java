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

    static int bin(double x) {
        int e = Math.getExponent(x);
        if (e < MIN_EXP || !(x > 0)) {
            return 0;
        }
        if (e >= MIN_EXP + OCTAVES) {
            return OVERFLOW;
        }
        int sub = (int) (Double.doubleToRawLongBits(x) >>> 48) & (SUB - 1);
        return 1 + (e - MIN_EXP) * SUB + sub;
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
