package dev.tenantsim.scenario.model;

import dev.tenantsim.scenario.unit.DataSize;
import java.util.List;

/**
 * A named tenant.
 *
 * @param requestsPerUserPerMinute NaN to use the generated population's rate (or the default)
 * @param pattern                  null for the default arrival pattern
 * @param data                     null when not given
 * @param region                   null when not given
 * @param accessSkew               Zipf exponent of its lookups; NaN for {@code request.access.skew}
 * @param usersRegion              where its users sit, null when not given (then its {@code region})
 */
public record ExplicitTenant(String id, String tier, int users, double requestsPerUserPerMinute, String pattern,
                             DataSize data, String region, List<Job> jobs, double accessSkew, String usersRegion) {
    public ExplicitTenant {
        jobs = List.copyOf(jobs);
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
