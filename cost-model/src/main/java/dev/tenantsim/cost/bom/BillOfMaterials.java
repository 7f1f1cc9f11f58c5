package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.price.PriceItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices an {@link Inventory} with a {@link PriceBook}: every line is quantity × unit price; an
 * item missing from the book is an error (all of them reported at once), never $0.
 */
public final class BillOfMaterials {
    private BillOfMaterials() {
    }

    public static Bill price(Inventory inventory, PriceBook book) {
        List<String> problems = new ArrayList<>();
        List<StackBill> stacks = new ArrayList<>();
        for (StackInventory s : inventory.stacks()) {
            List<BomLine> lines = new ArrayList<>();
            for (int i = 0; i < s.lines().size(); i++) {
                InventoryLine l = s.lines().get(i);
                if (!book.contains(l.item())) {
                    problems.add(book.unknownItem("stacks." + s.id() + ".lines[" + i + "].item", l.item()));
                    continue;
                }
                PriceItem p = book.item(l.item());
                lines.add(new BomLine(l.item(), l.quantity(), p.monthly(), p.monthly().times(l.quantity()), l.meter(),
                        p.unit(), p.source()));
            }
            stacks.add(new StackBill(s.id(), s.kind(), s.tenantIds(), lines));
        }
        if (!problems.isEmpty()) {
            throw new CostInputException(problems);
        }
        return new Bill(stacks);
    }
}
