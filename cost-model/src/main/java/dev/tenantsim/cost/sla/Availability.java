package dev.tenantsim.cost.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tenant's availability over a horizon, from the simulation's SLO-violation minutes
 * (docs/metrics.md): 1 − violation minutes / minutes in the horizon. Kept as the two counts so that
 * comparisons with contract thresholds are exact.
 */
public record Availability(long violationMinutes, long horizonMinutes) {
    public Availability {
        if (horizonMinutes <= 0) {
            throw new IllegalArgumentException("horizonMinutes (" + horizonMinutes + ") must be > 0");
        }
        if (violationMinutes < 0 || violationMinutes > horizonMinutes) {
            throw new IllegalArgumentException("violationMinutes (" + violationMinutes + ") must be in [0, "
                    + horizonMinutes + "]");
        }
    }

    /** Minutes in a 30-day month. */
    public static final long MINUTES_PER_30_DAYS = 30L * 24 * 60;

    /** Availability as a decimal, rounded half-even to {@code scale} places. */
    public BigDecimal value(int scale) {
        return BigDecimal.valueOf(horizonMinutes - violationMinutes)
                .divide(BigDecimal.valueOf(horizonMinutes), scale, RoundingMode.HALF_EVEN);
    }

    /** Whether availability &lt; threshold, exactly: (h − v) &lt; threshold × h. */
    public boolean isBelow(BigDecimal threshold) {
        return BigDecimal.valueOf(horizonMinutes - violationMinutes)
                .compareTo(threshold.multiply(BigDecimal.valueOf(horizonMinutes))) < 0;
    }
}
