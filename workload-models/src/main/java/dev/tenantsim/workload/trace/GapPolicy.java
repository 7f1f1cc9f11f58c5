package dev.tenantsim.workload.trace;

/**
 * How replay fills a gap: an interval between two samples of a tenant longer than
 * {@link ReplayOptions#maxHoldSeconds()}. The earlier sample is held for one normal step (the
 * tenant's previous interval), then the minutes up to the next sample are filled:
 */
public enum GapPolicy {
    /** with the earlier sample's value (what most dashboards draw). */
    HOLD_LAST,
    /** with 0 (the tenant was idle or down). */
    ZERO,
    /** by linear interpolation between the two samples, in time. */
    LINEAR
}
