package dev.tenantsim.cost.bom;

import java.util.Objects;

/**
 * A priced item of a stack: {@code quantity} units of price-book item {@code item}, attributed in
 * showback by {@code meter}. Quantities are whole units; price a finer unit (GB-month,
 * instance) rather than a fraction.
 */
public record InventoryLine(String item, long quantity, Meter meter) {
    public InventoryLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(meter, "meter");
        if (item.isBlank()) {
            throw new IllegalArgumentException("inventory line item must name a price-book key");
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("inventory line " + item + ".quantity (" + quantity + ") must be >= 0");
        }
    }

    /** A line of shared overhead (not metered). */
    public static InventoryLine overhead(String item, long quantity) {
        return new InventoryLine(item, quantity, Meter.OVERHEAD);
    }
}
