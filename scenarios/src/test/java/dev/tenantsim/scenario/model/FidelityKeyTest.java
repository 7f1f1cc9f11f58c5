package dev.tenantsim.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code horizon.fidelity}: read from the file, defaulted, checked like every choice, and settable in code. */
final class FidelityKeyTest {
    private static String yaml(String horizon) {
        return """
                name: f
                horizon: %s
                tiers:
                  pro: { slo: { p99: 200ms }, monthlyFee: 400 }
                tenants:
                  generate: { count: 4, mix: { pro: 100%% }, users: { mean: 20 }, requestsPerUserPerMinute: 1 }
                request:
                  appCpu: { dist: lognormal, mean: 5ms }
                topology:
                  pooled: { app: { nodes: 1, coresPerNode: 4 } }
                """.formatted(horizon);
    }

    @Test
    void aHorizonWithoutFidelityIsAuto() {
        assertEquals(Fidelity.AUTO, ScenarioLoader.parse(yaml("{ length: 1h }"), "f.yaml", Path.of(".")).horizon().fidelity());
        assertEquals(Fidelity.AUTO, ScenarioLoader.resolve("quickstart").horizon().fidelity(), "the bundled ones run as before");
    }

    @ParameterizedTest
    @EnumSource(Fidelity.class)
    void everyFidelityIsReadFromTheFileByItsLabel(Fidelity f) {
        Scenario s = ScenarioLoader.parse(yaml("{ length: 1h, fidelity: " + f.label() + " }"), "f.yaml", Path.of("."));
        assertEquals(f, s.horizon().fidelity());
        assertEquals(f, Fidelity.named(f.label()));
    }

    @Test
    void anUnknownFidelityIsALocatedProblemThatNamesTheAllowedOnes() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(yaml("{ length: 1h, fidelity: flud }"), "f.yaml", Path.of(".")));
        assertEquals(List.of("f.yaml:2:34: horizon.fidelity: flud — is not a known name; did you mean 'fluid'? allowed: auto, request, fluid"),
                e.lines());
        ScenarioException number = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(yaml("{ length: 1h, fidelity: 3 }"), "f.yaml", Path.of(".")));
        assertTrue(number.lines().get(0).startsWith("f.yaml:2:34: horizon.fidelity: 3 — "), number.lines().toString());
        IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> Fidelity.named("exact"));
        assertEquals("fidelity (exact) must be one of auto, request, fluid", code.getMessage());
    }

    @Test
    void aVariantMayRunTheSameHorizonAtAnotherFidelity() {
        String file = yaml("{ length: 1h }") + """
                variants:
                  fluid: { horizon: { length: 1h, fidelity: fluid } }
                """;
        Scenario s = ScenarioLoader.parse(file, "f.yaml", Path.of("."));
        assertEquals(Fidelity.AUTO, s.horizon().fidelity());
        assertEquals(Fidelity.FLUID, s.variant("fluid").horizon().fidelity());
        assertEquals(Duration.ofHours(1), s.variant("fluid").horizon().length());
    }

    @Test
    void theBuilderAndWithFidelitySetTheSameKey() {
        Scenario built = Scenario.builder("b").horizon(Duration.ofHours(1)).fidelity(Fidelity.REQUEST)
                .tier("pro", t -> t.sloP99(Duration.ofMillis(200)).monthlyFee("400"))
                .generate(g -> g.count(4).mix("pro", 1.0).users(20, 40).requestsPerUserPerMinute(1))
                .request(r -> r.appCpu("lognormal", Duration.ofMillis(5), 1.0))
                .pooled(p -> p.app(1, 4))
                .build();
        assertEquals(Fidelity.REQUEST, built.horizon().fidelity());
        Scenario fluid = built.withFidelity(Fidelity.FLUID);
        assertEquals(Fidelity.FLUID, fluid.horizon().fidelity());
        assertEquals(built.horizon().length(), fluid.horizon().length());
        assertEquals(Fidelity.REQUEST, built.horizon().fidelity(), "a scenario is immutable");
    }
}
