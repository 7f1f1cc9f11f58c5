package dev.tenantsim.placement.evaluation;

/**
 * How one used cell fares under an assignment.
 *
 * @param cell cell index
 * @param cellId cell id
 * @param tenants tenants on it
 * @param peakUtilization per resource, peak load / capacity (peak of the summed series when every
 *     tenant on the cell has one, else the sum of the tenants' peaks; storage: sum of means)
 * @param meanUtilization per resource, sum of means / capacity
 * @param strandedCapacity per resource, usable capacity (capacity × (1 − headroom)) that the peak
 *     never uses, in the resource's units (docs/metrics.md "stranded capacity")
 * @param atSloRisk whether its tenants are at SLO risk
 */
public record CellEvaluation(int cell, String cellId, int tenants, double[] peakUtilization,
                             double[] meanUtilization, double[] strandedCapacity, boolean atSloRisk) {

    public CellEvaluation {
        peakUtilization = peakUtilization.clone();
        meanUtilization = meanUtilization.clone();
        strandedCapacity = strandedCapacity.clone();
    }

    /** Highest peak utilization over the resources. */
    public double worstPeak() {
        double m = 0;
        for (double u : peakUtilization) {
            m = Math.max(m, u);
        }
        return m;
    }

    @Override
    public double[] peakUtilization() {
        return peakUtilization.clone();
    }

    @Override
    public double[] meanUtilization() {
        return meanUtilization.clone();
    }

    @Override
    public double[] strandedCapacity() {
        return strandedCapacity.clone();
    }
}
