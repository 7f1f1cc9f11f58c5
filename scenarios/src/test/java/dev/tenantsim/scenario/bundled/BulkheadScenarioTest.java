package dev.tenantsim.scenario.bundled;

import static dev.tenantsim.scenario.bundled.ControlRuns.errors;
import static dev.tenantsim.scenario.bundled.ControlRuns.run;
import static dev.tenantsim.scenario.bundled.ControlRuns.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code bulkhead} scenario with its own settings: ten free tenants' imports want 100
 * connections of a 60-connection pool. Without a bulkhead enterprise requests time out waiting
 * for connections; with a 20-connection bulkhead for the free tier enterprise has none of that,
 * and the storm stays in the free tier.
 */
final class BulkheadScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("bulkhead");

    @Test
    void theFreeTiersStormNoLongerStarvesEnterpriseOfConnections() {
        RunOutcome open = run(SCENARIO);
        RunOutcome bulkheaded = run(SCENARIO.variant("with-bulkhead"));
        TierResult ent = tier(open, "enterprise");
        TierResult entB = tier(bulkheaded, "enterprise");
        TierResult free = tier(open, "free");
        TierResult freeB = tier(bulkheaded, "free");
        System.out.printf("bulkhead: enterprise errors %.1f%% p99 %.0f ms (%d of %d breaching) without; %.2f%% p99 %.1f ms (%d) with;"
                        + " free errors %.1f%% -> %.1f%%%n", 100 * ent.errorRate(), ent.latency().p99Ms(), ent.tenantsBreaching(),
                ent.tenants(), 100 * entB.errorRate(), entB.latency().p99Ms(), entB.tenantsBreaching(), 100 * free.errorRate(),
                100 * freeB.errorRate());

        assertTrue(ent.errorRate() > 0.10, "without a bulkhead enterprise loses requests: " + ent.errorRate());
        assertTrue(errors(ent, "pool-timeout") > 0.9 * ent.errorRate() * ent.offeredRequests(),
                "... waiting for connections the imports hold: " + ent.errorsByCause());
        assertTrue(ent.latency().p99Ms() > 5_000, "... and its p99 runs to seconds: " + ent.latency());
        assertEquals(ent.tenants(), ent.tenantsBreaching(), "every enterprise tenant breaches");

        assertTrue(entB.errorRate() < 0.001, "with the bulkhead enterprise keeps its requests: " + entB.errorRate());
        assertTrue(entB.latency().p99Ms() < entB.sloP99Ms(), "... and its p99 objective: " + entB.latency());
        assertEquals(0, entB.tenantsBreaching(), "no enterprise tenant breaches");
        assertTrue(freeB.errorRate() >= free.errorRate(), "the storm stays in the free tier: " + free.errorRate() + " -> " + freeB.errorRate());
    }
}
