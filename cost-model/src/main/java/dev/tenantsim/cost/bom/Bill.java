package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The monthly bill of materials of a topology: its stacks' bills; the total is their exact sum. */
public record Bill(List<StackBill> stacks) {
    public Bill {
        stacks = List.copyOf(stacks);
    }

    public Money total() {
        Money t = Money.ZERO;
        for (StackBill s : stacks) {
            t = t.plus(s.total());
        }
        return t;
    }

    public Optional<StackBill> stack(String id) {
        return stacks.stream().filter(s -> s.stackId().equals(id)).findFirst();
    }

    /** Totals per stack kind (kinds with no stack are absent). */
    public Map<StackKind, Money> totalsByKind() {
        Map<StackKind, Money> m = new EnumMap<>(StackKind.class);
        for (StackBill s : stacks) {
            m.merge(s.kind(), s.total(), Money::plus);
        }
        return m;
    }

    /**
     * The bill summarised by item: one line per price-book key, pricing rule and unit price (in
     * order of first appearance), quantities added, so 200 stacks of five items read as five
     * lines. Totals are unchanged.
     */
    public List<BomLine> linesByItem() {
        Map<String, BomLine> m = new java.util.LinkedHashMap<>();
        for (BomLine l : lines()) {
            m.merge(l.item() + '\u0000' + l.rule() + '\u0000' + l.unitPrice().micros(), l,
                    (a, b) -> new BomLine(a.item(), Math.addExact(a.quantity(), b.quantity()), a.unitPrice(),
                            a.total().plus(b.total()), a.meter(), a.unit(), a.source(), a.listUnitPrice(), a.rule(),
                            a.category()));
        }
        return List.copyOf(m.values());
    }

    /** Every line of every stack, in stack order. */
    public List<BomLine> lines() {
        return stacks.stream().flatMap(s -> s.lines().stream()).toList();
    }
}
