package dev.tenantsim.cost.price;

import dev.tenantsim.cost.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How the invoice departs from on-demand list prices: the book's purchases and agreements. The
 * bill of materials applies them to each line in a fixed order — free tier, reservations, spot,
 * savings plans, then on-demand (regional price where the stack's region has one) — and then
 * the enterprise discount to every part that is not free. {@link #NONE} prices at list.
 *
 * @param enterpriseDiscount fraction off every non-free charge (an EDP / private-pricing
 *                           agreement), in [0, 1)
 * @param chargebackMarkup   fraction added on top of cost when it is charged back to internal
 *                           tenants (named per tier in the run's notes), >= 0
 */
public record PricingRules(List<Reservation> reservations, List<SavingsPlan> savingsPlans, List<SpotPrice> spot,
        List<FreeTier> freeTiers, BigDecimal enterpriseDiscount, BigDecimal chargebackMarkup) {
    public static final PricingRules NONE = new PricingRules(List.of(), List.of(), List.of(), List.of(),
            BigDecimal.ZERO, BigDecimal.ZERO);

    public PricingRules {
        reservations = List.copyOf(reservations);
        savingsPlans = List.copyOf(savingsPlans);
        spot = List.copyOf(spot);
        freeTiers = List.copyOf(freeTiers);
        Objects.requireNonNull(enterpriseDiscount, "enterpriseDiscount");
        Objects.requireNonNull(chargebackMarkup, "chargebackMarkup");
        if (enterpriseDiscount.signum() < 0 || enterpriseDiscount.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("enterpriseDiscount (" + enterpriseDiscount.toPlainString()
                    + ") must be in [0, 1)");
        }
        if (chargebackMarkup.signum() < 0) {
            throw new IllegalArgumentException("chargebackMarkup (" + chargebackMarkup.toPlainString() + ") must be >= 0");
        }
    }

    public boolean isNone() {
        return reservations.isEmpty() && savingsPlans.isEmpty() && spot.isEmpty() && freeTiers.isEmpty()
                && enterpriseDiscount.signum() == 0 && chargebackMarkup.signum() == 0;
    }

    /** A unit price after the enterprise discount, half-even to a micro-dollar. */
    public Money discounted(Money unitPrice) {
        if (enterpriseDiscount.signum() == 0) {
            return unitPrice;
        }
        return unitPrice.times(BigDecimal.ONE.subtract(enterpriseDiscount), RoundingMode.HALF_EVEN);
    }

    /** What an internal tenant is charged for {@code cost}: cost × (1 + markup), half-even. */
    public Money chargedBack(Money cost) {
        if (chargebackMarkup.signum() == 0) {
            return cost;
        }
        return cost.times(BigDecimal.ONE.add(chargebackMarkup), RoundingMode.HALF_EVEN);
    }

    /** The rules of {@code user} where it has any, else these (a user book's rules replace the default's whole). */
    public PricingRules overlaidBy(PricingRules user) {
        return user.isNone() ? this : user;
    }
}
