package dev.tenantsim.cost.uplift;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.StackKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A tenant's cost in the pooled stack as a rate per unit of peak demand, for the sensitivity
 * table (a real tenant's pooled cost is its showback). Typically the pool's showback to tenants
 * divided by the pool's summed tenant peak demand.
 */
public record PooledShareCost(BigDecimal dollarsPerDemandUnit) implements PlacementCost {
    public PooledShareCost {
        Objects.requireNonNull(dollarsPerDemandUnit, "dollarsPerDemandUnit");
        if (dollarsPerDemandUnit.signum() < 0) {
            throw new IllegalArgumentException("dollarsPerDemandUnit (" + dollarsPerDemandUnit.toPlainString() + ") must be >= 0");
        }
    }

    /** The rate of a pool that costs {@code poolCost} for a summed tenant peak demand. */
    public static PooledShareCost of(Money poolCost, double summedPeakDemand) {
        if (!(summedPeakDemand > 0) || Double.isInfinite(summedPeakDemand)) {
            throw new IllegalArgumentException("summedPeakDemand (" + summedPeakDemand + ") must be a finite number > 0");
        }
        return new PooledShareCost(poolCost.toBigDecimal().divide(BigDecimal.valueOf(summedPeakDemand), 18, RoundingMode.HALF_EVEN));
    }

    @Override
    public StackKind kind() {
        return StackKind.POOLED;
    }

    @Override
    public Money costToServe(double peakDemand) {
        if (!(peakDemand >= 0)) {
            throw new IllegalArgumentException("peakDemand (" + peakDemand + ") must be >= 0");
        }
        return Money.of(dollarsPerDemandUnit.multiply(BigDecimal.valueOf(peakDemand)), RoundingMode.HALF_EVEN);
    }
}
