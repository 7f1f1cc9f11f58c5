package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.SloPolicy;
import dev.tenantsim.engine.platform.SimulatedStack;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.engine.platform.SimulatedTenant;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;

/**
 * The request-level simulation of one stack: its own {@link Simulation}, so independent stacks
 * (cells, dedicated stacks) run in parallel and merge deterministically. This class assembles the
 * parts and runs them:
 *
 * <ul>
 *   <li>the {@link TenantTable} (loads, samplers, packed per-tenant fields) and the slots of
 *       {@link CallSlots calls} and {@link JobSlots jobs}, shared through a {@link StackContext};</li>
 *   <li>the {@link StackResources} (app CPU, DB CPU and IO per shard, connection pools);</li>
 *   <li>the request path, a chain of {@link Stage}s assembled in the constructor — {@link Clients}
 *       → {@link EdgeAdmission} → {@link ClientTimeout} → {@link AppTier} → {@link DependencyCalls} →
 *       {@link ResultCache} → ({@link ClassRouter}, when the stack has a replica or stores) → {@link DataTier};</li>
 *   <li>{@link BackgroundJobs} on the worker pool, whose queries use the data tier;</li>
 *   <li>minute ticks closing {@link TenantLedger} and {@link StackSeries} minutes, and the
 *       {@link OutcomeBuilder} at the horizon.</li>
 * </ul>
 */
public final class StackSimulation implements EventHandler {
    private static final int TICK = 0;
    private static final double MINUTE = 60.0;
    /** Significant digits of the latency histograms (percentiles within 1%). */
    public static final int LATENCY_DIGITS = TenantLedger.LATENCY_DIGITS;

    private final Simulation sim;
    private final int self;
    private final int stackIndex;
    private final double horizon;
    private final int minutes;
    private final StackContext ctx;
    private final Clients clients;
    private final BackgroundJobs background;
    private final DependencyCalls dependencies;
    private final ClassMix mix;
    private final DataTier data;
    private final DegradationTimeline degradations;
    private double minuteStart;

    /**
     * @param tenants global indices of this stack's tenants, ascending
     * @param loads   every tenant's load, by global index
     */
    public StackSimulation(Simulation sim, int stackIndex, StackSpec spec, int[] tenants, List<TenantLoad> loads,
                           Controls controls, SloPolicy slo, double horizonSeconds) {
        this.sim = sim;
        this.stackIndex = stackIndex;
        this.horizon = horizonSeconds;
        this.minutes = (int) Math.ceil(horizonSeconds / MINUTE);
        this.self = sim.register(this);
        int n = tenants.length;
        TenantTable table = new TenantTable(sim, spec, tenants, loads, controls);
        double[] p99Objective = new double[n];
        double[] errorBudget = new double[n];
        double[] slowThreshold = new double[n];
        for (int t = 0; t < n; t++) {
            p99Objective[t] = slo.p99Objective(tenants[t]);
            errorBudget[t] = slo.errorBudget(tenants[t]);
            slowThreshold[t] = slo.slowThreshold(tenants[t]);
        }
        StackSpec.Database db = spec.db();
        TenantLedger ledger = new TenantLedger(n, minutes, p99Objective, errorBudget, slo.minRequests(), slowThreshold);
        StackSeries series = new StackSeries(minutes, spec.app().cores(), (double) db.cores() * db.shards(),
                (double) db.ioChannels() * db.shards(), (double) db.maxConnections() * db.shards());
        ctx = new StackContext(sim, spec, horizonSeconds, table, ledger, series);
        StackResources resources = new StackResources(sim, spec, table, controls);

        mix = spec.routing().isOn() ? new ClassMix(sim, spec.routing(), table) : null;
        clients = new Clients(ctx, mix);
        AppTier app = new AppTier(ctx, resources);
        data = new DataTier(ctx, resources, mix);
        dependencies = new DependencyCalls(ctx);
        // The request path, outermost first. A new stage (a lock manager, a dependency, a
        // replica) is one Stage class and one line in this list.
        List<Stage> path = new java.util.ArrayList<>(List.of(clients));
        if (!spec.faults().outages().isEmpty()) {
            path.add(new OutageGate(ctx)); // the stack's outages of the timeline, before anything else
        }
        if (TenantGate.needed(ctx)) {
            path.add(new TenantGate(ctx)); // single tenants' down windows (control plane, no permitted failover)
        }
        path.addAll(List.of(
                new EdgeAdmission(ctx, controls.admissionQueueLimit(), app),
                new ClientTimeout(ctx, clients, mix),
                app,
                dependencies,
                new ResultCache(ctx)));
        if (mix != null && ClassRouter.needed(spec.routing())) {
            path.add(new ClassRouter(ctx, mix)); // reads of classes routed to the replica or a store
        }
        path.add(data);
        Stage.chain(path.toArray(new Stage[0]));
        background = new BackgroundJobs(ctx, data);
        data.serveBackground(background);
        degradations = new DegradationTimeline(ctx, data);
    }

    /** Runs the stack over the horizon and returns what it measured. */
    public StackOutcome run() {
        // Ticks first: at equal times they fire before other events, so an event at a minute
        // boundary belongs to the minute it starts.
        for (int m = 0; m < minutes - 1; m++) {
            sim.scheduleAt(MINUTE * (m + 1), self, TICK, m);
        }
        degradations.start(horizon);
        clients.start();
        background.start();
        sim.runUntil(horizon);
        closeMinute(minutes - 1, horizon);
        return OutcomeBuilder.build(ctx, stackIndex, minutes, dependencies.stats(horizon), routingStats());
    }

    private dev.tenantsim.engine.platform.RoutingStats routingStats() {
        if (mix == null) {
            return null;
        }
        LockTable locks = data.locks();
        ReplicaApply replica = data.replica();
        return new dev.tenantsim.engine.platform.RoutingStats(mix.stats(ctx.spec.routing().routes()),
                data.writes(), locks == null ? 0 : locks.waited(), locks == null ? 0 : locks.timedOut(),
                locks == null ? LatencySummary.EMPTY : locks.waits(), replica == null ? 0 : replica.applied(),
                replica == null ? LatencySummary.EMPTY : replica.lag());
    }

    @Override
    public void handle(int kind, int arg) {
        if (kind != TICK) {
            throw new IllegalStateException("unknown event kind " + kind);
        }
        closeMinute(arg, sim.now());
    }

    private void closeMinute(int m, double end) {
        ctx.ledger.closeMinute(m, end);
        ctx.series.close(m, end, end - minuteStart);
        minuteStart = end;
    }

    /**
     * What one stack measured, plus each tenant's latency histogram (by local index, null when it
     * completed nothing) so the simulator can merge percentiles per tier and per stack.
     */
    public record StackOutcome(List<SimulatedTenant> tenants, SimulatedStack stack, List<Incident> incidents,
                               AbstractHistogram[] histograms) {
    }

    /** An empty histogram for merging tenants' latencies (same precision, long counts). */
    public static AbstractHistogram newMergeHistogram() {
        return TenantLedger.newMergeHistogram();
    }

    /** Percentiles of a histogram recorded in microseconds, in seconds. */
    public static LatencySummary summarize(AbstractHistogram h) {
        return TenantLedger.summary(h);
    }
}
