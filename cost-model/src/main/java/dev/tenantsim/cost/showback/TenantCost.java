package dev.tenantsim.cost.showback;

import dev.tenantsim.cost.Money;

/**
 * One tenant's row of a showback table.
 *
 * @param used     its share of the used parts of resources (and of overhead)
 * @param idle     its share of idle capacity under the chosen rule
 * @param showback used + idle
 */
public record TenantCost(String tenantId, String tier, long mau, Money used, Money idle, Money showback) {
}
