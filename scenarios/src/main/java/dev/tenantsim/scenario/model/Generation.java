package dev.tenantsim.scenario.model;

import java.util.Map;

/**
 * A generated tenant population.
 *
 * @param mix share of tenants per tier (fractions adding up to 1), in file order
 */
public record Generation(int count, Map<String, Double> mix, UserSizes users, double requestsPerUserPerMinute, String pattern) {
    public Generation {
        mix = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mix));
    }
}
