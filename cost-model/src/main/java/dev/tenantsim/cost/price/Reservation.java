package dev.tenantsim.cost.price;

import dev.tenantsim.cost.Money;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A reserved-instance purchase: {@code units} of one price-book item for a term, paid partly up
 * front and partly each month. The invoice (and FOCUS's effective cost) spreads the up-front
 * payment evenly over the term, so one reserved unit costs {@link #amortizedMonthly()} a month,
 * whether a stack uses it or not.
 *
 * @param id               names the purchase in bill lines ("reserved ri-web")
 * @param item             the price-book key it covers (a regional key {@code item@region} covers that region only)
 * @param units            how many units it covers, > 0
 * @param termMonths       12 or 36
 * @param upfront          paid once per unit at purchase (0 for "no upfront")
 * @param recurringMonthly paid each month per unit (0 for "all upfront")
 */
public record Reservation(String id, String item, long units, int termMonths, Money upfront, Money recurringMonthly,
        String source) {
    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(upfront, "upfront");
        Objects.requireNonNull(recurringMonthly, "recurringMonthly");
        Objects.requireNonNull(source, "source");
        if (units <= 0) {
            throw new IllegalArgumentException("reservations." + id + ".units (" + units + ") must be > 0");
        }
        if (termMonths != 12 && termMonths != 36) {
            throw new IllegalArgumentException("reservations." + id + ".termMonths (" + termMonths + ") must be 12 or 36");
        }
        if (upfront.isNegative() || recurringMonthly.isNegative()) {
            throw new IllegalArgumentException("reservations." + id + " prices must be >= 0");
        }
    }

    /** One unit's monthly cost: up-front / term (half-even to a micro-dollar) + recurring. */
    public Money amortizedMonthly() {
        return upfront.dividedBy(termMonths, RoundingMode.HALF_EVEN).plus(recurringMonthly);
    }
}
