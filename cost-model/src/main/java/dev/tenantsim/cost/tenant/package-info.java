/**
 * Tenant facts the cost model needs (tier, MAU, monthly fee) in dense index order.
 */
package dev.tenantsim.cost.tenant;
