package dev.tenantsim.engine.fluid;

/**
 * An incident the fluid pass found on one stack: a window of the one incident rule
 * ({@link dev.tenantsim.engine.platform.metrics.IncidentDetector}) with what the fluid pass knows
 * of it beyond the request-level {@link dev.tenantsim.engine.platform.Incident}: the tenants in
 * violation during it (the fluid pass keeps no per-minute series to look them up afterwards).
 *
 * @param stack stack index
 * @param startMinute first minute (0-based from the horizon start)
 * @param lengthMinutes duration
 * @param peakShare highest share of the stack's tenants in violation in one step of it
 * @param aggressor dense tenant index of the tenant that put the most work on the stack during it, -1 if none
 * @param affected dense tenant indices with at least one violation step during it, the aggressor excluded
 */
public record FluidIncident(int stack, int startMinute, int lengthMinutes, double peakShare, int aggressor,
                            int[] affected) {
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
