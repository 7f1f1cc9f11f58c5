package dev.tenantsim.scenario.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class PlatformRunnerTest {
    /** One tenant at 50 requests/s on one core serving one request at a time, 10 ms exponential work: M/M/1 at 50%. */
    static final String MM1 = """
            name: mm1
            seed: 11
            horizon: { length: 30min }
            replications: 4
            tiers:
              only: { slo: { p99: 1s }, monthlyFee: 100 }
            tenants:
              explicit:
                - { id: solo, tier: only, users: 50, requestsPerUserPerMinute: 60 }
            request:
              appCpu: { dist: exponential, mean: 10ms }
            topology:
              pooled:
                app: { nodes: 1, coresPerNode: 1, maxConcurrent: 1 }
            """;

    @Test
    void oneTenantOnOneCoreAtHalfLoadMatchesMm1Percentiles() {
        Scenario s = ScenarioLoader.parse(MM1, "mm1.yaml", Path.of("."));
        RunOutcome o = new PlatformRunner(1, 0).run(s, s.seed(), s.replications(), RunProgress.NONE);
        LatencyStats l = o.tenants().get(0).latency();
        // M/M/1 FCFS: sojourn ~ Exp(mu - lambda) = Exp(50/s): p50 = ln 2 / 50, p99 = ln 100 / 50.
        double p50 = Math.log(2) / 50 * 1000;
        double p99 = Math.log(100) / 50 * 1000;
        System.out.printf("M/M/1 rho 0.5: p50 %.2f ms (theory %.2f), p99 %.2f +- %.2f ms (theory %.2f)%n",
                l.p50Ms(), p50, l.p99Ms(), l.p99HalfWidthMs(), p99);
        // tolerance: 4% (HdrHistogram's 1% plus sampling error of 4 x 90,000 requests)
        assertEquals(p50, l.p50Ms(), 0.04 * p50, "p50");
        assertEquals(p99, l.p99Ms(), 0.04 * p99, "p99");
        assertTrue(l.p99HalfWidthMs() > 0 && l.p99HalfWidthMs() < 0.05 * p99, "Student-t half-width over 4 replications: " + l);
        assertEquals(50.0 * 1800, o.tenants().get(0).offeredRequests(), 4 * Math.sqrt(50.0 * 1800), "Poisson arrivals at 50/s");
        assertEquals(0.5, o.stacks().get(0).utilizationByResource().get("app-cpu").stream()
                .mapToDouble(Double::doubleValue).average().orElseThrow(), 0.02, "app utilization rho = 0.5");
    }

    @Test
    void theSameScenarioAndSeedGiveAnEqualOutcomeOnAnyNumberOfThreads() {
        Scenario s = ScenarioLoader.resolve("quickstart");
        RunOutcome a = new PlatformRunner(1, 2).run(s, 3, 1, RunProgress.NONE);
        RunOutcome b = new PlatformRunner(2, 2).run(s, 3, 1, RunProgress.NONE);
        assertEquals(a, b);
    }

    @Test
    void variantsSeeTheSameArrivalsAndShowbackSumsToTheBill() {
        Scenario s = ScenarioLoader.resolve("quickstart");
        RunOutcome base = new PlatformRunner(1, 0).run(s, 5, 1, RunProgress.NONE);
        RunOutcome quotas = new PlatformRunner(1, 0).run(s.variant("with-quotas"), 5, 1, RunProgress.NONE);
        for (int i = 0; i < base.tenants().size(); i++) {
            assertEquals(base.tenants().get(i).offeredRequests(), quotas.tenants().get(i).offeredRequests(), "tenant " + i);
        }
        BigDecimal showback = base.tenants().stream().map(TenantResult::showback).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(base.cost().platformShowback());
        assertEquals(0, showback.compareTo(base.cost().monthlyBill()), "tenants + platform = bill: " + showback);
        BigDecimal tiers = base.tiers().stream().map(t -> t.showback()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, tiers.add(base.cost().platformShowback()).compareTo(base.cost().monthlyBill()));
    }

    @Test
    void aLongHorizonIsSimulatedOverItsReportWindows() {
        String yaml = MM1.replace("length: 30min", "start: 2025-01-06T00:00Z, length: 30d")
                .replace("replications: 4", "replications: 1")
                + "report:\n  windows: [ { from: \"09:00\", to: \"10:00\", label: peak } ]\n";
        Scenario s = ScenarioLoader.parse(yaml, "long.yaml", Path.of("."));
        RunOutcome o = new PlatformRunner(1, 0).run(s, 1, 1, RunProgress.NONE);
        assertEquals(3600, o.info().simulatedSeconds(), 1e-9);
        assertEquals(30 * 86400, o.info().horizonSeconds(), 1e-9);
        assertEquals(9 * 3600, o.windows().get(0).fromSeconds(), 1e-9);
        assertTrue(o.info().notes().stream().anyMatch(n -> n.contains("minutes 540-600")), o.info().notes().toString());
    }

    @Test
    void zeroReplicationsIsARunFailure() {
        Scenario s = ScenarioLoader.parse(MM1, "mm1.yaml", Path.of("."));
        assertThrows(RunFailedException.class, () -> new PlatformRunner().run(s, 1, 0, RunProgress.NONE));
    }
}
