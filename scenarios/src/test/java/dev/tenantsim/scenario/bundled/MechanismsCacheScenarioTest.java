package dev.tenantsim.scenario.bundled;

import static dev.tenantsim.scenario.bundled.ControlRuns.run;
import static dev.tenantsim.scenario.bundled.ControlRuns.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code mechanisms-cache} scenario with its own seed: BigCo's export streams 1 TB
 * through the shared buffer pool and every other tenant's hit ratio falls; a 2 GB cache quota for
 * enterprise keeps the others' hit ratios; four shards make queries cheaper. Same random streams
 * in every run (common random numbers), so differences are the mechanism's.
 */
final class MechanismsCacheScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("mechanisms-cache");

    @Test
    void theExportEvictsEveryOtherTenantsPagesAndAQuotaProtectsThem() {
        RunOutcome quiet = run(SCENARIO.variant("no-export"));
        RunOutcome export = run(SCENARIO);
        RunOutcome quota = run(SCENARIO.variant("with-cache-quota"));
        Map<String, TenantResult> q = byId(quiet);
        Map<String, TenantResult> x = byId(export);
        Map<String, TenantResult> c = byId(quota);
        double quietMean = meanOthers(quiet);
        double exportMean = meanOthers(export);
        double quotaMean = meanOthers(quota);
        System.out.printf("mechanisms-cache: others' buffer-pool hit ratio %.3f quiet, %.3f during the export, %.3f with the quota;"
                        + " others' app-cache hit ratio %.3f; p99 of the others %.1f -> %.1f -> %.1f ms%n", quietMean, exportMean, quotaMean,
                others(quiet).stream().mapToDouble(TenantResult::appCacheHitRatio).average().orElseThrow(),
                p99(quiet), p99(export), p99(quota));

        int dropped = 0;
        for (TenantResult t : others(quiet)) {
            assertNotNull(t.appCacheHitRatio(), "every tenant looks up the app cache: " + t.id());
        }
        List<TenantResult> readers = readers(quiet);
        for (TenantResult t : readers) {
            Double during = x.get(t.id()).bufferPoolHitRatio();
            dropped += during != null && during < t.bufferPoolHitRatio() ? 1 : 0;
        }
        assertTrue(readers.size() > 0.9 * others(quiet).size(), "nearly every tenant misses the app cache sometimes: " + readers.size());
        assertEquals(readers.size(), dropped, "the export drops every other tenant's buffer-pool hit ratio");
        assertTrue(quietMean > 0.6 && quietMean < 0.95, "quiet, most page reads hit: " + quietMean);
        assertTrue(exportMean < quietMean - 0.2, "the scan evicts the others' pages: " + quietMean + " -> " + exportMean);
        assertTrue(quotaMean > quietMean - 0.05, "a 2 GB quota for BigCo keeps the others' hit ratio: " + quotaMean);
        assertTrue(c.get("bigco").bufferPoolHitRatio() < q.get("bigco").bufferPoolHitRatio(),
                "... at BigCo's expense: " + c.get("bigco").bufferPoolHitRatio());
        assertTrue(p99(export) > p99(quiet), "misses become disk IO, the others' p99 rises: " + p99(quiet) + " -> " + p99(export));
    }

    @Test
    void fourShardsMakeEveryQueryCheaper() {
        RunOutcome one = run(SCENARIO.variant("no-export"));
        RunOutcome four = run(SCENARIO.variant("four-shards"));
        double cpuOne = dbCpuSeconds(one, 16);
        double cpuFour = dbCpuSeconds(four, 64);
        System.out.printf("mechanisms-cache: DB CPU %.1f core-s on one database, %.1f on four shards (%.1f%% less)%n",
                cpuOne, cpuFour, 100 * (1 - cpuFour / cpuOne));
        // By hand: ~3.4 TB on one database vs ~0.85 TB per shard, log growth against 1e8 rows:
        // ln(3.4e9)/ln(1e8) = 1.19 vs ln(8.5e8)/ln(1e8) = 1.12, about 6% cheaper.
        assertTrue(cpuFour < 0.97 * cpuOne && cpuFour > 0.85 * cpuOne, "queries cost about 6% less: " + cpuOne + " -> " + cpuFour);
        assertTrue(meanOthers(four) > meanOthers(one), "four buffer pools hold more of everyone's pages");
    }

    /** Busy DB core-seconds over the run: mean utilization of the stack's DB CPU × cores × seconds. */
    private static double dbCpuSeconds(RunOutcome o, int cores) {
        StackResult s = o.stacks().get(0);
        List<Double> u = s.utilizationByResource().get("db-cpu");
        assertNotNull(u, "db-cpu utilization among " + s.utilizationByResource().keySet());
        return u.stream().mapToDouble(Double::doubleValue).sum() * s.stepSeconds() * cores;
    }

    private static Map<String, TenantResult> byId(RunOutcome o) {
        return o.tenants().stream().collect(Collectors.toMap(TenantResult::id, Function.identity()));
    }

    private static List<TenantResult> others(RunOutcome o) {
        return o.tenants().stream().filter(t -> !t.id().equals("bigco")).toList();
    }

    private static double meanOthers(RunOutcome o) {
        return readers(o).stream().mapToDouble(TenantResult::bufferPoolHitRatio).average().orElseThrow();
    }

    /** The other tenants that read pages (a tenant whose every lookup hit the app cache reads none). */
    private static List<TenantResult> readers(RunOutcome o) {
        return others(o).stream().filter(t -> t.bufferPoolHitRatio() != null).toList();
    }

    private static double p99(RunOutcome o) {
        return others(o).stream().mapToDouble(t -> t.latency().p99Ms()).average().orElseThrow();
    }
}
