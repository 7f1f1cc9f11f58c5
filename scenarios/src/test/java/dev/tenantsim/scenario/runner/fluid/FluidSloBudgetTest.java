package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.SloBudgetResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A long-horizon run's error budgets come from the same function as a request-level run's: the
 * timeslices budget from the fluid pass's violation minutes; an occurrences budget from the fluid
 * pass's expected slow requests, which agree with the request level's count.
 */
final class FluidSloBudgetTest {
    static final String DAY = """
            name: one-day
            seed: 5
            horizon: { start: 2025-01-06T00:00Z, length: 1d }
            tiers:
              pro: { slo: { method: occurrences, target: 99.9%, threshold: 300ms, window: 28d }, monthlyFee: 400 }
              enterprise: { slo: { p99: 250ms, availability: 99.95% }, monthlyFee: 9000 }
            tenants:
              generate: { count: 60, mix: { pro: 90%, enterprise: 10% }, users: { mean: 60, max: 3000 }, requestsPerUserPerMinute: 1 }
            request:
              appCpu: { dist: exponential, mean: 8ms }
            topology:
              pooled: { app: { nodes: 1, coresPerNode: 8 } }
            """;

    @Test
    void timeslicesAreBudgetedFromTheFluidMinutes() {
        Scenario s = ScenarioLoader.parse(DAY, "one-day.yaml", Path.of("."));
        RunOutcome o = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(10, 1, 1)).run(s, 5, 1, RunProgress.NONE);
        TierResult enterprise = o.tiers().get(1);
        SloBudgetResult t = enterprise.sloBudget();
        assertEquals("timeslices", t.method());
        assertEquals(enterprise.violationMinutes() / (enterprise.tenants() * 1440.0), t.badShare(), 1e-9);
        assertTrue(t.hasBudget());
        SloBudgetResult occ = o.tiers().get(0).sloBudget();
        assertEquals("occurrences", occ.method());
        assertEquals(0.999, occ.target());
        assertTrue(o.info().notes().stream().noneMatch(n -> n.startsWith("Occurrences error budgets")), o.info().notes().toString());
    }

    @Test
    void theFluidSlowShareAgreesWithTheRequestLevelCount() {
        // exponential 8 ms work on a lightly loaded stack: P(slower than 20 ms) is about e^-2.5 = 8.2%
        Scenario s = ScenarioLoader.parse(DAY.replace("length: 1d", "length: 3h").replace("threshold: 300ms", "threshold: 20ms"),
                "three-hours.yaml", Path.of("."));
        RunOutcome fluid = new FluidRunner().run(s, 5, 1, RunProgress.NONE);
        RunOutcome des = new dev.tenantsim.scenario.runner.PlatformRunner(2, 0).run(s, 5, 1, RunProgress.NONE);
        double f = fluid.tiers().get(0).sloBudget().badShare();
        double d = des.tiers().get(0).sloBudget().badShare();
        System.out.printf(java.util.Locale.ROOT, "occurrences bad share over 20 ms: request level %.4f, fluid %.4f%n", d, f);
        assertEquals(d, f, 0.1 * d, "fluid " + f + " vs request level " + d);
        assertEquals(Math.exp(-2.5), d, 0.15 * Math.exp(-2.5), "the request level itself near theory");
        assertNull(fluid.tiers().get(1).sloBudget().thresholdMs(), "timeslices tiers count no slow requests");
    }
}
