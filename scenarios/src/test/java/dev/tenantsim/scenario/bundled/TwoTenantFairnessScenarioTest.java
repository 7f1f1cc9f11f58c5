package dev.tenantsim.scenario.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.PlatformRunner;
import org.junit.jupiter.api.Test;

/**
 * Case study 5 with the scenario's own settings: A (1,000 requests/s) and B (10 requests/s) on
 * 8 app cores that A alone overloads. Without controls B breaches; with a per-tenant rate limit
 * and concurrency cap B's p99 stays under 250 ms and its error rate under 1%, while A is throttled.
 */
final class TwoTenantFairnessScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("two-tenant-fairness");

    static RunOutcome run(Scenario s) {
        return new PlatformRunner().run(s, s.seed(), s.replications(), RunProgress.NONE);
    }

    static TenantResult tenant(RunOutcome o, String id) {
        return o.tenants().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withoutControlsTheSmallTenantBreachesAndWithRateLimitAndCapItDoesNot() {
        RunOutcome open = run(SCENARIO);
        TenantResult b = tenant(open, "tenant-b");
        assertTrue(b.breached(), "B breaches without controls: " + b);
        assertTrue(b.latency().p99Ms() > 1000, "B's p99 runs to seconds: " + b.latency());
        assertTrue(b.noisyNeighborImpact() > 10, "A is B's noisy neighbor (p99 shared / solo): " + b.noisyNeighborImpact());

        RunOutcome isolated = run(SCENARIO.variant("isolated"));
        TenantResult bi = tenant(isolated, "tenant-b");
        TenantResult ai = tenant(isolated, "tenant-a");
        System.out.printf("two-tenant-fairness: B p99 %.1f ms (impact %.1f) without controls; %.1f ms, errors %.4f with rate limit + cap;"
                + " A rate-limited %.0f of %.0f%n", b.latency().p99Ms(), b.noisyNeighborImpact(), bi.latency().p99Ms(), bi.errorRate(),
                ai.errorsByCause().getOrDefault("rate-limited", 0.0), ai.offeredRequests());
        assertTrue(bi.latency().p99Ms() < 250, "B's p99 under 250 ms: " + bi.latency());
        assertTrue(bi.errorRate() < 0.01, "B's errors under 1%: " + bi.errorRate());
        assertEquals(0.0, bi.violationMinutes(), "B never breaches");
        assertTrue(ai.errorsByCause().getOrDefault("rate-limited", 0.0) > 0.3 * ai.offeredRequests(),
                "A is throttled: " + ai.errorsByCause());
        assertTrue(ai.completedRequests() > 0.5 * 600 * 300, "A still gets most of its 600/s allowance: " + ai.completedRequests());
    }
}
