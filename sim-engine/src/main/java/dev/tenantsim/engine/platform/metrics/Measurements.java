package dev.tenantsim.engine.platform.metrics;

import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.SimulatedStack;
import dev.tenantsim.engine.platform.SimulatedTenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one replication of a pass measured, the same type for the request-level and the fluid pass:
 * every reported figure is a function over a list of these (one per replication; see the
 * functions of this package and {@code scenario.runner.OutcomeAssembler}).
 *
 * @param replication    which replication (0-based)
 * @param fromMinute     the minute of the scenario's horizon where minute 0 of these measurements lies
 * @param horizonSeconds length of the measured span
 * @param minutes        whole minutes of the span (the last may be partial)
 * @param tenants        per tenant, dense index order
 * @param stacks         per stack, topology order
 * @param incidents      by start minute, then stack ({@link Incidents})
 * @param latencyByTier  latency of all completed requests of a tier (by tier index; empty when the
 *                       pass does not simulate requests)
 * @param latencyByStack latency of all completed requests of a stack (empty likewise)
 */
public record Measurements(int replication, int fromMinute, double horizonSeconds, int minutes,
                           List<TenantMeasure> tenants, List<StackMeasure> stacks, List<Incident> incidents,
                           Map<Integer, LatencySummary> latencyByTier, List<LatencySummary> latencyByStack) {
    /** The request-level series each {@link Resource} is read from. */
    private static final SimulatedStack.Series[] SERIES = {
        SimulatedStack.Series.APP_CPU_UTILIZATION, SimulatedStack.Series.DB_CPU_UTILIZATION,
        SimulatedStack.Series.DB_IO_UTILIZATION, SimulatedStack.Series.DB_POOL_UTILIZATION};

    public Measurements {
        if (fromMinute < 0) {
            throw new IllegalArgumentException("fromMinute (" + fromMinute + ") must be >= 0");
        }
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes (" + minutes + ") must be >= 1");
        }
        tenants = List.copyOf(tenants);
        stacks = List.copyOf(stacks);
        incidents = List.copyOf(incidents);
        latencyByTier = Collections.unmodifiableMap(new TreeMap<>(latencyByTier));
        latencyByStack = List.copyOf(latencyByStack);
    }

    /** Measurements of a request-level run that started at minute 0 of the horizon, replication 0. */
    public static Measurements of(Results results) {
        return of(results, 0, 0);
    }

    /**
     * The one conversion of the request-level pass's {@link Results}: counts as doubles, utilization
     * per {@link Resource} at one point per minute, incidents by {@link Incidents}.
     */
    public static Measurements of(Results results, int replication, int fromMinute) {
        List<TenantMeasure> tenants = new ArrayList<>(results.tenants().size());
        for (SimulatedTenant t : results.tenants()) {
            long[] e = t.errorsByCause();
            double[] errors = new double[e.length];
            for (int c = 0; c < e.length; c++) {
                errors[c] = e[c];
            }
            tenants.add(new TenantMeasure(t.tenant(), t.id(), t.tier(), t.stack(), t.revenueMicros(), t.offered(),
                    t.completed(), t.attempts(), errors, t.latency(), t.slowRequests(), MinuteRuns.ofSorted(t.violationMinutes()),
                    t.load(), t.jobs(), t.inFlightAtEnd(), t.cache()));
        }
        List<StackMeasure> stacks = new ArrayList<>(results.stacks().size());
        for (SimulatedStack s : results.stacks()) {
            double[][] u = new double[Resource.count()][];
            for (Resource r : Resource.values()) {
                u[r.ordinal()] = s.series(SERIES[r.ordinal()]);
            }
            stacks.add(new StackMeasure(s.stack(), s.name(), s.tenantCount(), 1, u, s.tenantsInViolation()));
        }
        return new Measurements(replication, fromMinute, results.horizonSeconds(), results.minutes(), tenants, stacks,
                Incidents.of(tenants, stacks), results.latencyByTier(), results.latencyByStack());
    }

    /** Measurements of every replication, in order. */
    public static List<Measurements> of(List<Results> replications, int fromMinute) {
        List<Measurements> out = new ArrayList<>(replications.size());
        for (int r = 0; r < replications.size(); r++) {
            out.add(of(replications.get(r), r, fromMinute));
        }
        return out;
    }

    public TenantMeasure tenant(int index) {
        return tenants.get(index);
    }

    public int tenantCount() {
        return tenants.size();
    }

    /** Minutes per point of the stacks' utilization series (1 when there are no stacks). */
    public int minutesPerPoint() {
        return stacks.isEmpty() ? 1 : stacks.get(0).minutesPerPoint();
    }
}
