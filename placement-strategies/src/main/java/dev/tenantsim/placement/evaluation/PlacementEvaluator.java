package dev.tenantsim.placement.evaluation;

import dev.tenantsim.placement.Assignment;
import dev.tenantsim.placement.CellLoads;
import dev.tenantsim.placement.CellSpec;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.ResourceVector;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates an assignment by summing the tenants' series per cell (what the cell would actually
 * see, whatever basis the strategy planned with). A cell is at SLO risk when its peak utilization
 * of some resource exceeds {@code riskUtilization}; its tenants are then counted at risk. For an
 * evaluation with latency, use {@link FluidPlacementEvaluator}.
 */
public final class PlacementEvaluator {
    private final double riskUtilization;

    /** @param riskUtilization peak utilization above which a cell's tenants are at SLO risk (e.g. 0.85) */
    public PlacementEvaluator(double riskUtilization) {
        if (!(riskUtilization > 0) || Double.isInfinite(riskUtilization)) {
            throw new IllegalArgumentException("riskUtilization (" + riskUtilization + ") must be a finite number > 0");
        }
        this.riskUtilization = riskUtilization;
    }

    public PlacementEvaluation evaluate(PlacementProblem problem, Assignment assignment) {
        int[] cellOf = assignment.cells();
        CellLoads loads = CellLoads.of(problem, cellOf, LoadBasis.SERIES_PEAK);
        List<CellEvaluation> cells = new ArrayList<>();
        int hottest = -1;
        double worst = -1;
        int atRisk = 0;
        for (CellSpec cell : problem.cells()) {
            int c = cell.index();
            if (loads.count(c) == 0) {
                continue;
            }
            double[] peak = new double[ResourceVector.COUNT];
            double[] mean = new double[ResourceVector.COUNT];
            double[] stranded = new double[ResourceVector.COUNT];
            boolean risk = false;
            for (int r = 0; r < ResourceVector.COUNT; r++) {
                double cap = cell.capacity().get(r);
                double peakLoad = loads.load(c, r);
                peak[r] = peakLoad / cap;
                mean[r] = loads.meanLoad(c, r) / cap;
                stranded[r] = Math.max(0, cell.usable(r) - peakLoad);
                risk |= peak[r] > riskUtilization;
            }
            CellEvaluation e = new CellEvaluation(c, cell.id(), loads.count(c), peak, mean, stranded, risk);
            cells.add(e);
            if (e.worstPeak() > worst) {
                worst = e.worstPeak();
                hottest = c;
            }
            if (risk) {
                atRisk += loads.count(c);
            }
        }
        return new PlacementEvaluation(assignment.strategy(), cells.size(), cells, hottest, Math.max(worst, 0), atRisk,
                assignment.rejections().size(), "series");
    }
}
