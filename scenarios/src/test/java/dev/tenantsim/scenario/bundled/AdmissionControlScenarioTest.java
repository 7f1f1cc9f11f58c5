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
 * The bundled {@code admission-control} scenario with its own settings: 1,250 requests/s offered
 * to a stack that serves about 1,000. Without admission control the queue and the latency grow
 * without bound; with a 100-request queue limit the excess is shed and admitted requests keep a
 * p99 under their 500 ms objective, at the same throughput.
 */
final class AdmissionControlScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("admission-control");

    @Test
    void aBoundedQueueShedsTheExcessAndKeepsAdmittedLatencyBounded() {
        TierResult open = tier(run(SCENARIO), "standard");
        RunOutcome admittedRun = run(SCENARIO.variant("with-admission-control"));
        TierResult admitted = tier(admittedRun, "standard");
        double shedShare = errors(admitted, "shed") / admitted.offeredRequests();
        System.out.printf("admission-control: p99 %.0f ms, errors %.3f, completed %.0f without; p99 %.0f ms, shed %.1f%%, completed %.0f with%n",
                open.latency().p99Ms(), open.errorRate(), open.completedRequests(), admitted.latency().p99Ms(), 100 * shedShare,
                admitted.completedRequests());

        assertEquals(0.0, open.errorRate(), "without admission control nothing is refused...");
        assertTrue(open.latency().p99Ms() > 30_000, "... and the queue makes the p99 tens of seconds: " + open.latency());
        assertTrue(admitted.latency().p99Ms() < admitted.sloP99Ms(), "admitted requests keep their p99 objective: " + admitted.latency());
        assertTrue(shedShare > 0.15 && shedShare < 0.25, "about the 20% excess (1 - 1000/1250) is shed: " + shedShare);
        assertEquals(java.util.Set.of("shed"), admitted.errorsByCause().keySet(), "every error is a shed request");
        assertTrue(admitted.completedRequests() > 0.99 * open.completedRequests(),
                "shedding costs no throughput: " + open.completedRequests() + " -> " + admitted.completedRequests());
    }
}
