package dev.tenantsim.placement.scoring;

import dev.tenantsim.placement.CellLoads;
import dev.tenantsim.placement.CellSpec;
import dev.tenantsim.placement.GreedyPlacement;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.ResourceVector;
import dev.tenantsim.placement.TenantDemand;

/**
 * Scores open cells by headroom minus a penalty for concentrating spiky tenants.
 *
 * <p>Tenants go by decreasing size. A tenant is spiky when its CPU peak/mean is at least the
 * threshold. Among open cells where it fits, it takes the one with the highest score:
 * {@code min over resources of (usable − load after) / capacity}, minus, for a spiky tenant,
 * {@code penalty × (spiky excess already on the cell + its own) / CPU capacity}, where a spiky
 * tenant's excess is its CPU peak minus mean. A new cell (lowest index that fits) opens only when
 * no open cell fits.
 */
public final class SpikyAwareStrategy extends GreedyPlacement {
    private final double threshold;
    private final double penalty;

    public SpikyAwareStrategy(LoadBasis basis, double spikyThreshold, double spikyPenalty) {
        super("spiky-aware", basis);
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
            boolean spiky = t.spikiness() >= threshold;
            double own = t.peak().cpu() - t.mean().cpu();
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < loads.cellCount(); c++) {
                if (loads.count(c) == 0 || !loads.fits(t, c)) {
                    continue;
                }
                double score = score(loads, problem.cells().get(c), t)
                        - (spiky ? penalty * (spikyExcess[c] + own) / problem.cells().get(c).capacity().cpu() : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best < 0) {
                best = firstFit(loads, t);
            }
            if (best >= 0 && spiky) {
                spikyExcess[best] += own;
            }
            return best;
        };
    }

    private static double score(CellLoads loads, CellSpec cell, TenantDemand t) {
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            min = Math.min(min, (cell.usable(r) - loads.loadWith(cell.index(), r, t)) / cell.capacity().get(r));
        }
        return min;
    }
}
