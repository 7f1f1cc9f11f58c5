package dev.tenantsim.scenario.model;

import dev.tenantsim.scenario.unit.DataSize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named tenant.
 *
 * @param requestsPerUserPerMinute NaN to use the generated population's rate (or the default)
 * @param pattern                  null for the default arrival pattern
 * @param data                     null when not given
 * @param region                   null when not given
 * @param accessSkew               Zipf exponent of its lookups; NaN for {@code request.access.skew}
 * @param usersRegion              where its users sit, null when not given (then its {@code region})
 * @param shape                    its own generators over the pattern, generator name → parameters, in
 *                                 the order they apply (weekly, diurnal, bursty); empty when not given
 */
public record ExplicitTenant(String id, String tier, int users, double requestsPerUserPerMinute, String pattern,
                             DataSize data, String region, List<Job> jobs, double accessSkew, String usersRegion,
                             Map<String, Map<String, Double>> shape) {
    public ExplicitTenant {
        jobs = List.copyOf(jobs);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        shape.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        shape = Collections.unmodifiableMap(copy);
    }

    public ExplicitTenant(String id, String tier, int users, double requestsPerUserPerMinute, String pattern,
                          DataSize data, String region, List<Job> jobs, double accessSkew, String usersRegion) {
        this(id, tier, users, requestsPerUserPerMinute, pattern, data, region, jobs, accessSkew, usersRegion, Map.of());
    }

    public ExplicitTenant(String id, String tier, int users, double requestsPerUserPerMinute, String pattern,
                          DataSize data, String region, List<Job> jobs) {
        this(id, tier, users, requestsPerUserPerMinute, pattern, data, region, jobs, Double.NaN, null);
    }

    public ExplicitTenant(String id, String tier, int users, double requestsPerUserPerMinute, String pattern,
                          DataSize data, String region, List<Job> jobs, double accessSkew) {
        this(id, tier, users, requestsPerUserPerMinute, pattern, data, region, jobs, accessSkew, null);
    }

    public ExplicitTenant(String id, String tier, int users, double requestsPerUserPerMinute, String pattern,
                          DataSize data, String region, List<Job> jobs, String usersRegion) {
        this(id, tier, users, requestsPerUserPerMinute, pattern, data, region, jobs, Double.NaN, usersRegion);
    }

    /** The region its users' requests come from: {@code usersRegion}, else its residency {@code region} (null: none). */
    public String usersRegionOrResidency() {
        return usersRegion != null ? usersRegion : region;
    }
}
