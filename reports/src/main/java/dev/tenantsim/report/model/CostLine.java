package dev.tenantsim.report.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a bill of materials: quantity × unit price = total (exact decimals, monthly).
 *
 * @param rule which price-book rule priced it ("price book", "reserved ri-web (36 months, up-front
 *             amortized)", "spot (50% of units)", ...)
 */
public record CostLine(String item, String unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total,
        String rule) implements java.io.Serializable {
    /** The rule of a line at the price book's rate. */
    public static final String PRICE_BOOK = "price book";

    /** A line at the price book's rate. */
    public CostLine(String item, String unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total) {
        this(item, unit, quantity, unitPrice, total, PRICE_BOOK);
    }

    public CostLine {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(total, "total");
    }
}
