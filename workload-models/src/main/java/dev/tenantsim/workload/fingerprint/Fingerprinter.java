package dev.tenantsim.workload.fingerprint;

import dev.tenantsim.workload.Signature;

/**
 * Fingerprints of signatures over a horizon: fills blocks of {@value #BLOCK} minutes for every
 * tenant with {@link Signature#fillRates} and streams them into a {@link FingerprintAccumulator}.
 * Memory: the accumulator plus one block (tenants × 64 doubles).
 */
public final class Fingerprinter {
    /** Minutes per block: small enough that a block of 12,000 tenants (6 MB) stays in cache. */
    public static final int BLOCK = 64;

    private Fingerprinter() {
    }

    /**
     * @param signatures       by dense tenant index
     * @param horizonMinutes   minutes from minute 0
     * @param startMinuteOfDay clock minute of day of minute 0 (for the diurnal phase)
     */
    public static Fingerprint[] compute(Signature[] signatures, int horizonMinutes, int startMinuteOfDay) {
        FingerprintAccumulator acc = new FingerprintAccumulator(signatures.length, horizonMinutes, startMinuteOfDay);
        int block = Math.min(BLOCK, horizonMinutes);
        double[] rates = new double[signatures.length * block];
        for (int from = 0; from < horizonMinutes; from += block) {
            int len = Math.min(block, horizonMinutes - from);
            for (int t = 0; t < signatures.length; t++) {
                signatures[t].fillRates(from, rates, t * len, len);
                acc.acceptRow(t, from, len, rates, t * len);
            }
            acc.endBlock(from, len, rates);
        }
        return acc.finish();
    }
}
