package dev.tenantsim.cost.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A template for a cell or a dedicated stack: fixed overhead plus nodes of one price-book item,
 * sized to the demand of whoever is assigned to it (see {@link CellSizing}).
 *
 * @param kind          what the sized stack will be
 * @param fixedOverhead lines every instance of the template has (DB cluster, LB, NAT, monitoring)
 * @param nodeItem      price-book key of one node
 * @param nodeMeter     what attributes node cost in showback (usually CPU-seconds)
 * @param nodeCapacity  demand one node serves at 100% (same unit as the peak demand)
 * @param headroom      target share of each node left free at peak, in [0, 1)
 * @param minNodes      floor on the node count (e.g. 2 for redundancy)
 */
public record CellTemplate(StackKind kind, List<InventoryLine> fixedOverhead, String nodeItem, Meter nodeMeter,
        double nodeCapacity, double headroom, int minNodes) {
    public CellTemplate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nodeItem, "nodeItem");
        Objects.requireNonNull(nodeMeter, "nodeMeter");
        fixedOverhead = List.copyOf(fixedOverhead);
        // validates capacity, headroom and minNodes once, with the sizing rule's messages
        CellSizing.nodeCount(0, nodeCapacity, headroom, minNodes);
    }

    /** Nodes needed for a peak demand. */
    public long nodesFor(double peakDemand) {
        return CellSizing.nodeCount(peakDemand, nodeCapacity, headroom, minNodes);
    }

    /** A stack of this template sized for {@code peakDemand}, serving {@code tenantIds}. */
    public StackInventory size(String stackId, double peakDemand, List<String> tenantIds) {
        List<InventoryLine> lines = new ArrayList<>(fixedOverhead);
        lines.add(new InventoryLine(nodeItem, nodesFor(peakDemand), nodeMeter));
        return new StackInventory(stackId, kind, lines, tenantIds);
    }
}
