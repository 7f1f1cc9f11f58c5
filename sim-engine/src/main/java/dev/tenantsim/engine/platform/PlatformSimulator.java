package dev.tenantsim.engine.platform;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.metrics.NoisyNeighborImpact;
import dev.tenantsim.engine.platform.request.StackSimulation;
import org.HdrHistogram.AbstractHistogram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the request-level simulation of a {@link PlatformScenario}: one independent
 * {@link Simulation} per stack (cells and dedicated stacks share nothing), optionally on several
 * threads, merged deterministically (tenants by index, stacks by topology order, incidents by
 * start minute then stack). Random streams are named by tenant id, so the result does not depend
 * on the number of threads, and two topologies run with the same seed see the same arrivals.
 *
 * <pre>{@code
 * PlatformScenario s = new PlatformScenario(tenants, Topology.pooled(stack, tenants.size()),
 *         Controls.none(tenants.size()), SloPolicy.uniform(tenants.size(), 0.25, 0.01), 3600);
 * Results r = PlatformSimulator.run(s, RandomStreams.of(42), 2);
 * }</pre>
 */
public final class PlatformSimulator {
    private PlatformSimulator() {
    }

    /** Runs on the calling thread. */
    public static Results run(PlatformScenario scenario, RandomStreams streams) {
        return run(scenario, streams, 1);
    }

    /** Runs the stacks on up to {@code threads} threads; the result is the same for any count. */
    public static Results run(PlatformScenario scenario, RandomStreams streams, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        int stacks = scenario.topology().stacks().size();
        if (threads == 1 || stacks == 1) {
            int[][] tenantsOf = tenantsByStack(scenario.topology());
            List<StackSimulation.StackOutcome> outcomes = new ArrayList<>(stacks);
            for (int s = 0; s < stacks; s++) {
                outcomes.add(runStack(scenario, streams, s, tenantsOf[s]));
            }
            return merge(scenario, outcomes);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, stacks));
        try {
            return run(scenario, streams, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs the stacks as tasks of {@code executor} (e.g. a pool shared by a sweep); the result is
     * the same as on one thread.
     */
    public static Results run(PlatformScenario scenario, RandomStreams streams, ExecutorService executor) {
        int stacks = scenario.topology().stacks().size();
        int[][] tenantsOf = tenantsByStack(scenario.topology());
        List<Future<StackSimulation.StackOutcome>> futures = new ArrayList<>(stacks);
        for (int s = 0; s < stacks; s++) {
            int stack = s;
            futures.add(executor.submit(() -> runStack(scenario, streams, stack, tenantsOf[stack])));
        }
        List<StackSimulation.StackOutcome> outcomes = new ArrayList<>(stacks);
        try {
            for (Future<StackSimulation.StackOutcome> f : futures) {
                outcomes.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("stack simulation failed", cause);
        } finally {
            for (Future<StackSimulation.StackOutcome> f : futures) {
                f.cancel(true);
            }
        }
        return merge(scenario, outcomes);
    }

    /**
     * Runs {@code replications} independent replications (streams {@code streams.replication(r)}),
     * in order; see {@link dev.tenantsim.engine.platform.metrics.Replicated} for their intervals.
     */
    public static List<Results> replicate(PlatformScenario scenario, RandomStreams streams, int replications, int threads) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications (" + replications + ") must be >= 1");
        }
        List<Results> out = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            out.add(run(scenario, streams.replication(r), threads));
        }
        return out;
    }

    /**
     * Noisy-neighbor impact of tenant {@code i} (docs/metrics.md): its p99 in {@code shared} divided by
     * its p99 when it runs alone on a copy of its stack with the same streams.
     */
    public static double noisyNeighborImpact(PlatformScenario scenario, Results shared, int i, RandomStreams streams) {
        Results solo = run(scenario.soloOf(i), streams);
        return NoisyNeighborImpact.of(shared.tenant(i).latency().p99(), solo.tenant(0).latency().p99());
    }

    /**
     * Attribution (docs/metrics.md, "who hurt me"): how much {@code victim}'s p99 falls (seconds) when
     * the run is repeated without {@code suspect}, everyone else on the same streams. Positive:
     * the suspect hurt the victim.
     */
    public static double attribution(PlatformScenario scenario, Results shared, int victim, int suspect,
                                     RandomStreams streams, int threads) {
        if (victim == suspect) {
            throw new IllegalArgumentException("suspect (" + suspect + ") must not be the victim");
        }
        Results without = run(scenario.without(suspect), streams, threads);
        int v = victim > suspect ? victim - 1 : victim;
        return shared.tenant(victim).latency().p99() - without.tenant(v).latency().p99();
    }

    /**
     * The suspects of attribution: the {@code k} tenants of the victim's stack that put the most
     * load on it during the victim's violation minutes (all minutes if it had none).
     */
    public static int[] suspects(Results shared, int victim, int k) {
        SimulatedTenant v = shared.tenant(victim);
        int[] minutes = v.violationMinutes();
        List<SimulatedTenant> candidates = new ArrayList<>();
        for (SimulatedTenant t : shared.tenants()) {
            if (t.tenant() != victim && t.stack() == v.stack()) {
                candidates.add(t);
            }
        }
        java.util.function.ToDoubleFunction<SimulatedTenant> load = minutes.length == 0
                ? t -> t.load().total() : t -> t.load().during(minutes);
        candidates.sort(Comparator.comparingDouble(load).reversed().thenComparingInt(SimulatedTenant::tenant));
        return candidates.stream().limit(k).mapToInt(SimulatedTenant::tenant).toArray();
    }

    private static StackSimulation.StackOutcome runStack(PlatformScenario scenario, RandomStreams streams, int s, int[] tenants) {
        Simulation sim = new Simulation(streams);
        boolean failovers = Failovers.any(scenario);
        StackSimulation stack = new StackSimulation(sim, s, scenario.topology().stacks().get(s),
                failovers ? Failovers.tenantsOf(scenario, s, tenants) : tenants,
                failovers ? Failovers.loadsOf(scenario, s) : scenario.tenants(), scenario.controls(), scenario.slo(),
                scenario.horizonSeconds());
        return stack.run();
    }

    private static int[][] tenantsByStack(Topology topo) {
        int stacks = topo.stacks().size();
        int[] counts = new int[stacks];
        for (int i = 0; i < topo.tenantCount(); i++) {
            counts[topo.stackOf(i)]++;
        }
        int[][] out = new int[stacks][];
        for (int s = 0; s < stacks; s++) {
            out[s] = new int[counts[s]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < topo.tenantCount(); i++) {
            int s = topo.stackOf(i);
            out[s][counts[s]++] = i;
        }
        return out;
    }

    private static Results merge(PlatformScenario scenario, List<StackSimulation.StackOutcome> outcomes) {
        SimulatedTenant[] tenants = new SimulatedTenant[scenario.tenants().size()];
        List<SimulatedStack> stacks = new ArrayList<>(outcomes.size());
        List<Incident> incidents = new ArrayList<>();
        TreeMap<Integer, AbstractHistogram> byTier = new TreeMap<>();
        List<LatencySummary> byStack = new ArrayList<>(outcomes.size());
        AbstractHistogram[] latencyOf = new AbstractHistogram[tenants.length];
        int minutes = (int) Math.ceil(scenario.horizonSeconds() / 60.0);
        for (StackSimulation.StackOutcome o : outcomes) {
            AbstractHistogram stackHistogram = StackSimulation.newMergeHistogram();
            for (int k = 0; k < o.tenants().size(); k++) {
                SimulatedTenant t = o.tenants().get(k);
                AbstractHistogram h = o.histograms()[k];
                SimulatedTenant before = tenants[t.tenant()];
                if (before == null) {
                    tenants[t.tenant()] = t;
                    latencyOf[t.tenant()] = h;
                } else { // a failed-over tenant's second part (Failovers): one tenant of its own stack
                    boolean home = t.stack() == scenario.topology().stackOf(t.tenant());
                    tenants[t.tenant()] = home ? Failovers.merge(t, h, before, latencyOf[t.tenant()], minutes)
                            : Failovers.merge(before, latencyOf[t.tenant()], t, h, minutes);
                    latencyOf[t.tenant()] = Failovers.both(latencyOf[t.tenant()], h);
                }
                AbstractHistogram tier = byTier.computeIfAbsent(t.tier(), x -> StackSimulation.newMergeHistogram());
                if (h != null) {
                    stackHistogram.add(h);
                    tier.add(h);
                }
            }
            byStack.add(StackSimulation.summarize(stackHistogram));
            stacks.add(o.stack());
            incidents.addAll(o.incidents());
        }
        Map<Integer, LatencySummary> tierLatency = new TreeMap<>();
        byTier.forEach((tier, h) -> tierLatency.put(tier, StackSimulation.summarize(h)));
        incidents.sort(Comparator.comparingInt(Incident::startMinute).thenComparingInt(Incident::stack));
        return new Results(scenario.horizonSeconds(), minutes, Arrays.asList(tenants), stacks, incidents,
                tierLatency, byStack);
    }
}
