package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.Dependency;
import dev.tenantsim.engine.platform.DependencyStats;
import dev.tenantsim.engine.platform.ErrorCause;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The stack's calls to its {@link Dependency dependencies}, after the app tier's CPU and while
 * the attempt holds its app thread. For each dependency in order, a share of the tenant's
 * attempts calls it (drawn from the tenant's own stream):
 *
 * <ul>
 *   <li>synchronously: the attempt waits for one of the dependency's servers (FIFO), is served for
 *       a time drawn from its latency distribution, and fails with DEPENDENCY_ERROR at its failure
 *       rate; its circuit breaker ({@link CircuitBreakers.OnDependencies}, per tenant and
 *       dependency or per dependency) fails it fast with CIRCUIT_OPEN while open;</li>
 *   <li>asynchronously: the attempt leaves a task in the dependency's queue and goes on at once;
 *       the servers work the tasks off later (their failures are counted, never the request's).</li>
 * </ul>
 *
 * Then the attempt goes inward. With no dependencies the stage only hands attempts on.
 */
final class DependencyCalls extends Stage implements EventHandler {
    private final Simulation sim;
    private final int self;
    private final JobSlots jobs;
    private final int count;
    private final boolean[] async;
    /** Share of tenant t's attempts that call dependency d, at t * count + d. */
    private final double[] share;
    private final UniformRandomProvider[] shareDraw;
    private final ContinuousSampler[] latency;
    private final UniformRandomProvider[] failureDraw;
    /** Failure rate of tenant t's calls to dependency d, at t * count + d. */
    private final double[] failureRate;
    private final DependencyServers[] servers;
    private final CircuitBreakers.OnDependencies breakers;
    private final DependencyDowns downs;
    /** Per job slot: the next dependency to consider. */
    private int[] cursor = new int[1024];

    DependencyCalls(StackContext ctx) {
        sim = ctx.sim;
        jobs = ctx.jobs;
        List<Dependency> deps = ctx.spec.dependencies();
        TenantTable tenants = ctx.tenants;
        count = deps.size();
        async = new boolean[count];
        share = new double[count * tenants.n];
        latency = new ContinuousSampler[count];
        failureDraw = new UniformRandomProvider[count];
        failureRate = new double[count * tenants.n];
        servers = new DependencyServers[count];
        String stack = ctx.spec.name();
        for (int d = 0; d < count; d++) {
            Dependency dep = deps.get(d);
            async[d] = dep.async();
            String base = "stack/" + stack + "/dependency/" + dep.name();
            latency[d] = dep.latency().sampler(sim.streams().stream(base + "/latency"));
            failureDraw[d] = sim.streams().stream(base + "/failures");
            servers[d] = new DependencyServers(dep.name(), dep.async(), dep.capacity());
            for (int t = 0; t < tenants.n; t++) {
                share[t * count + d] = dep.shareOf(tenants.load[t].tier());
                failureRate[t * count + d] = dep.failureRateOf(tenants.load[t].tier());
            }
        }
        shareDraw = new UniformRandomProvider[count == 0 ? 0 : tenants.n];
        for (int t = 0; t < shareDraw.length; t++) {
            shareDraw[t] = sim.streams().stream("tenant/" + tenants.load[t].id() + "/dependencies");
        }
        breakers = new CircuitBreakers.OnDependencies(deps, tenants.n);
        downs = new DependencyDowns(ctx, deps);
        self = sim.register(this);
    }

    @Override
    void accept(int j) {
        if (count == 0) {
            inner.accept(j);
            return;
        }
        if (j >= cursor.length) {
            int cap = Math.max(2 * cursor.length, j + 1);
            cursor = Arrays.copyOf(cursor, cap);
        }
        cursor[j] = 0;
        advance(j);
    }

    /** Makes job j's next call, or sends it inward when none is left. */
    private void advance(int j) {
        int t = jobs.tenant[j];
        int base = t * count;
        double now = sim.now();
        for (int d = cursor[j]; d < count; d++) {
            double s = share[base + d];
            if (s <= 0 || (s < 1 && shareDraw[t].nextDouble() >= s)) {
                continue;
            }
            if (async[d]) {
                if (servers[d].arrive(t, now)) {
                    startAsync(d, t);
                }
                continue;
            }
            if (breakers.isOpen(t, d, now)) {
                servers[d].breakerRejected++;
                outer.ended(j, ErrorCause.CIRCUIT_OPEN.ordinal());
                return;
            }
            cursor[j] = d + 1;
            if (servers[d].arrive(j, now)) {
                startSync(d, j);
            }
            return;
        }
        inner.accept(j);
    }

    private void startSync(int d, int j) {
        double s = latency[d].sample();
        servers[d].serving(s);
        sim.schedule(s, self, d, j);
    }

    private void startAsync(int d, int t) {
        double s = latency[d].sample();
        servers[d].serving(s);
        sim.schedule(s, self, count + d, t);
    }

    /** A service ended: kind d (synchronous, arg a job slot) or count + d (asynchronous, arg a tenant). */
    @Override
    public void handle(int kind, int arg) {
        double now = sim.now();
        if (kind < count) {
            int d = kind;
            int next = servers[d].served(now);
            if (next >= 0) {
                startSync(d, next);
            }
            int t = jobs.tenant[arg];
            double f = failureRate[t * count + d];
            boolean fails = (f > 0 && failureDraw[d].nextDouble() < f) | downs.down(t, d, now);
            int cause = fails ? ErrorCause.DEPENDENCY_ERROR.ordinal() : SUCCESS;
            breakers.record(t, d, cause, now);
            if (fails) {
                servers[d].failed++;
                outer.ended(arg, cause);
            } else {
                advance(arg);
            }
        } else {
            int d = kind - count;
            int next = servers[d].served(now);
            double f = failureRate[arg * count + d];
            if (f > 0 && failureDraw[d].nextDouble() < f) {
                servers[d].failed++;
            }
            if (next >= 0) {
                startAsync(d, next);
            }
        }
    }

    /** Each dependency's figures over a span ending at {@code end}. */
    List<DependencyStats> stats(double end) {
        List<DependencyStats> out = new ArrayList<>(count);
        for (DependencyServers s : servers) {
            out.add(s.stats(end));
        }
        return out;
    }
}
