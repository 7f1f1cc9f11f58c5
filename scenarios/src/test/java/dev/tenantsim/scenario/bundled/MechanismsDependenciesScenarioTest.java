package dev.tenantsim.scenario.bundled;

import static dev.tenantsim.scenario.bundled.ControlRuns.meanOverOthers;
import static dev.tenantsim.scenario.bundled.ControlRuns.run;
import static dev.tenantsim.scenario.bundled.ControlRuns.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code mechanisms-dependencies} scenario: an email provider that throttles acme's
 * key. A breaker shared by every tenant takes the others down with acme; one per (tenant,
 * dependency) keeps them up; async sends remove the errors; users in eu-west-1 pay the round trip.
 */
final class MechanismsDependenciesScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("mechanisms-dependencies");

    private static double errors(TenantResult t, String cause) {
        return t.errorsByCause().getOrDefault(cause, 0.0);
    }

    @Test
    void aBreakerPerTenantAndDependencyKeepsTheOthersUpWhereASharedOneTakesThemDown() {
        RunOutcome shared = run(SCENARIO);
        RunOutcome perTenant = run(SCENARIO.variant("breaker-per-tenant"));
        double others = meanOverOthers(shared, "acme", t -> errors(t, "circuit-open") / t.offeredRequests());
        double othersB = meanOverOthers(perTenant, "acme", TenantResult::errorRate);
        TenantResult acme = tenant(shared, "acme");
        TenantResult acmeB = tenant(perTenant, "acme");
        System.out.printf("mechanisms-dependencies: others' circuit-open share %.3f with a shared breaker, error rate %.4f per tenant;"
                + " acme %s -> %s%n", others, othersB, acme.errorsByCause(), acmeB.errorsByCause());
        // 20% of requests call email; a shared breaker open a large part of the time fails a good share of them.
        assertTrue(others > 0.05, "a shared breaker fails the others' email calls: " + others);
        assertTrue(othersB < 0.001, "a breaker per (tenant, dependency) leaves them alone: " + othersB);
        assertTrue(errors(acmeB, "circuit-open") + errors(acmeB, "dependency-error") > 0.15 * acmeB.offeredRequests(),
                "acme still loses its email-calling requests: " + acmeB.errorsByCause());
        assertTrue(errors(acmeB, "circuit-open") > errors(acmeB, "dependency-error"), "mostly failing fast: " + acmeB.errorsByCause());
    }

    @Test
    void asyncSendsTakeTheProvidersFailuresOffTheRequests() {
        RunOutcome async = run(SCENARIO.variant("async-email"));
        TenantResult acme = tenant(async, "acme");
        System.out.printf("async-email: acme errors %s, p50 %.1f ms%n", acme.errorsByCause(), acme.latency().p50Ms());
        assertEquals(0.0, acme.errorRate(), 1e-12, "the request no longer waits for, or fails with, the email");
        assertTrue(meanOverOthers(async, "acme", TenantResult::errorRate) < 1e-9);
    }

    @Test
    void usersInEuropePayTheRoundTripToTheUsStack() {
        RunOutcome base = run(SCENARIO);
        RunOutcome eu = run(SCENARIO.variant("eu-users"));
        double p50 = tenant(base, "acme").latency().p50Ms();
        double p50Eu = tenant(eu, "acme").latency().p50Ms();
        double p50Others = meanOverOthers(eu, "acme", t -> t.latency().p50Ms());
        System.out.printf("eu-users: acme p50 %.1f ms (others %.1f ms, same stack in us-east-1)%n", p50Eu, p50Others);
        // us-east-1 <-> eu-west-1 is 81 ms in the built-in table; the others stay at their time in the stack.
        assertEquals(81 + p50Others, p50Eu, 0.1 * 81, "acme's median is the others' plus the round trip");
        assertEquals(81 + p50, p50Eu, 0.1 * 81, "the same requests as in the base, 81 ms later");
    }
}
