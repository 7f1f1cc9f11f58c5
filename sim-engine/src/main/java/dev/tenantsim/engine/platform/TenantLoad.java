package dev.tenantsim.engine.platform;

import dev.tenantsim.engine.platform.cache.DataAccess;
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
 * @param data          its data (working set), access skew and cache quota, which the stack's caches
 *                      and query cost read ({@link StackSpec#dataPath()}); {@link DataAccess#NONE}
 * @param usersRegion   where the tenant's users sit (null: in its stack's region); see {@link StackSpec.Network}
 * @param carriedIn     requests already waiting when the run starts (a window warm-started from the
 *                      fluid pass's backlog): they take the stack's capacity from time 0, each with the
 *                      tenant's mean work, but are not the window's requests, so no figure counts them
 */
public record TenantLoad(String id, int tier, long revenueMicros, RateProfile rate, RequestWork work,
                         List<JobBatch> jobs, DataAccess data, String usersRegion, int carriedIn) {
    public TenantLoad {
        if (carriedIn < 0) {
            throw new IllegalArgumentException("tenant " + id + ".carriedIn (" + carriedIn + ") must be >= 0");
        }
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
        if (data == null) {
            throw new IllegalArgumentException("tenant " + id + ".data (null) must be given (DataAccess.NONE for none)");
        }
    }

    public TenantLoad(String id, int tier, long revenueMicros, RateProfile rate, RequestWork work,
                      List<JobBatch> jobs, DataAccess data) {
        this(id, tier, revenueMicros, rate, work, jobs, data, null, 0);
    }

    public TenantLoad(String id, int tier, long revenueMicros, RateProfile rate, RequestWork work,
                      List<JobBatch> jobs, DataAccess data, String usersRegion) {
        this(id, tier, revenueMicros, rate, work, jobs, data, usersRegion, 0);
    }

    /** A tenant with API traffic only and no data. */
    public static TenantLoad of(String id, int tier, long revenueMicros, RateProfile rate, RequestWork work) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, List.of(), DataAccess.NONE);
    }

    public TenantLoad withJobs(List<JobBatch> newJobs) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, newJobs, data, usersRegion, carriedIn);
    }

    public TenantLoad withRate(RateProfile newRate) {
        return new TenantLoad(id, tier, revenueMicros, newRate, work, jobs, data, usersRegion, carriedIn);
    }

    public TenantLoad withData(DataAccess newData) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, jobs, newData, usersRegion, carriedIn);
    }

    /** The same tenant with its users in {@code region} (null: in its stack's region). */
    public TenantLoad withUsersRegion(String region) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, jobs, data, region, carriedIn);
    }

    /** The same tenant with {@code requests} already waiting at time 0 (a warm start). */
    public TenantLoad withCarriedIn(int requests) {
        return new TenantLoad(id, tier, revenueMicros, rate, work, jobs, data, usersRegion, requests);
    }

    /** Mean requests/s over the profile's minutes. */
    public double meanRate() {
        double[] r = rate.perMinute();
        double s = 0;
        for (double x : r) {
            s += x;
        }
        return r.length == 0 ? 0 : s / r.length;
    }
}
