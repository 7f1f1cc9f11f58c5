package dev.tenantsim.placement;

/** Kinds of cell, as tier rules name them (YAML names in lower case). */
public enum CellKind {
    /** Many tenants, shared everything. */
    SHARED,
    /** Fewer tenants on bigger hardware, for tenants that need performance. */
    PERFORMANCE,
    /** A few high-tier tenants, isolated from the shared population. */
    ISOLATED,
    /** Exactly one tenant. */
    DEDICATED
}
