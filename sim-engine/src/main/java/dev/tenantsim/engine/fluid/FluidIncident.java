package dev.tenantsim.engine.fluid;

/**
 * An incident the fluid pass found on one stack (docs/metrics.md): at least {@link #MIN_MINUTES}
 * consecutive minutes in which at least {@link #MIN_SHARE} of the stack's tenants were in SLO
 * violation at once (fluid approximation of the per-minute judgement).
 *
 * @param stack stack index
 * @param startMinute first minute (0-based from the horizon start)
 * @param lengthMinutes duration
 * @param peakShare highest share of the stack's tenants in violation in one step of it
 * @param aggressor dense tenant index of the tenant that put the most work on the stack during it
 * @param affected dense tenant indices with at least one violation step during it, the aggressor excluded
 */
public record FluidIncident(int stack, int startMinute, int lengthMinutes, double peakShare, int aggressor,
                            int[] affected) {
    /** Share of a stack's tenants in violation at once that makes a minute part of an incident. */
    public static final double MIN_SHARE = 0.05;
    /** Shortest incident, minutes. */
    public static final int MIN_MINUTES = 5;

    public FluidIncident {
        affected = affected.clone();
    }

    @Override
    public int[] affected() {
        return affected.clone();
    }

    /** Number of tenants in its blast radius (the aggressor excluded). */
    public int affectedCount() {
        return affected.length;
    }
}
