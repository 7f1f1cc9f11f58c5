package dev.tenantsim.placement.evaluation;

import java.util.List;

/**
 * Evaluation of an assignment.
 *
 * @param strategy strategy that produced it
 * @param cellsUsed cells holding at least one tenant
 * @param cells evaluation of every used cell, by cell index
 * @param hottestCell index of the cell with the highest peak utilization (-1 if none is used)
 * @param worstPeakUtilization that cell's peak utilization
 * @param tenantsAtSloRisk tenants on cells judged at SLO risk
 * @param rejected tenants the strategy could not place
 * @param method how SLO risk was judged ("series" or "fluid")
 */
public record PlacementEvaluation(String strategy, int cellsUsed, List<CellEvaluation> cells, int hottestCell,
                                  double worstPeakUtilization, int tenantsAtSloRisk, int rejected, String method) {

    public PlacementEvaluation {
        cells = List.copyOf(cells);
    }

    /** Total stranded capacity of resource {@code r} over the used cells. */
    public double strandedCapacity(int r) {
        double s = 0;
        for (CellEvaluation c : cells) {
            s += c.strandedCapacity()[r];
        }
        return s;
    }
}
