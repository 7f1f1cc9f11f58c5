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
}
