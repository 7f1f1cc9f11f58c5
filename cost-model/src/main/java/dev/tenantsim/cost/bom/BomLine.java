package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.Money;
import java.util.Objects;

/**
 * A line of a bill: quantity × unit price = total, exactly.
 *
 * @param source        the price book's source for the unit price, so a report can cite it
 * @param listUnitPrice the price book's rate for one unit before any purchase option or discount
 *                      (FOCUS's list unit price)
 * @param rule          which pricing rule priced the line, in words ("price book", "reserved
 *                      ri-web (36 months, up-front amortized)", "spot (50% of units)", ...)
 * @param category      the rule's FOCUS pricing category
 */
public record BomLine(String item, long quantity, Money unitPrice, Money total, Meter meter, String unit,
        String source, Money listUnitPrice, String rule, PricingCategory category) {
    /** The rule of a line priced at the price book's rate with no purchase option. */
    public static final String PRICE_BOOK_RULE = "price book";

    public BomLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(listUnitPrice, "listUnitPrice");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        if (!unitPrice.times(quantity).equals(total)) {
            throw new IllegalArgumentException("bill line " + item + ".total (" + total.toPlainString()
                    + ") must equal quantity x unit price (" + unitPrice.times(quantity).toPlainString() + ")");
        }
    }

    /** A line at the price book's rate. */
    public BomLine(String item, long quantity, Money unitPrice, Money total, Meter meter, String unit, String source) {
        this(item, quantity, unitPrice, total, meter, unit, source, unitPrice, PRICE_BOOK_RULE, PricingCategory.STANDARD);
    }

    /** What the line would cost at the list rate (FOCUS's list cost). */
    public Money listTotal() {
        return listUnitPrice.times(quantity);
    }
}
