package dev.tenantsim.placement.correlation;

import dev.tenantsim.placement.CellLoads;
import dev.tenantsim.placement.GreedyPlacement;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;

/**
 * Packs by the peak of the summed series of a cell rather than the sum of the tenants' peaks.
 *
 * <p>Headroom is checked on {@link LoadBasis#SERIES_PEAK}: a cell's load is the highest point of
 * its tenants' summed series, so tenants whose peaks do not coincide share headroom. Tenants go by
 * decreasing peak; each takes the open cell whose peak utilization it raises least (it fills the
 * cell's troughs), ties to the fuller cell, then the lower index; a new cell opens only when no
 * open cell fits. Tenants without a series count as flat at their peak.
 */
public final class CorrelationAwareStrategy extends GreedyPlacement {
    /** The name used in YAML ({@code placement.strategy}). */
    public static final String NAME = "correlation-aware";
    /** Its line in {@code tenantsim list strategies}. */
    public static final String DESCRIPTION =
            "packs by the peak of a cell's summed signature, so tenants whose peaks do not coincide share";

    public CorrelationAwareStrategy() {
        super(NAME, LoadBasis.SERIES_PEAK);
    }

    @Override
    protected int[] order(PlacementProblem problem) {
        return CellLoads.decreasingOrder(problem, LoadBasis.PEAK);
    }

    @Override
    protected Chooser chooser(PlacementProblem problem) {
        return (loads, t) -> {
            int best = -1;
            double bestIncrease = Double.POSITIVE_INFINITY;
            double bestCurrent = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < loads.cellCount(); c++) {
                if (loads.count(c) == 0 || !loads.fits(t, c)) {
                    continue;
                }
                double current = loads.peakUtilization(c);
                double increase = loads.peakUtilizationWith(c, t) - current;
                if (increase < bestIncrease - 1e-12
                        || (Math.abs(increase - bestIncrease) <= 1e-12 && current > bestCurrent)) {
                    best = c;
                    bestIncrease = increase;
                    bestCurrent = current;
                }
            }
            return best >= 0 ? best : firstFit(loads, t);
        };
    }
}
