package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stranded capacity in dollars (docs/metrics.md, "Capacity"): the part of a resource that no minute of
 * the horizon needed, given the headroom target. Carrying the peak at the target needs
 * peak utilization / (1 − headroom) of the capacity; the rest is stranded:
 * <pre>  stranded share = max(0, 1 − peakUtilization / (1 − headroom)),  cost = C × stranded share</pre>
 * rounded half-even to a micro-dollar.
 */
public final class StrandedCapacity {
    private StrandedCapacity() {
    }

    /** Share of capacity stranded, in [0, 1]. */
    public static BigDecimal share(double peakUtilization, double headroom) {
        if (!(peakUtilization >= 0) || Double.isInfinite(peakUtilization)) {
            throw new IllegalArgumentException("peakUtilization (" + peakUtilization + ") must be a finite number >= 0");
        }
        if (!(headroom >= 0 && headroom < 1)) {
            throw new IllegalArgumentException("headroom (" + headroom + ") must be in [0, 1)");
        }
        BigDecimal needed = BigDecimal.valueOf(peakUtilization)
                .divide(BigDecimal.ONE.subtract(BigDecimal.valueOf(headroom)), 12, RoundingMode.HALF_EVEN);
        BigDecimal stranded = BigDecimal.ONE.subtract(needed);
        return stranded.signum() < 0 ? BigDecimal.ZERO : stranded;
    }

    /** Dollars of a resource costing {@code resourceCost} per month that are stranded. */
    public static Money cost(Money resourceCost, double peakUtilization, double headroom) {
        return resourceCost.times(share(peakUtilization, headroom), RoundingMode.HALF_EVEN);
    }
}
