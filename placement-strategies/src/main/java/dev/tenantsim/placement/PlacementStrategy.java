package dev.tenantsim.placement;

/**
 * Turns tenants, cells and constraints into an {@link Assignment}. Every strategy honours
 * residency, tier rules, headroom targets (on its {@link LoadBasis}) and maximum tenants per
 * cell; a tenant it cannot place becomes a {@link Rejection} naming the blocking constraint.
 * Strategies are deterministic: the same problem (and seed) gives the same assignment.
 */
public interface PlacementStrategy {

    /** The name used in YAML and on the command line. */
    String name();

    /** Places every tenant it can; never throws for an infeasible tenant (it rejects it). */
    Assignment place(PlacementProblem problem);
}
