package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.engine.fluid.FluidIncident;
import dev.tenantsim.engine.fluid.FluidResource;
import dev.tenantsim.engine.fluid.FluidResult;
import dev.tenantsim.engine.fluid.StackFluidResult;
import dev.tenantsim.engine.fluid.TenantFluidResults;
import dev.tenantsim.engine.fluid.UtilizationSeries;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.JobStats;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.LoadSeries;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.engine.platform.metrics.Resource;
import dev.tenantsim.engine.platform.metrics.StackMeasure;
import dev.tenantsim.engine.platform.metrics.TenantMeasure;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.TenantWorkloads;
import dev.tenantsim.workload.TenantProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one conversion of the fluid pass's {@link FluidResult} into {@link Measurements} (a single
 * replication from minute 0 over the horizon), so that every figure of a long-horizon run comes
 * from the same functions as a request-level run's.
 *
 * <p>What each field holds: offered, completed (served) requests; rejections by the rate limit or
 * the concurrency cap as {@link ErrorCause#RATE_LIMITED} (the fluid pass has no other failure);
 * the backlog still waiting at the end as {@code unfinishedAtEnd}; the violation minutes; the load
 * as a total ({@link LoadSeries#ofTotal}: each incident already names its aggressor); utilization
 * per {@link Resource} at the series' resolution; per minute the stack's tenants in violation;
 * the fluid pass's incidents. Latency holds the count and the fluid mean only: the fluid pass
 * has no percentiles (the runner gives the report its request-level windows' instead). Slow
 * requests (above each tenant's latency threshold) are the fluid pass's expected count, for
 * tenants of occurrences tiers (NaN, not measured, for the others).
 */
final class FluidMeasurements {
    private FluidMeasurements() {
    }

    static Measurements of(ScenarioModel model, FluidResult fr, int minutes) {
        int n = model.tenantCount();
        int stepMinutes = fr.options().stepMinutes();
        int[] tierIndex = model.tierIndex();
        int[] stackOf = model.layout().stackOf();
        TenantFluidResults tr = fr.tenants();
        List<TenantMeasure> tenants = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            TenantProfile p = model.workload().tenant(t);
            double[] errors = new double[ErrorCause.count()];
            errors[ErrorCause.RATE_LIMITED.ordinal()] = tr.rejectedRequests(t);
            double served = tr.servedRequests(t);
            LatencySummary latency = served > 0
                    ? new LatencySummary(Math.round(served), tr.meanLatencySeconds(t), Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN)
                    : LatencySummary.EMPTY;
            tenants.add(new TenantMeasure(t, p.id(), tierIndex[t], stackOf[t], TenantWorkloads.revenueMicros(p.monthlyRevenue()),
                    tr.offeredRequests(t), served, tr.offeredRequests(t), errors, latency,
                    tr.slowRequests(t), tr.violations(t),
                    LoadSeries.ofTotal(tr.load(t)), JobStats.NONE, tr.finalBacklogRequests(t)));
        }
        List<StackMeasure> stacks = new ArrayList<>(fr.stacks().size());
        List<Incident> incidents = new ArrayList<>();
        for (StackFluidResult sr : fr.stacks()) {
            UtilizationSeries series = sr.series();
            double[][] u = new double[Resource.count()][];
            for (Resource r : Resource.values()) {
                u[r.ordinal()] = series.meanSeries(fluidResource(r));
            }
            int[] perStep = sr.tenantsInViolation();
            int[] perMinute = new int[minutes];
            for (int m = 0; m < minutes; m++) {
                perMinute[m] = perStep[Math.min(perStep.length - 1, m / stepMinutes)];
            }
            stacks.add(new StackMeasure(sr.stack(), model.layout().stack(sr.stack()).name(), sr.tenants(),
                    series.minutesPerPoint(), u, perMinute));
            for (FluidIncident i : sr.incidents()) {
                incidents.add(new Incident(i.stack(), i.startMinute(), i.startMinute() + i.lengthMinutes(), i.aggressor(),
                        i.aggressor() < 0 ? null : model.workload().tenant(i.aggressor()).id(), i.peakShare()));
            }
        }
        incidents.sort(Comparator.comparingInt(Incident::startMinute).thenComparingInt(Incident::stack));
        return new Measurements(0, 0, minutes * 60.0, minutes, tenants, stacks, incidents, java.util.Map.of(), List.of());
    }


    private static FluidResource fluidResource(Resource r) {
        return switch (r) {
            case APP_CPU -> FluidResource.APP_CPU;
            case DB_CPU -> FluidResource.DB_CPU;
            case DB_IO -> FluidResource.DB_IO;
            case DB_POOL -> FluidResource.DB_CONNECTIONS;
        };
    }
}
