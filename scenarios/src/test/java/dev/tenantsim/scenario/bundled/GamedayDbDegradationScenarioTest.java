package dev.tenantsim.scenario.bundled;

import static dev.tenantsim.scenario.bundled.ControlRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.EventResult;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code gameday-db-degradation} drill: shared-2's DB drops to 30% of its cores and
 * IOPS from 00:10 to 00:30. The cells contain it: the event's blast radius is shared-2's tenants,
 * each of them breaches in the window, and no tenant of another cell does.
 */
final class GamedayDbDegradationScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("gameday-db-degradation");

    @Test
    void aCellsDegradedDatabaseHurtsThatCellsTenantsAndNoOneElse() {
        RunOutcome o = run(SCENARIO);
        assertEquals(1, o.events().size());
        EventResult e = o.events().get(0);
        List<String> cell = o.tenants().stream().filter(t -> t.stack().equals("shared-2")).map(TenantResult::id).sorted().toList();
        System.out.printf("gameday-db-degradation: %d of %d tenants breaching in the window (%.0f%%), %.1f violation minutes, stacks %s%n",
                e.tenantsBreaching(), e.tenantsConsidered(), 100 * e.shareOfTenants(), e.violationMinutes(), e.affectedStacks());

        assertEquals(10, cell.size(), "round-robin puts ten tenants on shared-2");
        assertEquals(List.of("shared-2"), e.affectedStacks(), "the blast radius stays in the degraded cell");
        assertEquals(cell, e.affectedTenants().stream().sorted().toList(), "every tenant of shared-2 breaches in the window, and only they");
        assertEquals(10.0 / 30, e.shareOfTenants(), 1e-9);
        assertTrue(e.violationMinutes() >= 10 * 15, "each of the ten breaches most of the 20 minutes: " + e.violationMinutes());
        for (TenantResult t : o.tenants()) {
            if (!t.stack().equals("shared-2")) {
                assertTrue(t.violationMinutes() < 1, t.id() + " on " + t.stack() + " does not notice: " + t.violationMinutes());
            }
        }
    }

    @Test
    void withoutTheEventNoCellBreaches() {
        Scenario steady = new Scenario(SCENARIO.name(), SCENARIO.description(), SCENARIO.seed(), SCENARIO.horizon(), 1,
                SCENARIO.tiers(), SCENARIO.tenants(), SCENARIO.request(), SCENARIO.topology(), SCENARIO.placement(),
                SCENARIO.controls(), SCENARIO.report(), SCENARIO.priceBook(), SCENARIO.costs(), List.of());
        RunOutcome o = run(steady);
        double minutes = o.tenants().stream().mapToDouble(TenantResult::violationMinutes).sum();
        assertTrue(o.events().isEmpty());
        assertTrue(minutes <= 2, "the steady cells keep their objective: " + minutes + " violation minutes over 30 tenants");
    }
}
