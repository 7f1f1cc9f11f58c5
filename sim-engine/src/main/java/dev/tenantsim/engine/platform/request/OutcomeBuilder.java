package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.DependencyStats;
import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.LoadSeries;
import dev.tenantsim.engine.platform.SimulatedStack;
import dev.tenantsim.engine.platform.SimulatedTenant;
import dev.tenantsim.engine.platform.metrics.IncidentDetector;
import dev.tenantsim.engine.platform.metrics.SloJudge;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;

/**
 * What one stack measured, assembled once its run is over: a {@link SimulatedTenant} per tenant
 * (with the calls still in flight at the horizon), the {@link SimulatedStack} with the per-minute
 * series, and the stack's incidents with their aggressors, in global tenant indices.
 */
final class OutcomeBuilder {
    private OutcomeBuilder() {
    }

    static StackSimulation.StackOutcome build(StackContext ctx, int stackIndex, int minutes,
                                             List<DependencyStats> dependencies,
                                             dev.tenantsim.engine.platform.RoutingStats routing) {
        TenantTable table = ctx.tenants;
        TenantLedger ledger = ctx.ledger;
        CallSlots calls = ctx.calls;
        int n = table.n;
        List<SimulatedTenant> tenants = new ArrayList<>(n);
        long[] inFlight = new long[n];
        for (int c = 0; c < calls.used; c++) {
            if (calls.tenant[c] >= 0) {
                inFlight[calls.tenant[c]]++;
            }
        }
        LoadSeries[] loads = ledger.loadSeries();
        AbstractHistogram[] histograms = new AbstractHistogram[n];
        for (int t = 0; t < n; t++) {
            int[] v = ledger.violationMinutes(t);
            histograms[t] = ledger.histogram(t);
            tenants.add(new SimulatedTenant(table.globalOf[t], table.load[t].id(), table.load[t].tier(), stackIndex,
                    table.load[t].revenueMicros(), ledger.offered(t), ledger.completed(t), ledger.attempts(t),
                    ledger.errorsOf(t), TenantLedger.summary(histograms[t]), ledger.slow(t), ledger.completed(t) / ctx.horizon, v,
                    SloJudge.availability(v.length, minutes), inFlight[t], ledger.jobStats(t), loads[t],
                    ctx.cache.of(t)));
        }
        int[] violators = ledger.violatorsPerMinute();
        SimulatedStack stack = new SimulatedStack(stackIndex, ctx.spec.name(), n, ctx.series.values(), violators,
                ctx.sim.eventsProcessed(), dependencies, routing);
        List<Incident> incidents = new ArrayList<>();
        for (IncidentDetector.Window w : IncidentDetector.detect(violators, n)) {
            int aggressor = ledger.aggressorIn(w.start(), w.end());
            incidents.add(new Incident(stackIndex, w.start(), w.end(), aggressor < 0 ? -1 : table.globalOf[aggressor],
                    aggressor < 0 ? null : table.load[aggressor].id(), w.peakShare()));
        }
        return new StackSimulation.StackOutcome(tenants, stack, incidents, histograms);
    }
}
