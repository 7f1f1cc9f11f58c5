/**
 * The cost model: money, not milliseconds.
 *
 * <p>It reads a priced inventory of a topology and what the simulation measured, and never runs
 * a simulation. Its inputs are its own small immutable records so that a thin adapter from the
 * engine's {@code Results} can feed it:
 * <ul>
 *   <li>{@link dev.tenantsim.cost.price.PriceBook}: unit prices, each naming its source (YAML,
 *       a bundled default overlaid by a user file by item key);</li>
 *   <li>{@link dev.tenantsim.cost.bom.Inventory}: stacks (pooled, performance cell, isolated cell,
 *       dedicated) with their priced items, each tagged with the {@link dev.tenantsim.cost.bom.Meter}
 *       whose usage attributes it;</li>
 *   <li>{@link dev.tenantsim.cost.tenant.TenantRoster}: tenant facts (id, tier, MAU, monthly fee)
 *       in dense index order;</li>
 *   <li>{@link dev.tenantsim.cost.showback.UsageLedger}: per stack and meter, the capacity and each
 *       tenant's usage (CPU-seconds, IO ops, connection-seconds, storage GB);</li>
 *   <li>{@link dev.tenantsim.cost.sla.Availability}: per tenant and replication, SLO-violation
 *       minutes over the horizon.</li>
 * </ul>
 * Outputs: {@link dev.tenantsim.cost.bom.Bill}, {@link dev.tenantsim.cost.showback.Showback},
 * {@link dev.tenantsim.cost.sla.SlaCredits}, {@link dev.tenantsim.cost.margin.MarginStatement},
 * {@link dev.tenantsim.cost.uplift.PriceSheet}. Definitions follow {@code docs/metrics.md} ("Money").
 * All amounts are {@link dev.tenantsim.cost.Money}: exact micro-dollars, monthly unless stated.
 */
package dev.tenantsim.cost;
