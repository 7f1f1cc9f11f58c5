package dev.tenantsim.report.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a bill of materials: quantity × unit price = total (exact decimals, monthly). */
public record CostLine(String item, String unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total) implements java.io.Serializable {
    public CostLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(total, "total");
    }
}
