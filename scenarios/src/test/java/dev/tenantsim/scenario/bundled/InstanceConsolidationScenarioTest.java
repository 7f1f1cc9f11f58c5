package dev.tenantsim.scenario.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.cost.casestudy.ConsolidationCaseStudy;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.PlatformRunner;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Case study 3 with the scenario's own settings: 200 customers on a stack each ($45,000/month from
 * the default price book's case-study items) and consolidated (190 pooled, 10 dedicated: the
 * source's nine line items, $9,000/month, with the published $10,000 beside it and the
 * difference explained), and the latency change.
 */
final class InstanceConsolidationScenarioTest {
    static RunOutcome before;
    static RunOutcome after;

    @BeforeAll
    static void run() {
        Scenario s = ScenarioLoader.resolve("instance-consolidation");
        before = new PlatformRunner().run(s, s.seed(), s.replications(), RunProgress.NONE);
        Scenario c = s.variant("consolidated");
        after = new PlatformRunner().run(c, c.seed(), c.replications(), RunProgress.NONE);
    }

    static TierResult tier(RunOutcome o, String name) {
        return o.tiers().stream().filter(t -> t.tier().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theMultiInstanceEstateCostsExactly45000AMonthFromItsSevenItems() {
        assertEquals(0, new BigDecimal("45000").compareTo(before.cost().monthlyBill()), before.cost().toString());
        assertEquals(7, before.cost().bill().size());
        assertEquals(200, before.stacks().size());
        assertEquals(0, ConsolidationCaseStudy.before(PriceBook.defaults()).total().toBigDecimal().compareTo(before.cost().monthlyBill()),
                "the same bill as the cost model's case study");
    }

    @Test
    void theConsolidatedPlatformsNineItemsSumTo9000WithThePublished10000Beside() {
        assertEquals(0, new BigDecimal("9000").compareTo(after.cost().monthlyBill()), after.cost().toString());
        assertEquals(9, after.cost().bill().size());
        BigDecimal sum = after.cost().bill().stream().map(CostLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(after.cost().monthlyBill()));
        assertEquals(0, new BigDecimal("10000").compareTo(after.cost().publishedMonthlyBill()));
        assertNotNull(after.cost().publishedNote());
        assertTrue(after.cost().publishedNote().contains("sum to $9,000"), after.cost().publishedNote());
        assertEquals(11, after.stacks().size(), "one pool and ten dedicated stacks");
        assertEquals(190, after.stacks().get(0).tenants());
        assertTrue(after.tenants().stream().filter(t -> t.tier().equals("enterprise")).allMatch(t -> t.stack().startsWith("dedicated-")));
    }

    @Test
    void pooledCustomersTailLatencyFallsWhileTheDedicatedOnesStayTheSame() {
        TierResult std0 = tier(before, "standard");
        TierResult std1 = tier(after, "standard");
        System.out.printf("standard p50/p95/p99: %.1f/%.1f/%.1f -> %.1f/%.1f/%.1f ms; enterprise p99 %.1f -> %.1f ms%n",
                std0.latency().p50Ms(), std0.latency().p95Ms(), std0.latency().p99Ms(),
                std1.latency().p50Ms(), std1.latency().p95Ms(), std1.latency().p99Ms(),
                tier(before, "enterprise").latency().p99Ms(), tier(after, "enterprise").latency().p99Ms());
        assertTrue(std1.latency().p95Ms() < std0.latency().p95Ms(), "p95 falls when pooled");
        assertTrue(std1.latency().p99Ms() < std0.latency().p99Ms(), "p99 falls when pooled");
        assertEquals(tier(before, "enterprise").latency().p99Ms(), tier(after, "enterprise").latency().p99Ms(), 1e-9,
                "the ten enterprise customers run on identical dedicated stacks with the same arrivals (common random numbers)");
    }
}
