package dev.tenantsim.placement.binpacking;

import dev.tenantsim.placement.CellLoads;
import dev.tenantsim.placement.GreedyPlacement;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;

/**
 * Vector first-fit decreasing: tenants by decreasing size (largest share of any resource, by mean
 * or by peak as configured), each on the lowest-index cell where it fits.
 */
public final class FirstFitDecreasingStrategy extends GreedyPlacement {
    /** The name used in YAML ({@code placement.strategy}). */
    public static final String NAME = "first-fit-decreasing";
    /** Its line in {@code tenantsim list strategies}. */
    public static final String DESCRIPTION =
            "largest tenants first, first stack with room (vector of CPU, IO, connections)";

    public FirstFitDecreasingStrategy(LoadBasis basis) {
        super(NAME, basis);
    }

    @Override
    protected int[] order(PlacementProblem problem) {
        return CellLoads.decreasingOrder(problem, basis());
    }

    @Override
    protected Chooser chooser(PlacementProblem problem) {
        return GreedyPlacement::firstFit;
    }
}
