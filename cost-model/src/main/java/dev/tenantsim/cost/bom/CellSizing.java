package dev.tenantsim.cost.bom;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many nodes a cell needs: enough that its peak demand keeps every node at or below the
 * headroom target,
 * <pre>  nodes = max(minNodes, ceil(peakDemand / (nodeCapacity × (1 − headroom))))</pre>
 * with demand and capacity in the same unit (e.g. busy cores, requests/s). Computed in decimal
 * from the shortest decimal form of each double, so 600 / (100 × (1 − 0.25)) is exactly 8 nodes,
 * never 9 from a binary rounding error.
 */
public final class CellSizing {
    private CellSizing() {
    }

    public static long nodeCount(double peakDemand, double nodeCapacity, double headroom, int minNodes) {
        if (!(peakDemand >= 0) || Double.isInfinite(peakDemand)) {
            throw new IllegalArgumentException("peakDemand (" + peakDemand + ") must be a finite number >= 0");
        }
        if (!(nodeCapacity > 0) || Double.isInfinite(nodeCapacity)) {
            throw new IllegalArgumentException("nodeCapacity (" + nodeCapacity + ") must be a finite number > 0");
        }
        if (!(headroom >= 0 && headroom < 1)) {
            throw new IllegalArgumentException("headroom (" + headroom + ") must be in [0, 1)");
        }
        if (minNodes < 0) {
            throw new IllegalArgumentException("minNodes (" + minNodes + ") must be >= 0");
        }
        BigDecimal usable = BigDecimal.valueOf(nodeCapacity).multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(headroom)));
        long n = BigDecimal.valueOf(peakDemand).divide(usable, 0, RoundingMode.CEILING).longValueExact();
        return Math.max(minNodes, n);
    }

    /**
     * Right-sizing ({@code size: auto}): units of {@code unitCapacity} needed so that a peak grown by
     * {@code headroom} runs at or below {@code target} utilization,
     * <pre>  units = max(minUnits, ceil(peak × (1 + headroom) / (unitCapacity × target)))</pre>
     * the same rule as {@link #nodeCount} with its free share {@code 1 − target}, on the grown peak.
     *
     * @param target   peak utilization aimed at, in (0, 1]
     * @param headroom share added to the peak, >= 0
     */
    public static long unitsFor(double peak, double unitCapacity, double target, double headroom, int minUnits) {
        if (!(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("target (" + target + ") must be in (0, 1]");
        }
        if (!(headroom >= 0) || Double.isInfinite(headroom)) {
            throw new IllegalArgumentException("headroom (" + headroom + ") must be a finite number >= 0");
        }
        if (!(peak >= 0) || Double.isInfinite(peak)) {
            throw new IllegalArgumentException("peakDemand (" + peak + ") must be a finite number >= 0");
        }
        double grown = BigDecimal.valueOf(peak).multiply(BigDecimal.ONE.add(BigDecimal.valueOf(headroom))).doubleValue();
        double free = BigDecimal.ONE.subtract(BigDecimal.valueOf(target)).doubleValue();
        return nodeCount(grown, unitCapacity, free, minUnits);
    }

    /**
     * The peak of an assignment's aggregate demand: max over steps of the sum of its tenants'
     * demand at that step. This, not the sum of the tenants' own peaks, is what a cell must carry,
     * so tenants whose peaks do not coincide share nodes.
     *
     * @param demandByTenant one series per tenant, all of the same length (e.g. per minute)
     */
    public static double aggregatePeak(java.util.List<double[]> demandByTenant) {
        if (demandByTenant.isEmpty()) {
            return 0;
        }
        int steps = demandByTenant.get(0).length;
        double[] sum = new double[steps];
        for (int k = 0; k < demandByTenant.size(); k++) {
            double[] d = demandByTenant.get(k);
            if (d.length != steps) {
                throw new IllegalArgumentException("demand series " + k + " (" + d.length + " steps) must have " + steps + " steps");
            }
            for (int t = 0; t < steps; t++) {
                if (!(d[t] >= 0) || Double.isInfinite(d[t])) {
                    throw new IllegalArgumentException("demand series " + k + " step " + t + " (" + d[t]
                            + ") must be a finite number >= 0");
                }
                sum[t] += d[t];
            }
        }
        double peak = 0;
        for (double x : sum) {
            peak = Math.max(peak, x);
        }
        return peak;
    }
}
