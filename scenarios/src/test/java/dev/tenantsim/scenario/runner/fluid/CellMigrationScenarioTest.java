package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cell-migration headline, over the first {@link #DAYS} days of the scenario's month (its
 * 30 days take minutes: run {@code -Dtenantsim.cellMigration.days=30} to check them), one
 * replication, 15-minute request-level windows: the shared pool has noisy-neighbor incidents with a
 * platform-wide blast radius; tiered cells have none outside the whales' own isolated cells, SMB
 * median latency does not get worse, and the infrastructure cost per MAU of the isolation is shown.
 */
final class CellMigrationScenarioTest {
    static final int DAYS = Integer.getInteger("tenantsim.cellMigration.days", 3);
    static FluidRunner.QuarterOutcome before;
    static FluidRunner.QuarterOutcome after;

    @BeforeAll
    static void runBothVariants() {
        Scenario base = ScenarioLoader.resolve("cell-migration");
        FluidRunner runner = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(15, 3, 1));
        long t0 = System.nanoTime();
        before = runner.runDetailed(Scenarios.withHorizon(base, Duration.ofDays(DAYS)), base.seed(), 1, RunProgress.NONE);
        long t1 = System.nanoTime();
        after = runner.runDetailed(Scenarios.withHorizon(base.variant("tiered-cells"), Duration.ofDays(DAYS)), base.seed(), 1,
                RunProgress.NONE);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "cell-migration over %d days: shared pool %.1f s, tiered cells %.1f s%n", DAYS,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        print("shared pool", before);
        print("tiered cells", after);
    }

    @Test
    void theSharedPoolHasNoisyNeighborIncidentsWithAPlatformWideBlastRadius() {
        assertTrue(before.incidents().size() >= DAYS, "about one or more a day: " + before.incidents().size());
        FluidRunner.IncidentSummary worst = before.incidents().get(0);
        assertEquals("pool", worst.stack());
        assertTrue(worst.aggressor().startsWith("whale-"), "a whale's burst: " + worst);
        assertTrue(worst.affectedTenants() > 0.05 * worst.stackTenants(), "at least 5% of all tenants: " + worst);
        assertTrue(before.outcome().blastRadius().shareOfTenants() > 0.10, "blast radius over the horizon");
    }

    @Test
    void tieredCellsKeepIncidentsOutOfTheSharedAndPerformanceCells() {
        for (FluidRunner.IncidentSummary i : after.incidents()) {
            assertTrue(i.stack().startsWith("isolated-"), "only a whale's own cell may see one: " + i);
        }
        assertTrue(after.incidents().size() < before.incidents().size());
        // the run's blast radius counts every tenant with a violation minute in three days: small tenants'
        // occasional slow minute (the per-minute draw, as request by request) stays in both designs
        assertTrue(after.outcome().blastRadius().shareOfTenants() < 0.5 * before.outcome().blastRadius().shareOfTenants(),
                "blast radius " + after.outcome().blastRadius().shareOfTenants() + " vs " + before.outcome().blastRadius().shareOfTenants());
    }

    @Test
    void smbMedianLatencyDoesNotGetWorseAndFewerSmbTenantsBreach() {
        TierResult b = tier(before, "smb");
        TierResult a = tier(after, "smb");
        assertTrue(a.latency().hasData() && b.latency().hasData(), "SMB percentiles from the request-level windows");
        assertTrue(a.latency().p50Ms() <= 1.1 * b.latency().p50Ms(), "SMB p50 " + a.latency().p50Ms() + " vs " + b.latency().p50Ms());
        assertTrue(a.tenantsBreaching() < b.tenantsBreaching(), a.tenantsBreaching() + " vs " + b.tenantsBreaching());
    }

    @Test
    void isolationCostsMorePerMonthlyActiveUser() {
        assertEquals(before.users(), after.users(), "the same tenants");
        assertTrue(before.costPerMau().signum() > 0);
        assertTrue(after.costPerMau().compareTo(before.costPerMau()) > 0,
                "cost per MAU " + after.costPerMau() + " vs " + before.costPerMau());
    }

    static TierResult tier(FluidRunner.QuarterOutcome q, String name) {
        return q.outcome().tiers().stream().filter(t -> t.tier().equals(name)).findFirst().orElseThrow();
    }

    static void print(String label, FluidRunner.QuarterOutcome q) {
        System.out.printf(Locale.ROOT, "%s: %d incidents, blast radius %.1f%% of tenants, cost/MAU $%s (bill $%s, %d MAU)%n", label,
                q.incidents().size(), 100 * q.outcome().blastRadius().shareOfTenants(), q.costPerMau(), q.outcome().cost().monthlyBill(),
                q.users());
        q.incidents().stream().limit(2).forEach(i -> System.out.println("  incident: " + i));
        for (TierResult t : q.outcome().tiers()) {
            System.out.printf(Locale.ROOT, "  tier %s: p50 %.1f ms, p99 %.1f ms, %d of %d tenants breaching%n", t.tier(),
                    t.latency().p50Ms(), t.latency().p99Ms(), t.tenantsBreaching(), t.tenants());
        }
    }
}
