package dev.tenantsim.cost.bom;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One stack of a topology and what it is made of: the pooled stack, a cell, or a tenant's
 * dedicated stack.
 *
 * @param id        unique within an {@link Inventory}, e.g. {@code pooled}, {@code cell-3},
 *                  {@code dedicated/megacorp}; the {@code UsageLedger} uses the same id
 * @param kind      its place on the isolation ladder
 * @param lines     priced items
 * @param tenantIds tenants assigned to it (a dedicated stack has at most one)
 * @param region    where it runs, for regional prices ({@code null}: the price book's default region)
 */
public record StackInventory(String id, StackKind kind, List<InventoryLine> lines, List<String> tenantIds,
        String region) {
    /** A stack in the price book's default region. */
    public StackInventory(String id, StackKind kind, List<InventoryLine> lines, List<String> tenantIds) {
        this(id, kind, lines, tenantIds, null);
    }

    public StackInventory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
        tenantIds = List.copyOf(tenantIds);
        if (id.isBlank()) {
            throw new IllegalArgumentException("stack id must not be blank");
        }
        if (kind == StackKind.DEDICATED && tenantIds.size() > 1) {
            throw new IllegalArgumentException("stacks." + id + ".tenants (" + tenantIds.size()
                    + " tenants) must be at most 1 on a dedicated stack");
        }
        if (new HashSet<>(tenantIds).size() != tenantIds.size()) {
            throw new IllegalArgumentException("stacks." + id + ".tenants lists a tenant twice");
        }
    }
}
