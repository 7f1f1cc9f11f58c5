package dev.tenantsim.report.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The isolation-uplift price sheet of a run: moves the most affected tenants could buy, priced at
 * {@code targetMargin} (a fraction), with the definition the numbers follow.
 */
public record PriceSheetResult(String currency, BigDecimal targetMargin, List<PriceMove> moves, String definition) implements java.io.Serializable {
    public PriceSheetResult {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(targetMargin, "targetMargin");
        moves = List.copyOf(moves);
    }
}
