package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.model.EventSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drill kinds of {@code events:}: binding, defaults, the fluent API and located errors. */
final class DrillEventsTest {
    private static final String BASE = """
            name: drill
            horizon: { length: 1h }
            tiers:
              pro: { slo: { p99: 200ms }, monthlyFee: 400 }
            tenants:
              explicit: [ { id: acme, tier: pro, users: 100 } ]
            request:
              appCpu: { dist: lognormal, mean: 5ms }
              dependencies:
                kms: { latency: { dist: exponential, mean: 10ms }, capacity: 10, share: 50% }
            topology:
              cells:
                eu: { count: 1, region: eu-west-1, app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 50, cores: 2 } }
                us: { count: 1, region: us-east-1, app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 50, cores: 2 } }
            """;

    private static String problems(String events) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(BASE + "events:\n" + events, "drill.yaml", Path.of(".")));
        return String.join("\n", e.lines());
    }

    @Test
    void drillEventsBindWithTheirDefaults() {
        Scenario s = ScenarioLoader.parse(BASE + """
                events:
                  - { kind: regionOutage, region: eu-west-1, at: 10m, for: 20m, failover: { to: us-east-1 } }
                  - { kind: controlPlaneOutage, at: 10m, for: 20m }
                  - { kind: dependencyOutage, dependency: kms, tenant: acme, at: 10m, for: 20m }
                """, "drill.yaml", Path.of("."));
        EventSpec region = s.events().get(0);
        assertEquals(EventSpec.Kind.REGION_OUTAGE, region.kind());
        assertEquals("us-east-1", region.drill().failoverTo());
        assertEquals(Duration.ofMinutes(5), region.drill().failoverAfter(), "detection delay default");
        assertEquals("cached", s.events().get(1).drill().mapping());
        assertEquals(Duration.ofMinutes(5), s.events().get(1).drill().ttl());
        assertEquals("kms", s.events().get(2).drill().dependency());
        assertEquals("acme", s.events().get(2).tenant());
    }

    @Test
    void theFluentApiBuildsTheSameDrills() {
        Scenario yaml = ScenarioLoader.parse(BASE + """
                events:
                  - { kind: stackOutage, stack: eu-1, at: 10m, for: 20m, failover: { to: us-1, after: 2m } }
                  - { kind: controlPlaneOutage, at: 10m, for: 20m, mapping: hotPath }
                """, "drill.yaml", Path.of("."));
        assertEquals(List.of("eu-1", "us-1"), List.of(yaml.events().get(0).stack(), yaml.events().get(0).drill().failoverTo()));
        assertEquals(Duration.ofMinutes(2), yaml.events().get(0).drill().failoverAfter());
        assertTrue(yaml.events().get(1).drill().hotPath());
    }

    @Test
    void badDrillsAreLocatedErrors() {
        assertTrue(problems("  - { kind: regionOutage, region: ap-south-1, at: 10m, for: 5m }\n")
                .contains("events[0].region: ap-south-1 — is no stack's region"), "region");
        String p = problems("  - { kind: regionOutage, region: eu-west-1, at: 10m, for: 5m, failover: { to: eu-west-1 } }\n");
        assertTrue(p.contains("events[0].failover.to: eu-west-1 — must be another region"), p);
        p = problems("  - { kind: stackOutage, stack: eu-1, at: 10m, for: 5m, failover: { to: eu-9 } }\n");
        assertTrue(p.contains("events[0].failover.to: eu-9 — unknown stack"), p);
        p = problems("  - { kind: dependencyOutage, dependency: vault, at: 10m, for: 5m }\n");
        assertTrue(p.contains("events[0].dependency: vault — unknown dependency"), p);
        p = problems("  - { kind: dependencyOutage, at: 10m, for: 5m }\n");
        assertTrue(p.contains("events[0].dependency") && p.contains("dependencyOutage needs dependency"), p);
        p = problems("  - { kind: controlPlaneOutage, at: 10m, for: 5m, mapping: hotPath, ttl: 1m }\n");
        assertTrue(p.contains("events[0].ttl") && p.contains("cached only"), p);
        p = problems("  - { kind: controlPlaneOutage, at: 10m, for: 5m, region: eu-west-1 }\n");
        assertTrue(p.contains("events[0].region: eu-west-1 — is not a parameter of controlPlaneOutage"), p);
    }

    @Test
    void theFluidPassRefusesTheDrillsWithALocatedError() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                BASE.replace("horizon: { length: 1h }", "horizon: { length: 1h, fidelity: fluid }")
                        + "events:\n  - { kind: controlPlaneOutage, at: 10m, for: 5m }\n", "drill.yaml", Path.of(".")));
        assertTrue(e.getMessage().contains("events[0].kind: controlPlaneOutage — the fluid pass"), e.getMessage());
    }
}
