package dev.tenantsim.scenario.model;

/**
 * The file's {@code request.queryCost}: the growth law's name ({@code tenantsim list query-cost}),
 * the size cost follows ({@code shard} or {@code tenant}), the reference size and the row size in bytes.
 */
public record QueryCostSetting(String growth, String basis, double referenceBytes, double rowBytes) {
}
