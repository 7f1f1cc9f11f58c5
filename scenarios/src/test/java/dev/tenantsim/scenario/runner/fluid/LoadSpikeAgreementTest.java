package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.EventResult;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.PlatformRunner;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A load spike seen by both passes (docs/VALIDATION.md): the agreement matrix's 58% Poisson row
 * plus a hot tenant whose rate rises x4 for 20 of 60 minutes. The fluid pass reads the spike from
 * the same signature, so the hot tenant's requests and the event's blast radius (tenants breaching
 * in the window) must agree with the request level's within the matrix's bands; the violation
 * minutes in the window are a known gap, guarded by a factor 3.
 */
final class LoadSpikeAgreementTest {
    private static final String SPIKED = FluidAgreementTest.TEMPLATE.replace("    pattern: %s\n", """
                pattern: %s
              explicit: [ { id: hot, tier: pro, users: 200 } ]
            events:
              - { kind: loadSpike, tenant: hot, at: 20m, for: 20m, factor: 4 }
            """);

    @Test
    void bothPassesSeeTheSpikeAndAgreeOnItsBlastRadius() {
        Scenario s = ScenarioLoader.parse(String.format(Locale.ROOT, SPIKED, 60, "10", "poisson"), "spike.yaml", Path.of("."));
        RunOutcome des = new PlatformRunner(2, 0).run(s, s.seed(), 1, RunProgress.NONE);
        RunOutcome fluid = new FluidRunner().run(s, s.seed(), 1, RunProgress.NONE);
        EventResult d = des.events().get(0);
        EventResult f = fluid.events().get(0);
        double hotDes = hot(des).offeredRequests();
        double hotFluid = hot(fluid).offeredRequests();
        System.out.printf(Locale.ROOT, "loadSpike agreement: hot offered DES %.0f / fluid %.0f; event radius DES %d / fluid %d of %d;"
                        + " violation minutes in window DES %.1f / fluid %.1f%n", hotDes, hotFluid, d.tenantsBreaching(),
                f.tenantsBreaching(), d.tenantsConsidered(), d.violationMinutes(), f.violationMinutes());

        // 200 users x 10/min = 33.3/s; x4 for 20 of 60 min: 2,000 x (40 + 4 x 20) = 240,000 requests.
        assertEquals(240_000, hotFluid, 0.01 * 240_000, "the fluid pass carries the spike's requests");
        assertEquals(hotFluid, hotDes, 4 * Math.sqrt(hotFluid), "the request level draws the same mean");
        assertEquals(d.tenantsConsidered(), f.tenantsConsidered());
        assertTrue(Agreement.within(f.tenantsBreaching(), d.tenantsBreaching(), 0.15, 1),
                "tenants breaching in the window within the matrix band (15% or 1): " + d.tenantsBreaching() + " vs " + f.tenantsBreaching());
        // A known gap (docs/VALIDATION.md, "A load spike"): the fluid pass counts more violation minutes in the
        // spike (42 vs 34 at this seed, +24%), as in the matrix's rows near 80% utilization; guarded by a factor 3.
        assertTrue(FluidAgreementTest.withinFactor3(f.violationMinutes(), d.violationMinutes()),
                "violation minutes in the window within a factor 3: " + d.violationMinutes() + " vs " + f.violationMinutes());
    }

    private static TenantResult hot(RunOutcome o) {
        return o.tenants().stream().filter(t -> t.id().equals("hot")).findFirst().orElseThrow();
    }
}
