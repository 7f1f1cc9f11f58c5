package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.price.PriceBook;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices an {@link Inventory} with a {@link PriceBook}: every line is quantity × unit price; an
 * item missing from the book is an error (all of them reported at once), never $0. The book's
 * {@link dev.tenantsim.cost.price.PricingRules} split a line into the parts the invoice prices
 * differently ({@link PurchaseOptions}), each naming its rule; purchases no stack used are a
 * stack of their own ({@link StackBill#COMMITMENTS}).
 */
public final class BillOfMaterials {
    private BillOfMaterials() {
    }

    public static Bill price(Inventory inventory, PriceBook book) {
        List<String> problems = new ArrayList<>();
        List<StackBill> stacks = new ArrayList<>();
        PurchaseOptions options = new PurchaseOptions(book);
        for (StackInventory s : inventory.stacks()) {
            List<BomLine> lines = new ArrayList<>();
            for (int i = 0; i < s.lines().size(); i++) {
                InventoryLine l = s.lines().get(i);
                if (!book.contains(l.item())) {
                    problems.add(book.unknownItem("stacks." + s.id() + ".lines[" + i + "].item", l.item()));
                    continue;
                }
                lines.addAll(options.price(l, s.region()));
            }
            stacks.add(new StackBill(s.id(), s.kind(), s.tenantIds(), lines));
        }
        if (!problems.isEmpty()) {
            throw new CostInputException(problems);
        }
        List<BomLine> unused = options.unused();
        if (!unused.isEmpty()) {
            stacks.add(new StackBill(StackBill.COMMITMENTS, StackKind.POOLED, List.of(), unused));
        }
        return new Bill(stacks);
    }
}
