package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class CellMigrationScenarioTest {
    static final int DAYS = Integer.getInteger("tenantsim.cellMigration.days", 14);

    @Test
    void tieredCellsContainTheNoisyNeighborIncidents() {
        Scenario base = ScenarioLoader.resolve("cell-migration");
        FluidRunner runner = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(15, 4, 1));
        long t0 = System.nanoTime();
        FluidRunner.QuarterOutcome before = runner.runDetailed(Scenarios.withHorizon(base, Duration.ofDays(DAYS)), base.seed(), 1,
                RunProgress.NONE);
        long t1 = System.nanoTime();
        FluidRunner.QuarterOutcome after = runner.runDetailed(Scenarios.withHorizon(base.variant("tiered-cells"),
                Duration.ofDays(DAYS)), base.seed(), 1, RunProgress.NONE);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "cell-migration over %d days: before %.1f s, after %.1f s%n", DAYS, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        print("before", before);
        print("after", after);
    }

    static void print(String label, FluidRunner.QuarterOutcome q) {
        System.out.printf(Locale.ROOT, "%s: %d incidents, cost/MAU %s, bill %s, users %d%n", label, q.incidents().size(),
                q.costPerMau(), q.outcome().cost().monthlyBill(), q.users());
        q.incidents().stream().limit(3).forEach(i -> System.out.println("  " + i));
        for (TierResult t : q.outcome().tiers()) {
            System.out.printf(Locale.ROOT, "  tier %s: p50 %.1f ms p99 %.1f ms, breaching %d of %d, violation min %.0f%n", t.tier(),
                    t.latency().p50Ms(), t.latency().p99Ms(), t.tenantsBreaching(), t.tenants(), t.violationMinutes());
        }
        q.outcome().stacks().forEach(s -> System.out.printf(Locale.ROOT, "  stack %s: tenants %d peak %.2f mean %.2f%n", s.name(),
                s.tenants(), s.peakUtilization(), s.meanUtilization()));
        q.outcome().info().notes().forEach(n -> System.out.println("  note: " + n));
    }
}
