package dev.tenantsim.engine.platform;

import java.util.Arrays;

/**
 * What the request-level simulation measured of one tenant over the horizon. Its name says so
 * beside the report's row ({@code report.model.TenantResult}); {@code Measurements.of} turns it
 * into the pass-neutral {@code metrics.TenantMeasure} every figure reads.
 *
 * @param tenant           dense tenant index
 * @param offered          requests the clients issued (a retried request counts once)
 * @param completed        requests answered successfully
 * @param attempts         attempts that reached the edge (first tries plus retries): the load the
 *                         clients put on the platform
 * @param errorsByCause    final failures per {@link ErrorCause} ordinal
 * @param latency          percentiles of completed requests (seconds)
 * @param slowRequests     completed requests slower than the tenant's latency threshold
 *                         ({@link SloPolicy#slowThreshold})
 * @param throughput       completed requests per second of horizon
 * @param violationMinutes sorted indices of this tenant's SLO-violation minutes
 * @param availability     1 − violation minutes / minutes in the horizon
 * @param inFlightAtEnd    requests neither completed nor failed when the horizon ended
 * @param jobs             background jobs
 * @param load             load put on the stack per minute (see {@link LoadSeries})
 * @param cache            its lookups and hits at the stack's caches ({@link CacheStats#NONE} without caches)
 */
public record SimulatedTenant(int tenant, String id, int tier, int stack, long revenueMicros,
                              long offered, long completed, long attempts, long[] errorsByCause,
                              LatencySummary latency, long slowRequests, double throughput, int[] violationMinutes,
                              double availability, long inFlightAtEnd, JobStats jobs,
                              LoadSeries load, CacheStats cache) implements java.io.Serializable {
    public SimulatedTenant(int tenant, String id, int tier, int stack, long revenueMicros,
                           long offered, long completed, long attempts, long[] errorsByCause,
                           LatencySummary latency, long slowRequests, double throughput, int[] violationMinutes,
                           double availability, long inFlightAtEnd, JobStats jobs, LoadSeries load) {
        this(tenant, id, tier, stack, revenueMicros, offered, completed, attempts, errorsByCause, latency, slowRequests,
                throughput, violationMinutes, availability, inFlightAtEnd, jobs, load, CacheStats.NONE);
    }

    public SimulatedTenant {
        if (cache == null) {
            cache = CacheStats.NONE;
        }
        if (errorsByCause == null || errorsByCause.length != ErrorCause.count()) {
            throw new IllegalArgumentException("errorsByCause must hold one count per ErrorCause");
        }
        errorsByCause = errorsByCause.clone();
        violationMinutes = violationMinutes.clone();
        if (jobs == null) {
            jobs = JobStats.NONE;
        }
        if (load == null) {
            load = LoadSeries.EMPTY;
        }
    }

    public long errors(ErrorCause cause) {
        return errorsByCause[cause.ordinal()];
    }

    public long errors() {
        long s = 0;
        for (long e : errorsByCause) {
            s += e;
        }
        return s;
    }

    /** Failed / offered (requests still in flight at the end are left out of both). */
    public double errorRate() {
        long decided = completed + errors();
        return decided == 0 ? 0 : (double) errors() / decided;
    }

    public int violationMinuteCount() {
        return violationMinutes.length;
    }

    /** Whether the tenant had a violation minute in [fromMinute, toMinute). */
    public boolean violatedDuring(int fromMinute, int toMinute) {
        int k = Arrays.binarySearch(violationMinutes, fromMinute);
        int idx = k >= 0 ? k : -k - 1;
        return idx < violationMinutes.length && violationMinutes[idx] < toMinute;
    }

    @Override
    public long[] errorsByCause() {
        return errorsByCause.clone();
    }

    @Override
    public int[] violationMinutes() {
        return violationMinutes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulatedTenant r && tenant == r.tenant && id.equals(r.id) && tier == r.tier
                && stack == r.stack && revenueMicros == r.revenueMicros && offered == r.offered
                && completed == r.completed && attempts == r.attempts
                && Arrays.equals(errorsByCause, r.errorsByCause) && latency.equals(r.latency)
                && slowRequests == r.slowRequests && Double.compare(throughput, r.throughput) == 0
                && Arrays.equals(violationMinutes, r.violationMinutes)
                && Double.compare(availability, r.availability) == 0 && inFlightAtEnd == r.inFlightAtEnd
                && jobs.equals(r.jobs) && load.equals(r.load);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id.hashCode() + Long.hashCode(completed)) + Arrays.hashCode(violationMinutes);
    }

    @Override
    public String toString() {
        return "SimulatedTenant[" + id + " tier=" + tier + " stack=" + stack + " offered=" + offered
                + " completed=" + completed + " attempts=" + attempts + " errors=" + Arrays.toString(errorsByCause)
                + " p99=" + latency.p99() + " violationMinutes=" + violationMinutes.length + "]";
    }
}
