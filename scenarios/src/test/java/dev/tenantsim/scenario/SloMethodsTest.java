package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.model.SloSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tier's SLO budgeting method in the scenario file: what each method needs, allows and defaults to. */
final class SloMethodsTest {
    private static String scenario(String... tiers) {
        StringBuilder b = new StringBuilder("""
                name: slo
                horizon: { length: 1h }
                tiers:
                """);
        for (String t : tiers) {
            b.append("  ").append(t).append('\n');
        }
        return b.append("""
                tenants:
                  generate: { count: 10, mix: { a: 100% }, users: { mean: 20 }, requestsPerUserPerMinute: 1 }
                request:
                  appCpu: { dist: lognormal, mean: 5ms }
                topology:
                  pooled: { app: { nodes: 1, coresPerNode: 4 } }
                """).toString();
    }

    private static SloSpec slo(String tier) {
        return ScenarioLoader.parse(scenario(tier), "slo.yaml", Path.of(".")).tiers().get("a").slo();
    }

    private static List<String> problems(String... tiers) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(scenario(tiers), "slo.yaml", Path.of(".")))
                .lines();
    }

    @Test
    void anSloWithoutAMethodIsTimeslicesJudgedAsBeforeAndBudgetedAgainstItsAvailability() {
        SloSpec s = slo("a: { slo: { p99: 200ms, errorBudget: 0.1%, availability: 99.95% }, monthlyFee: 1 }");
        assertEquals(SloSpec.Method.TIMESLICES, s.method());
        assertEquals(Duration.ofMillis(200), s.p99());
        assertEquals(0.001, s.errorBudget(), 1e-15);
        assertEquals(0.9995, s.budgetTarget(), 1e-15);
        assertEquals(Duration.ofMillis(200), s.slowThreshold(), "slow requests of a timeslices SLO: above its p99 objective");
        assertNull(s.threshold());
        assertEquals(3600, s.windowSeconds(3600), "window: the horizon");
        assertTrue(Double.isNaN(slo("a: { slo: { p99: 200ms }, monthlyFee: 1 }").budgetTarget()), "no target, no promise");
    }

    @Test
    void aTimeslicesTargetAndWindowMayBeGivenWithTheOnlySliceSimulated() {
        SloSpec s = slo("a: { slo: { method: timeslices, p99: 300ms, slice: 1m, target: 99%, availability: 99.9%, window: 7d }, monthlyFee: 1 }");
        assertEquals(0.99, s.budgetTarget(), 1e-15, "its own target before the contract's availability");
        assertEquals(7 * 86_400, s.windowSeconds(3600), 1e-9);
    }

    @Test
    void anOccurrencesSloCountsRequestsWithinItsThresholdAndJudgesMinutesAgainstItWithoutAP99() {
        SloSpec s = slo("a: { slo: { method: occurrences, target: 99.9%, threshold: 300ms, window: 28d }, monthlyFee: 1 }");
        assertEquals(SloSpec.Method.OCCURRENCES, s.method());
        assertEquals(0.999, s.budgetTarget(), 1e-15);
        assertEquals(Duration.ofMillis(300), s.threshold());
        assertEquals(Duration.ofMillis(300), s.slowThreshold());
        assertEquals(Duration.ofMillis(300), s.p99(), "violation minutes: the threshold as the per-minute p99 objective");
        assertEquals(28 * 86_400, s.windowSeconds(3600), 1e-9);
        SloSpec both = slo("a: { slo: { method: occurrences, target: 99%, threshold: 1s, p99: 250ms, availability: 99.5% }, monthlyFee: 1 }");
        assertEquals(Duration.ofMillis(250), both.p99());
        assertEquals(Duration.ofSeconds(1), both.slowThreshold());
        assertEquals(0.99, both.budgetTarget(), 1e-15);
    }

    @Test
    void theFluentApiWritesTheSameSlo() {
        Scenario s = Scenario.builder("fluent").horizon(Duration.ofHours(1))
                .tier("a", t -> t.sloOccurrences(0.999, Duration.ofMillis(300)).sloWindow(Duration.ofDays(28)).monthlyFee("1"))
                .generate(g -> g.count(10).mix("a", 1.0).users(20, 40).requestsPerUserPerMinute(1))
                .request(r -> r.appCpu("lognormal", Duration.ofMillis(5), 1))
                .pooled(p -> p.app(1, 4))
                .build();
        assertEquals(slo("a: { slo: { method: occurrences, target: 99.9%, threshold: 300ms, window: 28d }, monthlyFee: 1 }"),
                s.tiers().get("a").slo());
    }

    @Test
    void eachMethodNamesWhatItIsMissingAndWhatDoesNotApply() {
        assertEquals(List.of(
                "slo.yaml:4:13: tiers.a.slo: missing required key 'target' (an occurrences SLO counts good requests against a target, e.g. target: 99.9%)",
                "slo.yaml:4:13: tiers.a.slo: missing required key 'threshold' (an occurrences SLO's good requests complete within it, e.g. threshold: 300ms)",
                "slo.yaml:5:13: tiers.b.slo: missing required key 'p99' (p99 latency objective per minute, e.g. 250ms)",
                "slo.yaml:6:13: tiers.c.slo: missing required key 'p99' (p99 latency objective per minute); with a threshold, did you mean method: occurrences?"),
                problems("a: { slo: { method: occurrences }, monthlyFee: 1 }",
                        "b: { slo: { errorBudget: 1% }, monthlyFee: 1 }",
                        "c: { slo: { target: 99.9%, threshold: 300ms }, monthlyFee: 1 }"));
        assertEquals(List.of(
                "slo.yaml:4:38: tiers.a.slo.threshold: 300ms — applies to method occurrences only; a timeslices SLO judges each minute's p99 against p99",
                "slo.yaml:4:52: tiers.a.slo.slice: 5m — must be 1m: slices are the one-minute windows of the per-minute SLO rule",
                "slo.yaml:5:76: tiers.b.slo.slice: 1m — applies to method timeslices only; an occurrences SLO counts requests"),
                problems("a: { slo: { p99: 200ms, threshold: 300ms, slice: 5m }, monthlyFee: 1 }",
                        "b: { slo: { method: occurrences, target: 99.9%, threshold: 300ms, slice: 1m }, monthlyFee: 1 }"));
    }

    @Test
    void badValuesAreLocatedWithWhatIsAllowed() {
        assertEquals(List.of(
                "slo.yaml:4:44: tiers.a.slo.target: 100% — must be below 100%: a 100% target leaves no error budget",
                "slo.yaml:5:23: tiers.b.slo.method: occurences — is not a known name; did you mean 'occurrences'? allowed: timeslices, occurrences",
                "slo.yaml:6:44: tiers.c.slo.target: 120% — must be at most 100%",
                "slo.yaml:6:61: tiers.c.slo.threshold: 0ms — must be at least 1ms",
                "slo.yaml:6:74: tiers.c.slo.window: 10s — must be at least 1m"),
                problems("a: { slo: { method: occurrences, target: 100%, threshold: 300ms }, monthlyFee: 1 }",
                        "b: { slo: { method: occurences, p99: 1s }, monthlyFee: 1 }",
                        "c: { slo: { method: occurrences, target: 120%, threshold: 0ms, window: 10s }, monthlyFee: 1 }"));
    }
}
