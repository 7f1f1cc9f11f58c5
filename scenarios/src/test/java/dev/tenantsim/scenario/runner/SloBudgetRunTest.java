package dev.tenantsim.scenario.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.engine.platform.metrics.TenantMeasure;
import dev.tenantsim.report.model.SloBudgetResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each tier's error budget from a request-level run, against queueing theory and the run's own counts. */
final class SloBudgetRunTest {
    /**
     * M/M/1 FCFS at half load (PlatformRunnerTest.MM1): a request's latency is Exp(50/s), so a share
     * e^-1 = 36.8% of requests take longer than 20 ms. The second tier keeps the default method.
     */
    static final String MM1 = """
            name: mm1-budget
            seed: 11
            horizon: { length: 30min }
            replications: 2
            tiers:
              only: { slo: { method: occurrences, target: 99%, threshold: 20ms, window: 1d }, monthlyFee: 100 }
              idle: { slo: { p99: 1s, availability: 99.9% }, monthlyFee: 100 }
            tenants:
              explicit:
                - { id: solo, tier: only, users: 50, requestsPerUserPerMinute: 60 }
                - { id: quiet, tier: idle, users: 1, requestsPerUserPerMinute: 1 }
            request:
              appCpu: { dist: exponential, mean: 10ms }
            topology:
              pooled:
                app: { nodes: 1, coresPerNode: 1, maxConcurrent: 1 }
            """;

    @Test
    void occurrencesCountTheRequestsSlowerThanTheThresholdAsQueueingTheoryPredicts() {
        Scenario s = ScenarioLoader.parse(MM1, "mm1-budget.yaml", Path.of("."));
        MeasuredOutcome run = new PlatformRunner(1, 0).runMeasured(s, s.seed(), s.replications(), RunProgress.NONE);
        SloBudgetResult b = run.outcome().tiers().get(0).sloBudget();
        // Independent count: per replication, the tenant's slow and failed requests over its decided ones.
        double slow = 0;
        double decided = 0;
        for (Measurements m : run.measurements()) {
            TenantMeasure solo = m.tenant(0);
            slow += (solo.slowRequests() + solo.errors()) / run.measurements().size();
            decided += (solo.completed() + solo.errors()) / run.measurements().size();
        }
        System.out.printf("M/M/1 rho 0.5: share slower than 20 ms %.4f (theory %.4f), burn rate %.2f, budget left %.3f%n",
                b.badShare(), Math.exp(-1), b.burnRate(), b.budgetLeft());
        assertEquals("occurrences", b.method());
        assertEquals(0.99, b.target());
        assertEquals(20.0, b.thresholdMs());
        assertEquals(86_400, b.windowSeconds());
        assertEquals(slow / decided, b.badShare(), 1e-9, "the tier's bad share is its tenants' count");
        // About 180,000 requests; sojourns of a busy M/M/1 are correlated, so the tolerance is 1.5 points
        // (several times the binomial standard error of 0.11 points).
        assertEquals(Math.exp(-1), b.badShare(), 0.015);
        assertEquals(b.badShare() / 0.01, b.burnRate(), 1e-6, "burn rate: bad share / (1 - target)");
        assertEquals(1 - b.burnRate() * 1800 / 86_400, b.budgetLeft(), 1e-6, "half an hour of a day's budget at that rate");
    }

    @Test
    void timeslicesCountViolationMinutesOfEveryTenantMinuteAgainstTheAvailability() {
        Scenario s = ScenarioLoader.parse(MM1, "mm1-budget.yaml", Path.of("."));
        TierResult idle = new PlatformRunner(1, 0).run(s, s.seed(), 1, RunProgress.NONE).tiers().get(1);
        SloBudgetResult b = idle.sloBudget();
        assertEquals("timeslices", b.method());
        assertEquals(0.999, b.target());
        assertNull(b.thresholdMs());
        assertEquals(60.0, b.sliceSeconds());
        assertEquals(1800, b.windowSeconds(), "window: the horizon");
        assertEquals(idle.violationMinutes() / 30, b.badShare(), 1e-9);
        assertEquals(1 - idle.violationMinutes() / (30 * 0.001), b.budgetLeft(), 1e-6, "violation minutes / allowed minutes");
        assertTrue(b.hasBudget());
    }

    @Test
    void aThresholdAboveEveryLatencyLeavesOnlyErrorsAndOneBelowEveryLatencyMakesEveryRequestBad() {
        String wide = MM1.replace("threshold: 20ms", "threshold: 1h");
        Scenario s = ScenarioLoader.parse(wide, "wide.yaml", Path.of("."));
        SloBudgetResult none = new PlatformRunner(1, 0).run(s, s.seed(), 1, RunProgress.NONE).tiers().get(0).sloBudget();
        assertEquals(0.0, none.badShare(), "no errors, nothing slower than an hour");
        assertEquals(1.0, none.budgetLeft());
        String narrow = MM1.replace("appCpu: { dist: exponential, mean: 10ms }", "appCpu: { dist: constant, mean: 30ms, cv: 0 }")
                .replace("users: 50, requestsPerUserPerMinute: 60", "users: 10, requestsPerUserPerMinute: 60");
        Scenario n = ScenarioLoader.parse(narrow, "narrow.yaml", Path.of("."));
        SloBudgetResult all = new PlatformRunner(1, 0).run(n, n.seed(), 1, RunProgress.NONE).tiers().get(0).sloBudget();
        assertEquals(1.0, all.badShare(), "every 30 ms request is slower than 20 ms");
        assertEquals(100.0, all.burnRate(), 1e-9);
    }
}
