package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.Money;
import java.util.List;

/**
 * The priced lines of one stack; its total is the exact sum of its lines. Purchases no stack used
 * (unused reservations and savings-plan commitment) are on a stack of their own,
 * {@link #COMMITMENTS}, with no tenants.
 */
public record StackBill(String stackId, StackKind kind, List<String> tenantIds, List<BomLine> lines) {
    /** The id of the bill's stack of unused commitments. */
    public static final String COMMITMENTS = "unused-commitments";

    public StackBill {
        tenantIds = List.copyOf(tenantIds);
        lines = List.copyOf(lines);
    }

    public Money total() {
        Money t = Money.ZERO;
        for (BomLine l : lines) {
            t = t.plus(l.total());
        }
        return t;
    }

    /** Sum of the lines attributed by {@code meter}. */
    public Money total(Meter meter) {
        Money t = Money.ZERO;
        for (BomLine l : lines) {
            if (l.meter() == meter) {
                t = t.plus(l.total());
            }
        }
        return t;
    }
}
