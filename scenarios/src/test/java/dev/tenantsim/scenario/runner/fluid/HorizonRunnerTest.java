package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.ScenarioRunner;
import dev.tenantsim.scenario.model.Fidelity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine each fidelity chooses, on short and long horizons. */
final class HorizonRunnerTest {
    @ParameterizedTest(name = "{0} over {1}: fluid {2}")
    @CsvSource({
            "auto, PT1H, false", "auto, PT6H, false", "auto, PT6H1M, true", "auto, P90D, true",
            "request, PT1H, false", "request, PT8H, false", "request, P90D, false",
            "fluid, PT1H, true", "fluid, PT4H, true", "fluid, P90D, true"})
    void theFidelityChoosesTheEngine(String fidelity, String length, boolean fluid) {
        Scenario s = Scenarios.withHorizon(ScenarioLoader.resolve("quickstart"), Duration.parse(length))
                .withFidelity(Fidelity.named(fidelity));
        List<Scenario> sentToRequestLevel = new ArrayList<>();
        ScenarioRunner requestLevel = new ScenarioRunner() {
            @Override
            public String name() {
                return "request level";
            }

            @Override
            public RunOutcome run(Scenario sc, long seed, int replications, RunProgress progress) {
                sentToRequestLevel.add(sc);
                return null;
            }
        };
        FluidRunner fluidRunner = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(5, 1, 1));
        HorizonRunner h = new HorizonRunner(requestLevel, fluidRunner);
        assertEquals(fluid, HorizonRunner.usesFluid(s));
        assertSame(fluid ? fluidRunner : requestLevel, h.engineFor(s));
        if (!fluid) {
            h.run(s, 1, 1, RunProgress.NONE);
            assertEquals(List.of(s), sentToRequestLevel, "the request-level runner gets the scenario with its fidelity");
        }
        assertTrue(h.name().contains("by fidelity"), h.name());
    }
}
