package dev.tenantsim.placement;

/** The constraints every strategy honours; a rejection names the one that blocked it. */
public enum Constraint {
    /** The tenant's data may only live in some regions. */
    RESIDENCY,
    /** The tenant's tier may only use some kinds of cell. */
    TIER,
    /** The planned load must leave the headroom target free on every resource. */
    HEADROOM,
    /** A cell holds at most its maximum number of tenants. */
    MAX_TENANTS
}
