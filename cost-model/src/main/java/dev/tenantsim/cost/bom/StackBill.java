package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.Money;
import java.util.List;

/** The priced lines of one stack; its total is the exact sum of its lines. */
public record StackBill(String stackId, StackKind kind, List<String> tenantIds, List<BomLine> lines) {
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
