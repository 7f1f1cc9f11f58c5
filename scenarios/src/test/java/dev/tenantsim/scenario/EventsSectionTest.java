package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.model.EventSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code events:} timeline: how it binds, and every rule a bad event breaks, located. */
final class EventsSectionTest {
    static final String BASE = """
            name: drill
            horizon: { start: 2025-01-06T00:00Z, length: 1h }
            tiers:
              pro: { slo: { p99: 200ms }, monthlyFee: 400 }
            tenants:
              generate: { count: 10, mix: { pro: 100% }, users: { mean: 20 }, requestsPerUserPerMinute: 1 }
              explicit: [ { id: acme, tier: pro, users: 100 } ]
            request:
              appCpu: { dist: lognormal, mean: 5ms }
            topology:
              cells: { shared: { count: 2, app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 50, cores: 2 } } }
            """;

    private static List<String> problems(String events) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(BASE + "events:\n" + events, "drill.yaml", Path.of(".")));
        return e.lines();
    }

    @Test
    void eventsBindWithTheirWindowsFromTheStart() {
        Scenario s = ScenarioLoader.parse(BASE + """
                events:
                  - { kind: loadSpike, tenant: acme, at: 10m, for: 5m, factor: 4 }
                  - { kind: dbDegradation, stack: shared-2, at: 2025-01-06T00:20Z, until: 2025-01-06T00:50Z, cpu: 30% }
                  - { kind: stackOutage, stack: shared-1, at: 0h55m, until: 1h }
                """, "drill.yaml", Path.of("."));
        List<EventSpec> ev = s.events();
        assertEquals(3, ev.size());
        assertEquals(EventSpec.Kind.LOAD_SPIKE, ev.get(0).kind());
        assertEquals(Duration.ofMinutes(10), ev.get(0).at());
        assertEquals(Duration.ofMinutes(5), ev.get(0).length());
        assertEquals(4.0, ev.get(0).factor());
        assertEquals(Duration.ofMinutes(20), ev.get(1).at());
        assertEquals(Duration.ofMinutes(30), ev.get(1).length());
        assertEquals(0.3, ev.get(1).cpu(), 1e-12);
        assertEquals(1.0, ev.get(1).iops());
        assertEquals(Duration.ofMinutes(5), ev.get(2).length());
        assertEquals(13, ev.get(0).line());
    }

    @Test
    void theFluentApiBuildsTheSameTimeline() {
        Scenario built = Scenario.builder("drill").horizon(Duration.ofHours(1))
                .tier("pro", t -> t.sloP99(Duration.ofMillis(200)).monthlyFee("400"))
                .generate(g -> g.count(10).mix("pro", 1.0).users(20, 20).requestsPerUserPerMinute(1.0))
                .request(r -> r.appCpu("lognormal", Duration.ofMillis(5), 1.0))
                .pooled(p -> p.app(1, 4))
                .dbDegradation("pool", Duration.ofMinutes(10), Duration.ofMinutes(20), 0.3, 0.5)
                .build();
        EventSpec e = built.events().get(0);
        assertEquals(new EventSpec(0, 0, EventSpec.Kind.DB_DEGRADATION, Duration.ofMinutes(10), Duration.ofMinutes(20), null,
                Double.NaN, "pool", 0.3, 0.5), e);
        ScenarioException bad = assertThrows(ScenarioException.class, () -> Scenario.builder("drill").horizon(Duration.ofHours(1))
                .tier("pro", t -> t.sloP99(Duration.ofMillis(200)).monthlyFee("400"))
                .generate(g -> g.count(10).mix("pro", 1.0).users(20, 20).requestsPerUserPerMinute(1.0))
                .request(r -> r.appCpu("lognormal", Duration.ofMillis(5), 1.0))
                .pooled(p -> p.app(1, 4))
                .stackOutage("shared-9", Duration.ofMinutes(10), Duration.ofMinutes(20))
                .build());
        assertTrue(bad.getMessage().contains("events[0].stack: shared-9 — unknown stack"), bad.getMessage());
    }

    @Test
    void anEventOutsideTheHorizonIsALocatedError() {
        assertEquals(List.of("drill.yaml:13:47: events[0].at: 2h — must be inside the horizon: from its start (0s) to before its end (60 min)"),
                problems("  - { kind: stackOutage, stack: shared-1, at: 2h, for: 5m }\n"));
        List<String> late = problems("  - { kind: stackOutage, stack: shared-1, at: 40m, for: 30m }\n");
        assertEquals(1, late.size(), String.join("\n", late));
        assertTrue(late.get(0).startsWith("drill.yaml:13:57: events[0].for: 30m — ends at ") && late.get(0).contains("after the horizon's end"),
                late.get(0));
        List<String> early = problems("  - { kind: stackOutage, stack: shared-1, at: 2025-01-05T23:00Z, for: 5m }\n");
        assertEquals(List.of("drill.yaml:13:47: events[0].at: 2025-01-05T23:00Z — is before horizon.start (2025-01-06T00:00Z)"), early);
    }

    @Test
    void unknownStacksTenantsAndKindsNameWhatIsAllowed() {
        List<String> p = problems("""
                  - { kind: dbDegradation, stack: shared-3, at: 10m, for: 5m, cpu: 30% }
                  - { kind: loadSpike, tenant: acne, at: 10m, for: 5m, factor: 3 }
                  - { kind: brownout, stack: shared-1, at: 10m, for: 5m }
                """);
        assertEquals(3, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith("drill.yaml:13:35: events[0].stack: shared-3 — unknown stack;"), p.get(0));
        assertTrue(p.get(0).contains("shared-1") && p.get(0).contains("shared-2"), p.get(0));
        assertTrue(p.get(1).startsWith("drill.yaml:14:") && p.get(1).contains("events[1].tenant: acne — unknown tenant; did you mean 'acme'?"), p.get(1));
        assertTrue(p.get(2).startsWith("drill.yaml:15:13: events[2].kind: brownout —"), p.get(2));
        assertTrue(p.get(2).contains("loadSpike, dbDegradation, stackOutage"), p.get(2));
    }

    @Test
    void aNegativeFactorAndMissingOrForeignParametersAreRefused() {
        List<String> p = problems("""
                  - { kind: loadSpike, tenant: acme, at: 10m, for: 5m, factor: -2 }
                  - { kind: dbDegradation, stack: shared-1, at: 10m }
                  - { kind: stackOutage, stack: shared-1, at: 10m, for: 5m, factor: 2 }
                """);
        assertEquals(4, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith("drill.yaml:13:64: events[0].factor: -2 — must be a positive number"), p.get(0));
        assertTrue(p.get(1).contains("events[1]: — needs for (a duration, e.g. 20m) or until")
                || p.get(1).contains("events[1]: needs for"), p.get(1));
        assertTrue(p.get(2).contains("events[1]: dbDegradation needs cpu or iops"), p.get(2));
        assertTrue(p.get(3).contains("events[2].factor: 2 — is not a parameter of stackOutage; it takes stack"), p.get(3));
    }

    @Test
    void faultsTheFluidPassCannotApplyAreRefusedOnAFluidHorizon() {
        String yaml = BASE.replace("length: 1h", "length: 2d") + """
                events:
                  - { kind: dbDegradation, stack: shared-1, at: 10h, for: 20m, cpu: 30% }
                  - { kind: loadSpike, tenant: acme, at: 10h, for: 20m, factor: 3 }
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "drill.yaml", Path.of(".")));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.lines().get(0).startsWith("drill.yaml:13:13: events[0].kind: dbDegradation — the fluid pass"), e.getMessage());
        Scenario ok = ScenarioLoader.parse(yaml.replace("length: 2d", "length: 2d, fidelity: request"), "drill.yaml", Path.of("."));
        assertEquals(2, ok.events().size());
    }
}
