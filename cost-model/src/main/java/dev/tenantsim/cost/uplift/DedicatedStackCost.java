package dev.tenantsim.cost.uplift;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.BillOfMaterials;
import dev.tenantsim.cost.bom.CellTemplate;
import dev.tenantsim.cost.bom.Inventory;
import dev.tenantsim.cost.bom.StackKind;
import dev.tenantsim.cost.price.PriceBook;
import java.util.List;
import java.util.Objects;

/** A dedicated stack costs its whole bill: the template's fixed overhead plus nodes sized to the tenant alone. */
public record DedicatedStackCost(CellTemplate template, PriceBook book) implements PlacementCost {
    public DedicatedStackCost {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(book, "book");
        if (template.kind() != StackKind.DEDICATED) {
            throw new IllegalArgumentException("template.kind (" + template.kind().yamlName() + ") must be dedicated");
        }
        costOf(template, book, 0); // fails now, not in the middle of a price sheet, if an item is not priced
    }

    @Override
    public StackKind kind() {
        return StackKind.DEDICATED;
    }

    @Override
    public Money costToServe(double peakDemand) {
        return costOf(template, book, peakDemand);
    }

    static Money costOf(CellTemplate template, PriceBook book, double peakDemand) {
        return BillOfMaterials.price(Inventory.of(template.size("sized", peakDemand, List.of())), book).total();
    }
}
