package dev.tenantsim.workload.generator;

/**
 * A multiplicative factor on a tenant's rate, one per (generator, tenant). The composite signature
 * multiplies a base rate by every modifier; modifiers that modulate (diurnal, weekly, bursts) have
 * mean 1 over their period so the base rate stays the long-run mean.
 */
public interface RateModifier {
    /** Multiplies {@code out[offset .. offset+length)} by the factors of minutes {@code fromMinute ..}. */
    void apply(int fromMinute, double[] out, int offset, int length);

    /** The factor at one minute (random access; may cost more than one step of {@link #apply}). */
    default double factor(int minute) {
        double[] one = {1.0};
        apply(minute, one, 0, 1);
        return one[0];
    }
}
