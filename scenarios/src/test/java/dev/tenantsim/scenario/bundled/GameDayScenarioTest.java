package dev.tenantsim.scenario.bundled;

import static dev.tenantsim.scenario.bundled.ControlRuns.run;
import static dev.tenantsim.scenario.bundled.ControlRuns.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.DrillOutcome;
import dev.tenantsim.report.model.EventResult;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled {@code game-day} drills: each variant's headline, as a relation the run could break. */
final class GameDayScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("game-day");
    private static final Set<String> EU_ONLY = Set.of("bolt", "ember");

    private static EventResult event(RunOutcome o) {
        assertEquals(1, o.events().size());
        EventResult e = o.events().get(0);
        System.out.println("game-day " + o.info().variant() + ": " + e.drill().summary() + " affected " + e.affectedTenants());
        return e;
    }

    @Test
    void theRegionOutageKeepsOnlyTheEuOnlyTenantsDown() {
        RunOutcome o = run(SCENARIO);
        DrillOutcome d = event(o).drill();
        List<String> onEu = o.tenants().stream().filter(t -> t.stack().startsWith("eu-")).map(t -> t.id()).toList();
        assertFalse(d.failedOver().isEmpty(), "tenants without residency fail over");
        assertEquals(onEu.stream().filter(EU_ONLY::contains).sorted().toList(), d.residencyDown().stream().sorted().toList(),
                "exactly the eu-only tenants of the down region stay down");
        assertEquals(onEu.stream().filter(t -> !EU_ONLY.contains(t)).sorted().toList(), d.failedOver().stream().sorted().toList());
        for (String id : d.residencyDown()) {
            assertTrue(d.downMinutes().get(id) >= 29, id + " is down the whole outage: " + d.downMinutes());
            assertTrue(tenant(o, id).violationMinutes() >= 29, id + " breaches the whole outage");
        }
        for (String id : d.failedOver()) {
            assertTrue(d.downMinutes().get(id) <= 6, id + " is down until the failover only: " + d.downMinutes());
            assertTrue(tenant(o, id).violationMinutes() <= 10, id + " recovers on the pair: " + tenant(o, id).violationMinutes());
        }
        assertTrue(d.summary().contains("all were eu-west-1-only tenants without a permitted failover"), d.summary());
        assertEquals(0, new java.math.BigDecimal("9.90").multiply(java.math.BigDecimal.valueOf(d.residencyDown().size()))
                .compareTo(d.slaCredits()), "10% of the $99 fee for each tenant down the whole outage, none for the others: "
                + d.slaCredits());
    }

    @Test
    void aHotTenantsSpikeStaysInItsCell() {
        RunOutcome o = run(SCENARIO.variant("hot-tenant-spike"));
        EventResult e = event(o);
        assertEquals(List.of(tenant(o, "acme").stack()), e.affectedStacks(), "the spike's blast radius stays in acme's cell");
    }

    @Test
    void aCellDbOverloadStaysInTheCell() {
        RunOutcome o = run(SCENARIO.variant("cell-db-overload"));
        EventResult e = event(o);
        assertEquals(List.of("eu-1"), e.affectedStacks());
        assertFalse(e.affectedTenants().isEmpty());
    }

    @Test
    void cachedMappingsKeepTenantsUpLongerThanTheHotPath() {
        DrillOutcome cached = event(run(SCENARIO.variant("control-plane-cached"))).drill();
        DrillOutcome hot = event(run(SCENARIO.variant("control-plane-hot-path"))).drill();
        int cachedMinutes = cached.downMinutes().values().stream().mapToInt(Integer::intValue).sum();
        int hotMinutes = hot.downMinutes().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(12, hot.downMinutes().size(), "on the hot path everyone fails");
        assertTrue(hot.downMinutes().values().stream().allMatch(m -> m == 20), "for the whole outage: " + hot.downMinutes());
        assertTrue(cachedMinutes < hotMinutes && cachedMinutes >= 12 * 15 - 12,
                "cached mappings expire over the 5 min TTL: " + cachedMinutes + " vs " + hotMinutes);
        assertEquals(4, cached.failedChanges(), "12 changes/hour over 20 minutes fail");
        assertEquals(4, hot.failedChanges());
    }

    @Test
    void aDisabledKmsKeyFailsItsTenantOnlyWithBreakersPerTenant() {
        RunOutcome perTenant = run(SCENARIO.variant("kms-key-disabled"));
        RunOutcome shared = run(SCENARIO.variant("kms-key-shared-breaker"));
        EventResult own = event(perTenant);
        EventResult spread = event(shared);
        String stack = tenant(shared, "acme").stack();
        assertEquals(List.of("acme"), own.affectedTenants(), "keyed by (tenant, dependency), only acme fails");
        assertTrue(spread.affectedTenants().contains("acme") && spread.affectedTenants().size() > 1,
                "keyed by dependency, acme's failures open the breaker for its neighbours: " + spread.affectedTenants());
        assertEquals(List.of(stack), spread.affectedStacks(), "each stack has its own breaker: only acme's cell");
    }
}
