package dev.tenantsim.placement;

/** Which load of a cell the headroom target is checked against. */
public enum LoadBasis {
    /** Sum of the tenants' mean demands. */
    MEAN,
    /** Sum of the tenants' peak demands (safe, wasteful when peaks do not coincide). */
    PEAK,
    /**
     * Peak over time of the cell's summed series (tenants without a series count as flat at their
     * peak); storage uses the sum of means.
     */
    SERIES_PEAK
}
