package dev.tenantsim.engine.platform.metrics;

import dev.tenantsim.engine.platform.CacheStats;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.JobStats;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.LoadSeries;
import java.util.Arrays;

/**
 * What one pass measured of one tenant in one replication, the same for the request-level and
 * the fluid pass. Counts are doubles because the fluid pass moves fractions of requests; the
 * request-level pass gives whole numbers.
 *
 * @param tenant           dense tenant index
 * @param tier             tier index (the scenario's tier order)
 * @param stack            index of the tenant's stack
 * @param revenueMicros    monthly revenue in micro-dollars
 * @param offered          requests the clients issued (a retried request counts once)
 * @param completed        requests answered successfully
 * @param attempts         attempts that reached the edge (first tries plus retries)
 * @param errorsByCause    failed requests per {@link ErrorCause} ordinal
 * @param latency          latency of completed requests (seconds)
 * @param slowRequests     completed requests slower than the tenant's latency threshold
 *                         ({@code SloPolicy.slowThreshold}: the occurrences threshold of its SLO,
 *                         else its p99 objective); an expected count on the fluid pass; NaN when
 *                         the pass did not count them
 * @param violations       the tenant's SLO-violation minutes
 * @param load             load the tenant put on its stack per minute (see {@link LoadSeries})
 * @param jobs             background jobs
 * @param unfinishedAtEnd  requests neither completed nor failed when the span ended (in flight,
 *                         or waiting in the fluid pass's backlog): neither latency nor error
 * @param cache            lookups and hits at the stack's caches (request level; NONE from the fluid pass)
 */
public record TenantMeasure(int tenant, String id, int tier, int stack, long revenueMicros,
                            double offered, double completed, double attempts, double[] errorsByCause,
                            LatencySummary latency, double slowRequests, MinuteRuns violations, LoadSeries load,
                            JobStats jobs, double unfinishedAtEnd, CacheStats cache) {
    public TenantMeasure(int tenant, String id, int tier, int stack, long revenueMicros,
                         double offered, double completed, double attempts, double[] errorsByCause,
                         LatencySummary latency, double slowRequests, MinuteRuns violations, LoadSeries load,
                         JobStats jobs, double unfinishedAtEnd) {
        this(tenant, id, tier, stack, revenueMicros, offered, completed, attempts, errorsByCause, latency, slowRequests,
                violations, load, jobs, unfinishedAtEnd, CacheStats.NONE);
    }

    public TenantMeasure {
        if (cache == null) {
            cache = CacheStats.NONE;
        }
        if (errorsByCause == null || errorsByCause.length != ErrorCause.count()) {
            throw new IllegalArgumentException("errorsByCause must hold one count per ErrorCause");
        }
        errorsByCause = errorsByCause.clone();
        if (slowRequests < 0) {
            throw new IllegalArgumentException("slowRequests (" + slowRequests + ") must be >= 0");
        }
        if (violations == null) {
            violations = MinuteRuns.EMPTY;
        }
        if (latency == null) {
            latency = LatencySummary.EMPTY;
        }
        if (jobs == null) {
            jobs = JobStats.NONE;
        }
        if (load == null) {
            load = LoadSeries.EMPTY;
        }
    }

    /** The same, from sorted minute indices (the request-level pass's form). */
    public TenantMeasure(int tenant, String id, int tier, int stack, long revenueMicros, double offered, double completed,
                         double attempts, double[] errorsByCause, LatencySummary latency, double slowRequests,
                         int[] violationMinutes, LoadSeries load, JobStats jobs, double unfinishedAtEnd) {
        this(tenant, id, tier, stack, revenueMicros, offered, completed, attempts, errorsByCause, latency, slowRequests,
                MinuteRuns.ofSorted(violationMinutes), load, jobs, unfinishedAtEnd);
    }

    public double errors(ErrorCause cause) {
        return errorsByCause[cause.ordinal()];
    }

    /** Failed requests, all causes. */
    public double errors() {
        double s = 0;
        for (double e : errorsByCause) {
            s += e;
        }
        return s;
    }

    public int violationMinuteCount() {
        return Math.toIntExact(violations.count());
    }

    /** Whether the tenant had a violation minute in [fromMinute, toMinute). */
    public boolean violatedDuring(int fromMinute, int toMinute) {
        return violations.anyIn(fromMinute, toMinute);
    }

    @Override
    public double[] errorsByCause() {
        return errorsByCause.clone();
    }

    /** The violation minutes as sorted indices. */
    public int[] violationMinutes() {
        return violations.toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantMeasure r && tenant == r.tenant && id.equals(r.id) && tier == r.tier
                && stack == r.stack && revenueMicros == r.revenueMicros && Double.compare(offered, r.offered) == 0
                && Double.compare(completed, r.completed) == 0 && Double.compare(attempts, r.attempts) == 0
                && Arrays.equals(errorsByCause, r.errorsByCause) && latency.equals(r.latency)
                && Double.compare(slowRequests, r.slowRequests) == 0 && violations.equals(r.violations) && load.equals(r.load) && jobs.equals(r.jobs)
                && Double.compare(unfinishedAtEnd, r.unfinishedAtEnd) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id.hashCode() + Double.hashCode(completed)) + violations.hashCode();
    }

    @Override
    public String toString() {
        return "TenantMeasure[" + id + " tier=" + tier + " stack=" + stack + " offered=" + offered + " completed="
                + completed + " errors=" + errors() + " violationMinutes=" + violations.count() + "]";
    }
}
