package dev.tenantsim.cost.margin;

import dev.tenantsim.cost.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Before and after a change (a re-architecture, a migration, a price move). The "net" effect is
 * the change in gross profit: (revenue − bill − credits) after minus before.
 */
public record MarginChange(MarginStatement before, MarginStatement after) {
    public MarginChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public Money revenueChange() {
        return after.revenue().minus(before.revenue());
    }

    public Money infrastructureChange() {
        return after.infrastructure().minus(before.infrastructure());
    }

    public Money creditsChange() {
        return after.credits().minus(before.credits());
    }

    /** Change in gross profit per month: revenue change − bill change − credits change. */
    public Money net() {
        return after.grossProfit().minus(before.grossProfit());
    }

    /** Change in gross margin, in percentage points, half-even to {@code scale} places. */
    public BigDecimal marginChangePoints(int scale) {
        return after.grossMargin(scale + 4).subtract(before.grossMargin(scale + 4)).movePointRight(2)
                .setScale(scale, java.math.RoundingMode.HALF_EVEN);
    }
}
