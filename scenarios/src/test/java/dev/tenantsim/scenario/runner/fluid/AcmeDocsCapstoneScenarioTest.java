package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acmedocs-capstone headline over the first {@link #DAYS} days of its quarter (run
 * {@code -Dtenantsim.acmedocs.days=90} for all of it), one replication: on tiered cells the
 * platform keeps 99.9% availability overall and 99.95% for enterprise, EU-only tenants stay on EU
 * cells; on one shared pool of the same cores, the exporters' bursts break both promises.
 */
final class AcmeDocsCapstoneScenarioTest {
    static final int DAYS = Integer.getInteger("tenantsim.acmedocs.days", 7);
    static FluidRunner.QuarterOutcome cells;
    static FluidRunner.QuarterOutcome pool;

    @BeforeAll
    static void runBoth() {
        Scenario base = ScenarioLoader.resolve("acmedocs-capstone");
        FluidRunner runner = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(15, 4, 1));
        long t0 = System.nanoTime();
        cells = runner.runDetailed(Scenarios.withHorizon(base, Duration.ofDays(DAYS)), base.seed(), 1, RunProgress.NONE);
        long t1 = System.nanoTime();
        pool = runner.runDetailed(Scenarios.withHorizon(base.variant("one-pool"), Duration.ofDays(DAYS)), base.seed(), 1,
                RunProgress.NONE);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "acmedocs-capstone over %d days: cells %.1f s, one pool %.1f s%n", DAYS, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9);
        print("tiered cells", cells);
        print("one pool", pool);
    }

    @Test
    void twelveThousandTenantsInTheAdvertisedMix() {
        List<TenantResult> t = cells.outcome().tenants();
        assertEquals(12_000, t.size());
        double small = t.stream().filter(x -> x.tier().equals("small")).count() / 12_000.0;
        double ent = t.stream().filter(x -> x.tier().equals("enterprise")).count() / 12_000.0;
        assertEquals(0.95, small, 0.01);
        assertEquals(0.01, ent, 0.003);
    }

    @Test
    void euOnlyTenantsStayOnEuCells() {
        List<TenantResult> eu = cells.outcome().tenants().stream().filter(x -> x.id().startsWith("eu-")).toList();
        assertEquals(30, eu.size());
        assertTrue(eu.stream().allMatch(x -> x.stack().startsWith("eu-")), "EU-only tenants on eu cells");
        assertTrue(cells.outcome().tenants().stream().filter(x -> x.stack().startsWith("eu-")).allMatch(x -> x.id().startsWith("eu-")),
                "and nobody else there");
    }

    @Test
    void tieredCellsKeepTheAvailabilityPromises() {
        assertTrue(availability(cells, null) >= 0.999, "overall " + availability(cells, null));
        assertTrue(availability(cells, "enterprise") >= 0.9995, "enterprise " + availability(cells, "enterprise"));
    }

    @Test
    void onePoolOfTheSameCoresBreaksThem() {
        assertTrue(availability(pool, "enterprise") < 0.9995, "enterprise " + availability(pool, "enterprise"));
        assertTrue(pool.incidents().size() > cells.incidents().size(), pool.incidents().size() + " vs " + cells.incidents().size());
    }

    /** Mean availability of the tenants of a tier (all tenants for null). */
    static double availability(FluidRunner.QuarterOutcome q, String tier) {
        return q.outcome().tenants().stream().filter(t -> tier == null || t.tier().equals(tier))
                .mapToDouble(TenantResult::availability).average().orElseThrow();
    }

    static void print(String label, FluidRunner.QuarterOutcome q) {
        System.out.printf(Locale.ROOT, "%s: availability overall %.4f%%, small %.4f%%, midmarket %.4f%%, enterprise %.4f%%; %d incidents;"
                        + " cost/MAU $%s; bill $%s%n", label, 100 * availability(q, null), 100 * availability(q, "small"),
                100 * availability(q, "midmarket"), 100 * availability(q, "enterprise"), q.incidents().size(), q.costPerMau(),
                q.outcome().cost().monthlyBill());
        q.incidents().stream().limit(2).forEach(i -> System.out.println("  incident: " + i));
        q.outcome().stacks().forEach(s -> System.out.printf(Locale.ROOT, "  stack %s: %d tenants, peak %.2f mean %.2f%n", s.name(),
                s.tenants(), s.peakUtilization(), s.meanUtilization()));
    }
}
