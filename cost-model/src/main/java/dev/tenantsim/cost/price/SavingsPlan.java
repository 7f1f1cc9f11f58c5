package dev.tenantsim.cost.price;

import dev.tenantsim.cost.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A savings plan: a commitment to spend {@code commitmentMonthly} a month, at {@code discount}
 * off the on-demand price, on the items whose key starts with {@code appliesTo}. On-demand units
 * are covered, whole units in bill order, while the commitment lasts; whatever the month leaves of
 * the commitment is still paid (an "unused commitment" line), as on the invoice.
 *
 * @param discount fraction off on-demand, in [0, 1)
 */
public record SavingsPlan(String id, String appliesTo, BigDecimal discount, Money commitmentMonthly, int termMonths,
        String source) {
    public SavingsPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(commitmentMonthly, "commitmentMonthly");
        Objects.requireNonNull(source, "source");
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("savingsPlans." + id + ".discount (" + discount.toPlainString()
                    + ") must be in [0, 1)");
        }
        if (commitmentMonthly.isNegative() || commitmentMonthly.isZero()) {
            throw new IllegalArgumentException("savingsPlans." + id + ".commitmentMonthly must be > 0");
        }
        if (termMonths != 12 && termMonths != 36) {
            throw new IllegalArgumentException("savingsPlans." + id + ".termMonths (" + termMonths + ") must be 12 or 36");
        }
    }

    public boolean covers(String item) {
        return item.startsWith(appliesTo);
    }
}
