package dev.tenantsim.scenario.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class PlaceholderRunnerTest {
    private final PlaceholderRunner runner = new PlaceholderRunner();

    /**
     * One tenant on one core with exponential work is an M/M/1 queue: its response time is
     * exponential with rate μ − λ, so p50 = ln 2 / (μ − λ) and p99 = ln 100 / (μ − λ).
     * μ = 100/s, λ = 50/s: p50 = 13.86 ms, p99 = 92.10 ms. Tolerance 6% (two replications of
     * an hour, ~360,000 requests; the p99 of a correlated queue converges slowly).
     */
    @Test
    void oneTenantOnOneCoreMatchesMm1Theory() {
        Scenario s = Scenario.builder("mm1").seed(11).horizon(Duration.ofHours(1))
                .tier("t", t -> t.sloP99(Duration.ofSeconds(1)).monthlyFee("100"))
                .tenant("solo", "t", 50, t -> t.requestsPerUserPerMinute(60))
                .request(r -> r.appCpu("exponential", Duration.ofMillis(10), 1))
                .pooled(p -> p.app(1, 1))
                .build();
        RunOutcome o = runner.run(s, 11, 2, RunProgress.NONE);
        TenantResult t = o.tenants().get(0);
        double rate = 100 - 50;
        assertEquals(1000 * Math.log(2) / rate, t.latency().p50Ms(), 0.06 * 1000 * Math.log(2) / rate);
        assertEquals(1000 * Math.log(100) / rate, t.latency().p99Ms(), 0.06 * 1000 * Math.log(100) / rate);
        assertEquals(0.5, o.stacks().get(0).meanUtilization(), 0.02, "utilization = λ/μ");
        assertEquals(180_000, t.offeredRequests(), 3 * Math.sqrt(180_000), "Poisson count within 3 sd");
    }

    @Test
    void connectionQuotasShrinkTheQuickstartBlastRadius() {
        Scenario s = ScenarioLoader.resolve("quickstart");
        RunOutcome base = runner.run(s, s.seed(), 1, RunProgress.NONE);
        RunOutcome quotas = runner.run(s.variant("with-quotas"), s.seed(), 1, RunProgress.NONE);
        assertEquals("bigco", base.blastRadius().aggressor(), "the exporting tenant stands out");
        assertTrue(base.blastRadius().shareOfTenants() > 0.8, "shared everything: most tenants breach, was " + base.blastRadius().shareOfTenants());
        assertTrue(quotas.blastRadius().shareOfTenants() < 0.5 * base.blastRadius().shareOfTenants(),
                "quotas contain it: " + quotas.blastRadius().shareOfTenants() + " vs " + base.blastRadius().shareOfTenants());
    }

    @Test
    void variantsSeeTheSameArrivals() {
        Scenario s = ScenarioLoader.resolve("two-tenant-fairness");
        RunOutcome base = runner.run(s, 5, 1, RunProgress.NONE);
        RunOutcome limited = runner.run(s.variant("rate-limited"), 5, 1, RunProgress.NONE);
        assertEquals(base.tenants().get(0).offeredRequests(), limited.tenants().get(0).offeredRequests(),
                "common random numbers: the same requests are offered");
        assertTrue(limited.tenants().get(0).errorRate() > 0.1, "tenant A is throttled");
        assertEquals(0, limited.tenants().get(1).errorRate(), "tenant B is under the limit");
        assertTrue(limited.tenants().get(1).latency().p99Ms() < base.tenants().get(1).latency().p99Ms(),
                "B's tail improves when A is throttled");
    }

    @Test
    void aDedicatedTopologyGivesEachTenantItsOwnStackAndBill() {
        Scenario s = ScenarioLoader.resolve("megacorp-export").variant("dedicated-enterprise");
        Plan plan = runner.plan(s, s.seed());
        assertEquals(2, plan.stacks().size(), "the pool and megacorp's dedicated stack");
        assertEquals(java.util.List.of("megacorp"), plan.stacks().get(1).tenants());
        assertEquals(800, plan.stacks().get(0).tenants().size());
    }

    @Test
    void cellsTakeTheTiersTheyAreForAndEveryTopologyRuns() {
        Scenario cells = Scenario.builder("cells").horizon(Duration.ofMinutes(5))
                .tier("smb", t -> t.sloP99(Duration.ofMillis(300)).monthlyFee("50"))
                .tier("enterprise", t -> t.sloP99(Duration.ofMillis(200)).monthlyFee("5000"))
                .generate(g -> g.count(20).mix("smb", 0.9).mix("enterprise", 0.1).users(10, 50).requestsPerUserPerMinute(2))
                .request(r -> r.appCpu("gamma", Duration.ofMillis(5), 0.5))
                .cells("shared", 3, c -> c.app(1, 2), "smb")
                .cells("isolated", 2, c -> c.app(1, 4), "enterprise")
                .build();
        RunOutcome o = runner.run(cells, 3, 1, RunProgress.NONE);
        assertEquals(5, o.stacks().size());
        for (TenantResult t : o.tenants()) {
            assertTrue(t.stack().startsWith("smb".equals(t.tier()) ? "shared-" : "isolated-"), t.id() + " on " + t.stack());
        }
        Scenario dedicated = Scenario.builder("dedicated").horizon(Duration.ofMinutes(5))
                .tier("pro", t -> t.sloP99(Duration.ofMillis(300)).monthlyFee("400"))
                .generate(g -> g.count(4).mix("pro", 1.0).users(10, 50).requestsPerUserPerMinute(2))
                .request(r -> r.appCpu("constant", Duration.ofMillis(5), 0))
                .dedicated(d -> d.app(1, 2).db(10, 2))
                .build();
        RunOutcome d = runner.run(dedicated, 3, 1, RunProgress.NONE);
        assertEquals(4, d.stacks().size(), "one stack per tenant");
        // 4 stacks × (2 app cores × $35.04 + 2 DB cores × $62.415) = $779.64
        assertEquals(0, new java.math.BigDecimal("779.64").compareTo(d.cost().monthlyBill()), d.cost().monthlyBill().toString());
        assertEquals(5.0, d.tenants().get(0).latency().p50Ms(), 0.01, "constant work, no queueing: latency is the work");
    }

    @Test
    void tierCountsFollowTheMixByLargestRemainder() {
        java.util.Map<String, Double> mix = new java.util.LinkedHashMap<>();
        mix.put("free", 0.70);
        mix.put("pro", 0.28);
        mix.put("enterprise", 0.02);
        int[] n = Population.allocate(801, mix);
        assertEquals(801, n[0] + n[1] + n[2]);
        assertEquals(561, n[0]);
        assertEquals(224, n[1]);
        assertEquals(16, n[2]);
    }
}
