package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Twenty-odd kinds of broken scenario file (issue 7): each must give a message naming the file,
 * line and column, the field path, what was found and what is allowed; `tenantsim validate` must
 * exit with 2 and print no stack trace. Each case edits one line of a valid file.
 */
final class BrokenScenarioTest {
    /** A valid scenario; cases replace or insert lines, so line numbers below are exact. */
    static final List<String> VALID = List.of(
            "name: broken",                                         // 1
            "seed: 1",                                              // 2
            "horizon: { length: 1h }",                              // 3
            "tiers:",                                               // 4
            "  free: { slo: { p99: 500ms }, monthlyFee: 0 }",       // 5
            "  pro:",                                               // 6
            "    slo: { p99: 200ms, errorBudget: 1% }",             // 7
            "    monthlyFee: 400",                                  // 8
            "    dbConnectionQuota: 10",                            // 9
            "tenants:",                                             // 10
            "  generate:",                                          // 11
            "    count: 10",                                        // 12
            "    mix: { free: 70%, pro: 30% }",                     // 13
            "    users: { mean: 20, max: 100 }",                    // 14
            "    requestsPerUserPerMinute: 1",                      // 15
            "    pattern: poisson",                                 // 16
            "request:",                                             // 17
            "  appCpu: { dist: lognormal, mean: 5ms, cv: 1 }",      // 18
            "topology:",                                            // 19
            "  pooled:",                                            // 20
            "    app: { nodes: 1, coresPerNode: 4 }",               // 21
            "    workers: { count: 2, discipline: fifo }");         // 22

    @TempDir
    Path dir;

    static String replace(int line, String text) {
        List<String> l = new ArrayList<>(VALID);
        l.set(line - 1, text);
        return String.join("\n", l) + "\n";
    }

    static String append(String... lines) {
        List<String> l = new ArrayList<>(VALID);
        l.addAll(Arrays.asList(lines));
        return String.join("\n", l) + "\n";
    }

    static String insertAfter(int line, String... lines) {
        List<String> l = new ArrayList<>(VALID);
        l.addAll(line, Arrays.asList(lines));
        return String.join("\n", l) + "\n";
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("typo in a key, with did-you-mean", replace(9, "    dbConectionQuota: 10"),
                        "broken.yaml:9:5: tiers.pro.dbConectionQuota: unknown key 'dbConectionQuota' — did you mean 'dbConnectionQuota'?"),
                Arguments.of("wrong type", replace(12, "    count: many"),
                        "broken.yaml:12:12: tenants.generate.count: many — must be a whole number"),
                Arguments.of("negative quota", replace(9, "    dbConnectionQuota: -5"),
                        "broken.yaml:9:24: tiers.pro.dbConnectionQuota: -5 — must be a positive integer"),
                Arguments.of("absurd capacity", replace(21, "    app: { nodes: 5000000, coresPerNode: 4 }"),
                        "broken.yaml:21:19: topology.pooled.app.nodes: 5000000 — must be at most 100000"),
                Arguments.of("missing section", String.join("\n", VALID.subList(0, 18)) + "\n",
                        "broken.yaml:1:1: missing required section 'topology'"),
                Arguments.of("unknown tier in the mix", replace(13, "    mix: { free: 70%, gold: 30% }"),
                        "broken.yaml:13:23: tenants.generate.mix.gold: unknown tier 'gold' — allowed: free, pro"),
                Arguments.of("unknown tier of a named tenant", insertAfter(16, "  explicit: [ { id: big, tier: prro, users: 10 } ]"),
                        "broken.yaml:17:32: tenants.explicit[0].tier: prro — unknown tier; did you mean 'pro'?"),
                Arguments.of("trace file that does not exist", insertAfter(16, "  trace: { format: csv, path: traces/missing.csv }"),
                        "broken.yaml:17:31: tenants.trace.path: traces/missing.csv — file not found"),
                Arguments.of("horizon of 100 years", replace(3, "horizon: { length: 100y }"),
                        "broken.yaml:3:20: horizon.length: 100y — must be at most 366d (one year)"),
                Arguments.of("duration without a unit", replace(18, "  appCpu: { dist: lognormal, mean: 5, cv: 1 }"),
                        "broken.yaml:18:36: request.appCpu.mean: 5 — needs a unit (ms, s, min (or m), h, d, w, y)"),
                Arguments.of("unknown duration unit", replace(18, "  appCpu: { dist: lognormal, mean: 5 parsecs, cv: 1 }"),
                        "broken.yaml:18:36: request.appCpu.mean: 5 parsecs — has an unknown duration unit 'parsecs'"),
                Arguments.of("a pareto without variability", replace(18, "  appCpu: { dist: pareto, mean: 5ms, cv: 0 }"),
                        "broken.yaml:18:42: request.appCpu.cv: 0 — a pareto needs cv > 0; use dist: constant for no variability"),
                Arguments.of("shares not adding up to 100%", replace(13, "    mix: { free: 70%, pro: 25% }"),
                        "broken.yaml:13:10: tenants.generate.mix: shares adding up to 95% — the shares must add up to 100%"),
                Arguments.of("NaN", replace(15, "    requestsPerUserPerMinute: .nan"),
                        "broken.yaml:15:31: tenants.generate.requestsPerUserPerMinute: .nan — must be"),
                Arguments.of("duplicate tenant id", insertAfter(16, "  explicit:", "    - { id: big, tier: pro, users: 10 }", "    - { id: big, tier: pro, users: 20 }"),
                        "broken.yaml:19:13: tenants.explicit[1].id: big — duplicate tenant id; the first is at line 18"),
                Arguments.of("unknown discipline", replace(22, "    workers: { count: 2, discipline: fiffo }"),
                        "broken.yaml:22:38: topology.pooled.workers.discipline: fiffo — is not a known name; did you mean 'fifo'?"),
                Arguments.of("unknown placement strategy", append("placement: { strategy: best-fit-decreasng }"),
                        "broken.yaml:23:24: placement.strategy: best-fit-decreasng — is not a known name; did you mean 'best-fit-decreasing'?"),
                Arguments.of("unknown arrival pattern", replace(16, "    pattern: diurnl"),
                        "broken.yaml:16:14: tenants.generate.pattern: diurnl — is not a known name; did you mean 'diurnal'?"),
                Arguments.of("empty file", "",
                        "broken.yaml:1:1: an empty file — a scenario needs"),
                Arguments.of("not YAML", "name: broken\ntiers: [ free, { pro: \n",
                        "broken.yaml:2:21: text that is not valid YAML — while parsing a flow node"),
                Arguments.of("percentage without the % sign", replace(7, "    slo: { p99: 200ms, errorBudget: 1 }"),
                        "broken.yaml:7:37: tiers.pro.slo.errorBudget: 1 — must be a percentage, e.g. 1% or 99.95% (write the % sign)"),
                Arguments.of("duplicate key", insertAfter(2, "seed: 2"),
                        "broken.yaml:3:1: seed: a second 'seed' — each key may appear once; the first is at line 2"),
                Arguments.of("two topologies at once", append("  dedicated: { app: { nodes: 1, coresPerNode: 2 } }"),
                        "broken.yaml:20:3: topology: pooled and dedicated — choose exactly one of pooled, cells, dedicated, hybrid"),
                Arguments.of("a scalar where a section belongs", replace(5, "  free: gold"),
                        "broken.yaml:5:9: tiers.free: gold — must be a mapping with keys slo, monthlyFee"),
                Arguments.of("rate with an unknown unit", replace(9, "    rateLimit: 100/fortnight"),
                        "broken.yaml:9:16: tiers.pro.rateLimit: 100/fortnight — has an unknown rate unit '/fortnight'"),
                Arguments.of("control for an undefined tier", append("controls: { dbConnectionQuota: { enterprise: 5 } }"),
                        "broken.yaml:23:34: controls.dbConnectionQuota.enterprise: unknown tier 'enterprise' — allowed: free, pro"),
                Arguments.of("circuit breaker that never lets a failure through", append("controls: { circuitBreaker: { pro: { failures: 0, openFor: 10s } } }"),
                        "broken.yaml:23:48: controls.circuitBreaker.pro.failures: 0 — must be a positive integer"),
                Arguments.of("bulkhead of no connections", append("controls: { bulkhead: { pro: { connections: 0 } } }"),
                        "broken.yaml:23:45: controls.bulkhead.pro.connections: 0 — must be a positive integer"),
                Arguments.of("admission queue of no requests", append("controls: { admissionControl: { queueLimit: 0 } }"),
                        "broken.yaml:23:45: controls.admissionControl.queueLimit: 0 — must be a positive integer"),
                Arguments.of("a file that is a list, not a scenario", "- name: broken\n",
                        "broken.yaml:1:1: a list — a scenario file must be a mapping of sections"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenFileGivesALocatedMessageAndExitCodeTwo(String kind, String yaml, String expected) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        CliHarness.Result r = CliHarness.run("validate", file.toString());
        assertEquals(2, r.exit(), kind + ": exit code; stderr was:\n" + r.err());
        assertTrue(r.err().contains(expected), kind + ": expected\n  " + expected + "\nin\n" + r.err());
        assertFalse(r.hasStackTrace(), kind + ": no stack trace; stderr was:\n" + r.err());
    }

    @Test
    void theValidBaseIsValid() throws IOException {
        Path file = dir.resolve("valid.yaml");
        Files.writeString(file, String.join("\n", VALID) + "\n", StandardCharsets.UTF_8);
        CliHarness.Result r = CliHarness.run("validate", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ok: "), r.out());
    }

    @Test
    void runOfABrokenFileAlsoExitsTwoBeforeRunningAnything() throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, replace(9, "    dbConnectionQuota: -5"), StandardCharsets.UTF_8);
        CliHarness.Result r = CliHarness.run("run", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("tiers.pro.dbConnectionQuota: -5 — must be a positive integer"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written for a bad scenario");
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void aMissingScenarioFileOrNameExitsTwoWithSuggestions() {
        CliHarness.Result r = CliHarness.run("run", "quickstrat");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("quickstrat: no such file, and no bundled scenario of that name; did you mean 'quickstart'?"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }
}
