package dev.tenantsim.cost.margin;

import dev.tenantsim.cost.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Monthly revenue, infrastructure bill and SLA credits, and the gross margin
 * (revenue − bill − credits) / revenue (docs/metrics.md, "Gross margin").
 */
public record MarginStatement(Money revenue, Money infrastructure, Money credits) {
    public MarginStatement {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(infrastructure, "infrastructure");
        Objects.requireNonNull(credits, "credits");
        if (revenue.isNegative() || infrastructure.isNegative() || credits.isNegative()) {
            throw new IllegalArgumentException("revenue (" + revenue + "), infrastructure (" + infrastructure
                    + ") and credits (" + credits + ") must be >= 0");
        }
    }

    /** Revenue − infrastructure − credits (exact). */
    public Money grossProfit() {
        return revenue.minus(infrastructure).minus(credits);
    }

    /** Gross profit / revenue, half-even to {@code scale} places; revenue must be > 0. */
    public BigDecimal grossMargin(int scale) {
        if (!(revenue.micros() > 0)) {
            throw new ArithmeticException("gross margin is undefined when revenue (" + revenue + ") is not > 0");
        }
        return grossProfit().ratioTo(revenue, scale);
    }

    /** Gross margin in whole percent, half-even (e.g. 94 for 93.95%). */
    public int grossMarginPercent() {
        return grossMargin(12).movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    }

    /** The change from this statement to {@code after}. */
    public MarginChange to(MarginStatement after) {
        return new MarginChange(this, after);
    }
}
