/**
 * Showback: each tenant's usage-weighted share of every shared resource plus a share of idle capacity
 * by an {@link dev.tenantsim.cost.showback.IdleRule}; exact to the micro-dollar
 * ({@link dev.tenantsim.cost.showback.ShowbackCalculator}).
 */
package dev.tenantsim.cost.showback;
