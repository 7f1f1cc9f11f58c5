package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.PlatformSimulator;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.SimulatedTenant;
import dev.tenantsim.engine.platform.metrics.NoisyNeighborImpact;
import dev.tenantsim.scenario.RunProgress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Noisy-neighbor impact (docs/metrics.md) of the {@code k} tenants most affected: p99 in the shared run
 * over p99 in a solo run of the same tenant on a copy of its stack, with the same streams (common
 * random numbers), averaged over replications. "Most affected": tenants sharing a stack, ranked by
 * their p99 over their objective, then by violation minutes. Everyone else gets NaN (not computed).
 */
final class NoisyNeighbors {
    /** Tenants given solo runs. */
    static final int TOP_K = 5;

    private NoisyNeighbors() {
    }

    /** The k tenants most affected, by dense index. */
    static int[] mostAffected(PlatformScenario scenario, List<Results> runs, int k) {
        int n = scenario.tenants().size();
        int[] perStack = new int[scenario.topology().stacks().size()];
        for (int i = 0; i < n; i++) {
            perStack[scenario.topology().stackOf(i)]++;
        }
        List<int[]> candidates = new ArrayList<>();
        double[] ratio = new double[n];
        double[] minutes = new double[n];
        for (int i = 0; i < n; i++) {
            if (perStack[scenario.topology().stackOf(i)] < 2) {
                continue;
            }
            boolean completedEverywhere = true;
            for (Results r : runs) {
                SimulatedTenant t = r.tenant(i);
                completedEverywhere &= t.latency().count() > 0;
                ratio[i] += t.latency().p99() / scenario.slo().p99Objective(i) / runs.size();
                minutes[i] += t.violationMinuteCount();
            }
            if (completedEverywhere) {
                candidates.add(new int[] {i});
            }
        }
        return candidates.stream().map(c -> c[0])
                .sorted(Comparator.comparingDouble((Integer i) -> -ratio[i]).thenComparingDouble(i -> -minutes[i])
                        .thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    /** Impact per tenant (NaN where not computed), and the solo runs by tenant index (one per replication). */
    record Solo(double[] impact, Map<Integer, List<Results>> runs) {
    }

    /** One solo run per chosen tenant and replication. */
    static Solo measure(PlatformScenario scenario, List<Results> runs, RandomStreams root, int k, RunProgress progress) {
        double[] out = new double[scenario.tenants().size()];
        Arrays.fill(out, Double.NaN);
        Map<Integer, List<Results>> solos = new LinkedHashMap<>();
        for (int i : mostAffected(scenario, runs, k)) {
            double[] perRep = new double[runs.size()];
            PlatformScenario solo = scenario.soloOf(i);
            List<Results> mine = new ArrayList<>();
            for (int r = 0; r < runs.size(); r++) {
                Results alone = PlatformSimulator.run(solo, root.replication(r));
                mine.add(alone);
                double soloP99 = alone.tenant(0).latency().p99();
                perRep[r] = soloP99 > 0 ? NoisyNeighborImpact.of(runs.get(r).tenant(i).latency().p99(), soloP99) : Double.NaN;
                progress.advance(1);
            }
            out[i] = Math.round(ReplicaStats.mean(perRep) * 1000) / 1000.0;
            solos.put(i, List.copyOf(mine));
        }
        return new Solo(out, solos);
    }
}
