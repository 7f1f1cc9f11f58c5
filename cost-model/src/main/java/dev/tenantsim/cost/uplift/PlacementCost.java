package dev.tenantsim.cost.uplift;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.StackKind;

/**
 * What it costs us per month to serve one tenant in one kind of stack, as a function of the
 * tenant's size (its peak demand, in the unit the stack's nodes are sized in). This is C_b(i) of
 * docs/metrics.md, "Isolation uplift".
 */
public interface PlacementCost {
    /** The rung of the isolation ladder this prices. */
    StackKind kind();

    /** Monthly cost of serving a tenant with this peak demand. */
    Money costToServe(double peakDemand);
}
