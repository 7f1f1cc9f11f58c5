package dev.tenantsim.scenario.bundled;

import static dev.tenantsim.scenario.bundled.ControlRuns.meanOverOthers;
import static dev.tenantsim.scenario.bundled.ControlRuns.run;
import static dev.tenantsim.scenario.bundled.ControlRuns.tenant;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code circuit-breaker} scenario with its own settings: acme's requests wait 30 s
 * for connections its import holds and fail. Without a breaker they hold the app threads and
 * every other tenant queues behind them; with one they fail fast and the others recover.
 */
final class CircuitBreakerScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("circuit-breaker");

    @Test
    void aFailingDependencysErrorsFailFastInsteadOfPilingUpEveryonesLatency() {
        RunOutcome open = run(SCENARIO);
        RunOutcome breaker = run(SCENARIO.variant("with-breaker"));
        double p99 = meanOverOthers(open, "acme", t -> t.latency().p99Ms());
        double p99B = meanOverOthers(breaker, "acme", t -> t.latency().p99Ms());
        double p50 = meanOverOthers(open, "acme", t -> t.latency().p50Ms());
        double p50B = meanOverOthers(breaker, "acme", t -> t.latency().p50Ms());
        double minutes = meanOverOthers(open, "acme", TenantResult::violationMinutes);
        double minutesB = meanOverOthers(breaker, "acme", TenantResult::violationMinutes);
        TenantResult acme = tenant(open, "acme");
        TenantResult acmeB = tenant(breaker, "acme");
        System.out.printf("circuit-breaker: others' p50 %.0f ms, p99 %.0f ms, %.2f violation minutes without; %.1f ms, %.0f ms, %.2f with;"
                        + " acme errors %s -> %s%n", p50, p99, minutes, p50B, p99B, minutesB, acme.errorsByCause(), acmeB.errorsByCause());

        assertTrue(acme.errorsByCause().getOrDefault("pool-timeout", 0.0) > 0.3 * acme.offeredRequests(),
                "acme's DB calls fail: " + acme.errorsByCause());
        assertTrue(p99 > 60_000 && minutes > 7, "without a breaker the others queue behind acme for minutes: p99 " + p99 + ", " + minutes);
        assertTrue(acmeB.errorsByCause().getOrDefault("circuit-open", 0.0) > 0.5 * acmeB.offeredRequests(),
                "with one, most of acme's requests fail fast: " + acmeB.errorsByCause());
        assertTrue(acmeB.errorsByCause().getOrDefault("pool-timeout", 0.0) < 0.5 * acme.errorsByCause().get("pool-timeout"),
                "... and far fewer wait out the pool timeout: " + acmeB.errorsByCause());
        assertTrue(p99B < 0.1 * p99, "the others' p99 falls more than tenfold: " + p99 + " -> " + p99B);
        assertTrue(p50B < 20, "their median is milliseconds again: " + p50B);
        assertTrue(minutesB < 0.5 * minutes, "and they breach in less than half the minutes: " + minutes + " -> " + minutesB);
    }
}
