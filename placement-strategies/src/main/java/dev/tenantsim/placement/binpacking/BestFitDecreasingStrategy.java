package dev.tenantsim.placement.binpacking;

import dev.tenantsim.placement.CellLoads;
import dev.tenantsim.placement.CellSpec;
import dev.tenantsim.placement.GreedyPlacement;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.ResourceVector;

/**
 * Vector best-fit decreasing: tenants by decreasing size, each on the cell that fits it with the
 * least slack left, slack being the sum over resources of the unused share of usable capacity
 * after placing it (ties: lowest index). Empty cells have the most slack, so they open last.
 */
public final class BestFitDecreasingStrategy extends GreedyPlacement {
    /** The name used in YAML ({@code placement.strategy}). */
    public static final String NAME = "best-fit-decreasing";
    /** Its line in {@code tenantsim list strategies}. */
    public static final String DESCRIPTION = "largest tenants first, stack left with the least room";

    public BestFitDecreasingStrategy(LoadBasis basis) {
        super(NAME, basis);
    }

    @Override
    protected int[] order(PlacementProblem problem) {
        return CellLoads.decreasingOrder(problem, basis());
    }

    @Override
    protected Chooser chooser(PlacementProblem problem) {
        return (loads, t) -> {
            int best = -1;
            double bestSlack = Double.POSITIVE_INFINITY;
            for (int c = 0; c < loads.cellCount(); c++) {
                if (!loads.fits(t, c)) {
                    continue;
                }
                CellSpec cell = problem.cells().get(c);
                double slack = 0;
                for (int r = 0; r < ResourceVector.COUNT; r++) {
                    slack += (cell.usable(r) - loads.loadWith(c, r, t)) / cell.capacity().get(r);
                }
                if (slack < bestSlack) {
                    bestSlack = slack;
                    best = c;
                }
            }
            return best;
        };
    }
}
