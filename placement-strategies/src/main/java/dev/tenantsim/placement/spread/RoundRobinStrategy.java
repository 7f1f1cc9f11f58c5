package dev.tenantsim.placement.spread;

import dev.tenantsim.placement.GreedyPlacement;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;

/** Tenants in index order, each on the next cell in rotation that fits. */
public final class RoundRobinStrategy extends GreedyPlacement {
    /** The name used in YAML ({@code placement.strategy}). */
    public static final String NAME = "round-robin";
    /** Its line in {@code tenantsim list strategies}. */
    public static final String DESCRIPTION = "tenants dealt to stacks in turn";

    public RoundRobinStrategy(LoadBasis basis) {
        super(NAME, basis);
    }

    @Override
    protected int[] order(PlacementProblem problem) {
        return indexOrder(problem);
    }

    @Override
    protected Chooser chooser(PlacementProblem problem) {
        int[] next = {0};
        return (loads, t) -> {
            int n = loads.cellCount();
            for (int k = 0; k < n; k++) {
                int c = (next[0] + k) % n;
                if (loads.fits(t, c)) {
                    next[0] = (c + 1) % n;
                    return c;
                }
            }
            return -1;
        };
    }
}
