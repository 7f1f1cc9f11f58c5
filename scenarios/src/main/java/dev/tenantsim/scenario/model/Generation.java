package dev.tenantsim.scenario.model;

import java.util.Map;

/**
 * A generated tenant population.
 *
 * @param mix       share of tenants per tier (fractions adding up to 1), in file order
 * @param dataBytes mean data stored per tenant in bytes ({@code data}); NaN for the default population's
 */
public record Generation(int count, Map<String, Double> mix, UserSizes users, double requestsPerUserPerMinute, String pattern,
                         double dataBytes) {
    public Generation {
        mix = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mix));
    }

    public Generation(int count, Map<String, Double> mix, UserSizes users, double requestsPerUserPerMinute, String pattern) {
        this(count, mix, users, requestsPerUserPerMinute, pattern, Double.NaN);
    }
}
