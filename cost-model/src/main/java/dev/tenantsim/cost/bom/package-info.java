/**
 * Bills of materials: stacks and their priced items ({@link dev.tenantsim.cost.bom.Inventory}), priced by
 * {@link dev.tenantsim.cost.bom.BillOfMaterials}; cells and dedicated stacks sized to demand and headroom
 * by {@link dev.tenantsim.cost.bom.CellTemplate} and {@link dev.tenantsim.cost.bom.CellSizing}.
 */
package dev.tenantsim.cost.bom;
