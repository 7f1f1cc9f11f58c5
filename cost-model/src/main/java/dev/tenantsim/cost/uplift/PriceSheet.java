package dev.tenantsim.cost.uplift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The isolation-uplift price sheet a report renders: for each tenant quoted, each move up the
 * isolation ladder with its incremental cost, the SLA risk it removes and its list price at the
 * target gross margin; and a sensitivity table of the same moves over tenant size.
 */
public record PriceSheet(BigDecimal targetMargin, List<PriceSheetRow> moves, List<SensitivityRow> sensitivity) {
    /** The definitions a report should print beside the sheet. */
    public static final String DEFINITION = "Isolation uplift of tenant i moving from a to b: ΔC = C_b(i) − showback_a(i),"
            + " where C_b(i) is what b costs to serve i (its dedicated stack, or its share of a performance or isolated"
            + " cell). Risk removed = expected monthly SLA credits in a minus in b. List price = max(0, ΔC) / (1 − target"
            + " margin), rounded up to the cent. All amounts in US dollars per month.";

    public PriceSheet {
        Objects.requireNonNull(targetMargin, "targetMargin");
        moves = List.copyOf(moves);
        sensitivity = List.copyOf(sensitivity);
    }
}
