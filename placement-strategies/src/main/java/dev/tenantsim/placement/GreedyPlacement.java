package dev.tenantsim.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * The common shape of the strategies: visit tenants in a strategy-defined order, give each the
 * cell the strategy chooses among those that fit now, or reject it with the reason. Because
 * load only grows, a tenant rejected here fits on no cell of the final assignment either.
 */
public abstract class GreedyPlacement implements PlacementStrategy {
    private final String name;
    private final LoadBasis basis;

    protected GreedyPlacement(String name, LoadBasis basis) {
        this.name = name;
        this.basis = basis;
    }

    @Override
    public final String name() {
        return name;
    }

    /** The basis this strategy's headroom checks use. */
    public final LoadBasis basis() {
        return basis;
    }

    @Override
    public final Assignment place(PlacementProblem problem) {
        CellLoads loads = new CellLoads(problem, basis);
        List<Rejection> rejections = new ArrayList<>();
        Chooser chooser = chooser(problem);
        for (int t : order(problem)) {
            TenantDemand tenant = problem.tenants().get(t);
            int c = chooser.choose(loads, tenant);
            if (c < 0) {
                rejections.add(loads.explain(tenant));
            } else {
                if (!loads.fits(tenant, c)) {
                    throw new IllegalStateException(name + " chose cell " + c + " that does not fit tenant " + tenant.id());
                }
                loads.add(tenant, c);
            }
        }
        return loads.toAssignment(name, rejections);
    }

    /** Order in which tenants are placed (a permutation of the tenant indices). */
    protected abstract int[] order(PlacementProblem problem);

    /** A chooser for one run (it may keep state, such as a round-robin pointer or a random stream). */
    protected abstract Chooser chooser(PlacementProblem problem);

    /** Picks a cell for a tenant among those where {@link CellLoads#fits} holds, or -1. */
    @FunctionalInterface
    protected interface Chooser {
        int choose(CellLoads loads, TenantDemand tenant);
    }

    /** Tenants in index order. */
    protected static int[] indexOrder(PlacementProblem problem) {
        int[] o = new int[problem.tenants().size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        return o;
    }

    /** Lowest-index cell that fits, or -1. */
    protected static int firstFit(CellLoads loads, TenantDemand t) {
        for (int c = 0; c < loads.cellCount(); c++) {
            if (loads.fits(t, c)) {
                return c;
            }
        }
        return -1;
    }
}
