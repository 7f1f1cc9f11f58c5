package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.Money;
import java.util.Objects;

/**
 * A line of a bill: quantity × unit price = total, exactly.
 *
 * @param source the price book's source for the unit price, so a report can cite it
 */
public record BomLine(String item, long quantity, Money unitPrice, Money total, Meter meter, String unit,
        String source) {
    public BomLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(meter, "meter");
        if (!unitPrice.times(quantity).equals(total)) {
            throw new IllegalArgumentException("bill line " + item + ".total (" + total.toPlainString()
                    + ") must equal quantity x unit price (" + unitPrice.times(quantity).toPlainString() + ")");
        }
    }
}
