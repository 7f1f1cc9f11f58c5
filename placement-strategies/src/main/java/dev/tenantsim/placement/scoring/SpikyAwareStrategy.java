package dev.tenantsim.placement.scoring;

import dev.tenantsim.placement.CellLoads;
import dev.tenantsim.placement.CellSpec;
import dev.tenantsim.placement.GreedyPlacement;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.ResourceVector;
import dev.tenantsim.placement.TenantDemand;

/**
 * Scores cells by headroom minus a penalty for concentrating spiky tenants.
 *
 * <p>A tenant is spiky when its CPU peak/mean is at least the threshold; its spiky excess is its
 * CPU peak minus its mean. The score of cell c for tenant t is
 * <pre>  min over resources of (usable − load after) / capacity − penalty × (spiky excess on c after) / CPU capacity</pre>
 * with the load on the configured basis. Tenants go by decreasing size; each takes the open cell
 * with the highest score among those where it fits and the score stays {@code >= 0} (so the
 * spiky excess a cell carries is paid for with headroom), else the lowest-index cell where it
 * fits, opening a new one. The score is a self-imposed rule on top of the constraints, which
 * hold as for every strategy.
 */
public final class SpikyAwareStrategy extends GreedyPlacement {
    /** The name used in YAML ({@code placement.strategy}). */
    public static final String NAME = "spiky-aware";
    /** Its line in {@code tenantsim list strategies}. */
    public static final String DESCRIPTION =
            "scores stacks by headroom minus a penalty for concentrating spiky tenants";
    private final double threshold;
    private final double penalty;

    public SpikyAwareStrategy(LoadBasis basis, double spikyThreshold, double spikyPenalty) {
        super(NAME, basis);
        this.threshold = spikyThreshold;
        this.penalty = spikyPenalty;
    }

    @Override
    protected int[] order(PlacementProblem problem) {
        return CellLoads.decreasingOrder(problem, basis());
    }

    @Override
    protected Chooser chooser(PlacementProblem problem) {
        double[] spikyExcess = new double[problem.cells().size()];
        return (loads, t) -> {
            double own = t.spikiness() >= threshold ? t.peak().cpu() - t.mean().cpu() : 0.0;
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < loads.cellCount(); c++) {
                if (loads.count(c) == 0 || !loads.fits(t, c)) {
                    continue;
                }
                CellSpec cell = problem.cells().get(c);
                double score = headroomAfter(loads, cell, t) - penalty * (spikyExcess[c] + own) / cell.capacity().cpu();
                if (score >= 0 && score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best < 0) {
                best = firstEmptyFit(loads, t);
            }
            if (best < 0) {
                best = firstFit(loads, t); // no room by the score anywhere: fall back to the constraints alone
            }
            if (best >= 0) {
                spikyExcess[best] += own;
            }
            return best;
        };
    }

    private static int firstEmptyFit(CellLoads loads, TenantDemand t) {
        for (int c = 0; c < loads.cellCount(); c++) {
            if (loads.count(c) == 0 && loads.fits(t, c)) {
                return c;
            }
        }
        return -1;
    }

    private static double headroomAfter(CellLoads loads, CellSpec cell, TenantDemand t) {
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            min = Math.min(min, (cell.usable(r) - loads.loadWith(cell.index(), r, t)) / cell.capacity().get(r));
        }
        return min;
    }
}
