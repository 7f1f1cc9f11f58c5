package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.scenario.model.ControlsSpec;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The controls the request path has beyond quotas — circuit breakers and bulkheads per tier,
 * admission control per stack — read from a file or built in code, mapped onto the engine's
 * controls, and each bad value a located error.
 */
final class ControlsSectionTest {
    /** Line numbers in the cases below count from here. */
    static final List<String> BASE = List.of(
            "name: controls",                                                            // 1
            "horizon: { length: 10min }",                                                // 2
            "tiers:",                                                                    // 3
            "  free: { slo: { p99: 500ms }, monthlyFee: 0 }",                            // 4
            "  enterprise: { slo: { p99: 200ms }, monthlyFee: 5000 }",                   // 5
            "tenants:",                                                                  // 6
            "  generate: { count: 10, mix: { free: 80%, enterprise: 20% }, users: { mean: 20 }, requestsPerUserPerMinute: 1 }", // 7
            "request:",                                                                  // 8
            "  appCpu: { dist: lognormal, mean: 5ms }",                                  // 9
            "  dbCpu: { dist: lognormal, mean: 2ms }",                                   // 10
            "topology:",                                                                 // 11
            "  pooled: { app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 100, cores: 8 } }", // 12
            "controls:",                                                                 // 13
            "  circuitBreaker: { free: { failures: 5, openFor: 10s } }",                 // 14
            "  bulkhead: { free: { connections: 30 }, enterprise: { connections: 20 } }", // 15
            "  admissionControl: { queueLimit: 50 }");                                   // 16

    static String file(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    static String replace(int line, String text) {
        List<String> l = new ArrayList<>(BASE);
        l.set(line - 1, text);
        return file(l);
    }

    static Scenario parse(String yaml) {
        return ScenarioLoader.parse(yaml, "c.yaml", Path.of("."));
    }

    @Test
    void theFileBindsBreakersBulkheadsAndAdmissionControl() {
        ControlsSpec c = parse(file(BASE)).controls();
        assertEquals(Map.of("free", new ControlsSpec.CircuitBreaker(5, Duration.ofSeconds(10))), c.circuitBreaker());
        assertEquals(Map.of("free", 30, "enterprise", 20), c.bulkhead());
        assertEquals(new ControlsSpec.AdmissionControl(50), c.admissionControl());
        ControlsSpec none = parse(file(BASE.subList(0, 12))).controls();
        assertEquals(Map.of(), none.circuitBreaker());
        assertEquals(Map.of(), none.bulkhead());
        assertNull(none.admissionControl());
    }

    @Test
    void theFluentApiBuildsTheSameControls() {
        Scenario built = Scenario.builder("controls").horizon(Duration.ofMinutes(10))
                .tier("free", t -> t.sloP99(Duration.ofMillis(500)).monthlyFee("0"))
                .tier("enterprise", t -> t.sloP99(Duration.ofMillis(200)).monthlyFee("5000"))
                .generate(g -> g.count(10).mix("free", 0.8).mix("enterprise", 0.2).users(20, 20).requestsPerUserPerMinute(1))
                .request(r -> r.appCpu("lognormal", Duration.ofMillis(5), 1).dbCpu("lognormal", Duration.ofMillis(2), 1))
                .pooled(p -> p.app(1, 4).db(100, 8))
                .controls(c -> c.circuitBreaker("free", 5, Duration.ofSeconds(10)).bulkhead("free", 30).bulkhead("enterprise", 20)
                        .admissionControl(50).retries(2, Duration.ofMillis(100)))
                .build();
        ControlsSpec fromFile = parse(file(BASE)).controls();
        assertEquals(fromFile.circuitBreaker(), built.controls().circuitBreaker());
        assertEquals(fromFile.bulkhead(), built.controls().bulkhead());
        assertEquals(fromFile.admissionControl(), built.controls().admissionControl());
        assertEquals(new ControlsSpec.Retries(2, Duration.ofMillis(100)), built.controls().retries());
    }

    @Test
    void controlModelsSwitchTheEngineControlsOnForTheRightTiers() {
        Scenario s = parse(file(BASE));
        ScenarioModel m = ScenarioModels.forRequestLevel(s, s.seed());
        Controls c = m.controls();
        int free = m.tiers().index("free");
        int enterprise = m.tiers().index("enterprise");
        for (int t = 0; t < m.tenantCount(); t++) {
            boolean isFree = m.tierIndex()[t] == free;
            assertEquals(isFree ? 5 : 0, c.breakerFailures(t), "tenant " + t);
            assertEquals(isFree ? 10.0 : 0.0, c.breakerOpenSeconds(t), 1e-12);
        }
        assertEquals(30, c.bulkhead(free));
        assertEquals(20, c.bulkhead(enterprise));
        assertEquals(50, c.bulkheadTotal());
        assertEquals(50, c.admissionQueueLimit());
        Controls off = ScenarioModels.forRequestLevel(parse(file(BASE.subList(0, 12))), 1).controls();
        assertEquals(0, off.breakerFailures(0));
        assertEquals(0, off.bulkheadTotal());
        assertEquals(Controls.UNLIMITED, off.admissionQueueLimit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "breaker failures 0   | 14 | '  circuitBreaker: { free: { failures: 0, openFor: 10s } }'"
                + " | 'c.yaml:14:39: controls.circuitBreaker.free.failures: 0 — must be a positive integer'",
        "breaker open for 0   | 14 | '  circuitBreaker: { free: { failures: 5, openFor: 0s } }'"
                + " | 'c.yaml:14:51: controls.circuitBreaker.free.openFor: 0s — must be at least 1ms'",
        "breaker no unit      | 14 | '  circuitBreaker: { free: { failures: 5, openFor: 10 } }'"
                + " | 'c.yaml:14:51: controls.circuitBreaker.free.openFor: 10 — needs a unit'",
        "breaker no openFor   | 14 | '  circuitBreaker: { free: { failures: 5 } }'"
                + " | 'c.yaml:14:27: controls.circuitBreaker.free: missing required key ''openFor'''",
        "breaker typo in key  | 14 | '  circuitBreaker: { free: { failures: 5, opensFor: 10s } }'"
                + " | 'c.yaml:14:42: controls.circuitBreaker.free.opensFor: unknown key ''opensFor'' — did you mean ''openFor''?'",
        "breaker unknown tier | 14 | '  circuitBreaker: { fre: { failures: 5, openFor: 10s } }'"
                + " | 'c.yaml:14:21: controls.circuitBreaker.fre: unknown tier ''fre'' — did you mean ''free''?'",
        "bulkhead 0           | 15 | '  bulkhead: { free: { connections: 0 } }'"
                + " | 'c.yaml:15:36: controls.bulkhead.free.connections: 0 — must be a positive integer'",
        "bulkhead unknown tier | 15 | '  bulkhead: { pro: { connections: 10 } }'"
                + " | 'c.yaml:15:15: controls.bulkhead.pro: unknown tier ''pro'' — allowed: free, enterprise'",
        "bulkhead not a map   | 15 | '  bulkhead: { free: 30 }'"
                + " | 'c.yaml:15:21: controls.bulkhead.free: 30 — must be a mapping with keys connections'",
        "bulkhead as big as the pool | 15 | '  bulkhead: { free: { connections: 100 } }'"
                + " | 'c.yaml:15:36: controls.bulkhead.free.connections: 100 — must be less than topology.pooled.db.maxConnections (100): a bulkhead is the free tier''s share of that pool'",
        "bulkheads adding up to the pool | 15 | '  bulkhead: { free: { connections: 60 }, enterprise: { connections: 40 } }'"
                + " | 'c.yaml:15:13: controls.bulkhead: free 60 + enterprise 40 = 100 connections — must leave at least 1 of"
                + " topology.pooled.db.maxConnections (100) to the tiers without a bulkhead'",
        "queue limit 0        | 16 | '  admissionControl: { queueLimit: 0 }'"
                + " | 'c.yaml:16:35: controls.admissionControl.queueLimit: 0 — must be a positive integer'",
        "queue limit negative | 16 | '  admissionControl: { queueLimit: -5 }'"
                + " | 'c.yaml:16:35: controls.admissionControl.queueLimit: -5 — must be a positive integer'",
        "queue limit absurd   | 16 | '  admissionControl: { queueLimit: 1000000000 }'"
                + " | 'c.yaml:16:35: controls.admissionControl.queueLimit: 1000000000 — must be at most 100000000'",
        "admission typo       | 16 | '  admissionControl: { queLimit: 5 }'"
                + " | 'c.yaml:16:23: controls.admissionControl.queLimit: unknown key ''queLimit'' — did you mean ''queueLimit''?'",
        "breaker without DB calls | 10 | '  # no DB work'"
                + " | 'c.yaml:14:19: controls.circuitBreaker: free — has no effect: requests make no DB calls'",
    })
    void aBadControlGivesALocatedMessage(String kind, int line, String text, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(replace(line, text)), kind);
        String all = String.join("\n", e.lines());
        assertEquals(true, all.contains(expected), kind + ": expected\n  " + expected + "\nin\n" + all);
    }

    @Test
    void aBulkheadCountsOnlyOnTheCellsItsTierMayUse() {
        List<String> cells = new ArrayList<>(BASE);
        cells.set(11, "  cells:");
        cells.add(12, "    small: { count: 2, tiers: [ free ], app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 40, cores: 4 } }");
        cells.add(13, "    big: { count: 1, tiers: [ enterprise ], app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 25, cores: 4 } }");
        // free 30 < 40 on small cells, enterprise 20 < 25 on the big one: valid
        assertEquals(30, parse(file(cells)).controls().bulkhead().get("free"));
        cells.set(13, "    big: { count: 1, tiers: [ enterprise ], app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 20, cores: 4 } }");
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(file(cells)));
        assertEquals(List.of("c.yaml:17:69: controls.bulkhead.enterprise.connections: 20 — must be less than"
                + " topology.cells.big.db.maxConnections (20): a bulkhead is the enterprise tier's share of that pool,"
                + " and the tiers without one need at least 1 connection"), e.lines());
    }

    @Test
    void aVariantThatShrinksThePoolIsToldSoAtItsOwnLine() {
        String yaml = file(BASE) + """
                variants:
                  small-db:
                    topology:
                      pooled: { app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 25, cores: 8 } }
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(yaml));
        assertEquals(List.of("c.yaml:20:75: variants.small-db.topology.pooled.db.maxConnections: 25 — is too small for"
                + " controls.bulkhead.free.connections (30); must be less than topology.pooled.db.maxConnections (25):"
                + " a bulkhead is the free tier's share of that pool, and the tiers without one need at least 1 connection"),
                e.lines());
    }
}
