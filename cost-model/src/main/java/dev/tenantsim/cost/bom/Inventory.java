package dev.tenantsim.cost.bom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every stack of a topology with its priced items: the input to a bill of materials. */
public record Inventory(List<StackInventory> stacks) {
    public Inventory {
        stacks = List.copyOf(stacks);
        Set<String> ids = new HashSet<>();
        for (StackInventory s : stacks) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("stacks." + s.id() + " is defined twice");
            }
        }
    }

    public static Inventory of(StackInventory... stacks) {
        return new Inventory(List.of(stacks));
    }
}
