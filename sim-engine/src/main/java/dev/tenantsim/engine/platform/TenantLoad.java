package dev.tenantsim.engine.platform;

import dev.tenantsim.workload.RequestWork;
import java.util.List;

/**
 * What one tenant asks of the platform: the minimal input of the request-level simulation.
 * The workload module's signatures are adapted to this.
 *
 * <p>Random streams are named by {@code id} ({@code "tenant/<id>/arrivals"}, {@code .../work},
 * {@code .../retry}), so the same tenant sees the same arrivals and work in every topology and in
 * a solo run (common random numbers).
 *
 * @param id            stable identifier, unique in a run
 * @param tier          dense tier index (0-based), used by per-tier controls and SLOs
 * @param revenueMicros monthly revenue in micro-dollars, for revenue-weighted blast radius
 * @param rate          API request rate
 * @param work          work per API request
 * @param jobs          background job batches (may be empty)
 * @param cacheHitRatio share of requests the stack's cache answers without touching the DB when
 *                      the cache is not crowded (0 for none); see {@link StackSpec#cacheGb()}
 * @param workingSetGb  the tenant's hot data, which competes for the stack's cache
 * @param usersRegion   where the tenant's users sit (null: in its stack's region); see {@link StackSpec.Network}
 */
public record TenantLoad(String id, int tier, long revenueMicros, RateProfile rate, RequestWork work,
                         List<JobBatch> jobs, double cacheHitRatio, double workingSetGb, String usersRegion) {
    public TenantLoad {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("tenant.id (" + id + ") must be a non-blank string");
        }
        if (tier < 0) {
            throw new IllegalArgumentException("tenant " + id + ".tier (" + tier + ") must be >= 0");
        }
        if (revenueMicros < 0) {
            throw new IllegalArgumentException("tenant " + id + ".revenueMicros (" + revenueMicros + ") must be >= 0");
        }
        if (rate == null || work == null) {
            throw new IllegalArgumentException("tenant " + id + ".rate and .work (null) must be given");
        }
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        if (!(cacheHitRatio >= 0 && cacheHitRatio <= 1)) {
            throw new IllegalArgumentException("tenant " + id + ".cacheHitRatio (" + cacheHitRatio + ") must be in [0, 1]");
        }
        if (!(workingSetGb >= 0) || Double.isInfinite(workingSetGb)) {
            throw new IllegalArgumentException("tenant " + id + ".workingSetGb (" + workingSetGb + ") must be finite and >= 0");
        }
    }

    public TenantLoad(String id, int tier, long revenueMicros, RateProfile rate, RequestWork work,
                      List<JobBatch> jobs, double cacheHitRatio, double workingSetGb) {
        this(id, tier, revenueMicros, rate, work, jobs, cacheHitRatio, workingSetGb, null);
    }

    /** A tenant with API traffic only and no cache. */
    public static TenantLoad of(String id, int tier, long revenueMicros, RateProfile rate, RequestWork work) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, List.of(), 0, 0);
    }

    public TenantLoad withJobs(List<JobBatch> newJobs) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, newJobs, cacheHitRatio, workingSetGb, usersRegion);
    }

    public TenantLoad withRate(RateProfile newRate) {
        return new TenantLoad(id, tier, revenueMicros, newRate, work, jobs, cacheHitRatio, workingSetGb, usersRegion);
    }

    public TenantLoad withCache(double hitRatio, double workingSet) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, jobs, hitRatio, workingSet, usersRegion);
    }

    /** The same tenant with its users in {@code region} (null: in its stack's region). */
    public TenantLoad withUsersRegion(String region) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, jobs, cacheHitRatio, workingSetGb, region);
    }
}
