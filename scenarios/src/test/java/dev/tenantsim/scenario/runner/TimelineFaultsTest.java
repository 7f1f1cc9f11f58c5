package dev.tenantsim.scenario.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioBuilder;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.scenario.runner.fluid.FluidRunner;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The timeline's faults request by request: a load spike, a stack outage, and what the fluid pass refuses. */
final class TimelineFaultsTest {
    private static Scenario scenario(UnaryOperator<ScenarioBuilder> events) {
        ScenarioBuilder b = Scenario.builder("faults").seed(3).horizon(Duration.ofMinutes(20))
                .tier("pro", t -> t.sloP99(Duration.ofMillis(300)).monthlyFee("400"))
                .generate(g -> g.count(4).mix("pro", 1.0).users(60, 60).requestsPerUserPerMinute(1.0))
                .tenant("acme", "pro", 300)
                .request(r -> r.appCpu("exponential", Duration.ofMillis(2), 1.0))
                .pooled(p -> p.app(1, 8));
        return events.apply(b).build();
    }

    private static RunOutcome run(Scenario s) {
        return new PlatformRunner(1, 0).run(s, s.seed(), 1, RunProgress.NONE);
    }

    private static TenantResult tenant(RunOutcome o, String id) {
        return o.tenants().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aLoadSpikeMultipliesTheTenantsRequestsInItsWindowOnly() {
        RunOutcome steady = run(scenario(b -> b));
        RunOutcome spiked = run(scenario(b -> b.loadSpike("acme", Duration.ofMinutes(5), Duration.ofMinutes(5), 5)));
        double before = tenant(steady, "acme").offeredRequests();
        double after = tenant(spiked, "acme").offeredRequests();
        // 5 requests/s for 20 min = 6,000; the spike adds 4 x 5/s x 300 s = 6,000 more.
        System.out.printf("loadSpike: acme offered %.0f steady, %.0f with x5 for 5 of 20 min%n", before, after);
        assertEquals(6000, before, 4 * Math.sqrt(6000));
        assertEquals(12000, after, 4 * Math.sqrt(12000));
        String other = steady.tenants().stream().map(TenantResult::id).filter(id -> !id.equals("acme")).findFirst().orElseThrow();
        assertEquals(tenant(steady, other).offeredRequests(), tenant(spiked, other).offeredRequests(), "the others' arrivals are the same streams");
        assertEquals("acme", spiked.events().get(0).target());
        assertEquals(4, spiked.events().get(0).tenantsConsidered(), "the spiking tenant is the aggressor, excluded from the radius");
    }

    @Test
    void aStackOutageFailsEveryRequestArrivingInItsWindow() {
        RunOutcome o = run(scenario(b -> b.stackOutage("pool", Duration.ofMinutes(8), Duration.ofMinutes(4))));
        TenantResult acme = tenant(o, "acme");
        double down = acme.errorsByCause().getOrDefault("stack-down", 0.0);
        System.out.printf("stackOutage: acme %.0f of %.0f requests stack-down; event radius %d of %d%n", down, acme.offeredRequests(),
                o.events().get(0).tenantsBreaching(), o.events().get(0).tenantsConsidered());
        // 4 of 20 minutes down: a fifth of the requests.
        assertEquals(0.2 * acme.offeredRequests(), down, 4 * Math.sqrt(0.2 * acme.offeredRequests()));
        assertEquals(5, o.events().get(0).tenantsBreaching(), "every tenant breaches its error budget in the window");
        assertTrue(acme.violationMinutes() >= 4 && acme.violationMinutes() <= 5, "and only then: " + acme.violationMinutes());
    }

    @Test
    void theFluidPassRefusesFaultsItCannotApplyNamingTheEvent() {
        Scenario s = scenario(b -> b.stackOutage("pool", Duration.ofMinutes(8), Duration.ofMinutes(4))).withFidelity(Fidelity.FLUID);
        ScenarioException e = assertThrows(ScenarioException.class, () -> new FluidRunner().run(s, s.seed(), 1, RunProgress.NONE));
        assertTrue(e.getMessage().contains("events[0].kind (stackOutage): the fluid pass does not apply it; run with --fidelity request"),
                e.getMessage());
    }
}
