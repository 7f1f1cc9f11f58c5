package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenantsim.scenario.model.SloSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tier's SLO read from an OpenSLO SLO document beside the scenario. */
final class OpenSloImportTest {
    @TempDir
    Path dir;

    static final String OCCURRENCES = """
            apiVersion: openslo/v1
            kind: SLO
            metadata: { name: api-latency }
            spec:
              service: api
              budgetingMethod: Occurrences
              timeWindow:
                - duration: 28d
                  isRolling: true
              objectives:
                - displayName: fast enough
                  op: lte
                  value: 300
                  target: 0.999
            """;

    static final String TIMESLICES = """
            apiVersion: openslo/v1
            kind: SLO
            metadata: { name: api-minutes }
            spec:
              budgetingMethod: Timeslices
              timeWindow: [ { duration: 7d, isRolling: true } ]
              objectives:
                - { op: lte, value: 250, targetPercent: 99.5, timeSliceTarget: 0.99, timeSliceWindow: 1m }
            """;

    private Scenario scenario(String slo) {
        return ScenarioLoader.parse("""
                name: openslo
                horizon: { length: 1h }
                tiers:
                  a: { slo: %s, monthlyFee: 1 }
                tenants:
                  generate: { count: 10, mix: { a: 100%% }, users: { mean: 20 }, requestsPerUserPerMinute: 1 }
                request:
                  appCpu: { dist: lognormal, mean: 5ms }
                topology:
                  pooled: { app: { nodes: 1, coresPerNode: 4 } }
                """.formatted(slo), "openslo.yaml", dir);
    }

    private List<String> problems(String slo) {
        return assertThrows(ScenarioException.class, () -> scenario(slo)).lines();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void anOccurrencesDocumentGivesTheSameSloAsTheKeysWrittenOut() throws IOException {
        write("api-slo.yaml", OCCURRENCES);
        SloSpec imported = scenario("{ openslo: api-slo.yaml, availability: 99.5% }").tiers().get("a").slo();
        SloSpec inline = scenario("{ method: occurrences, target: 99.9%, threshold: 300ms, window: 28d, availability: 99.5% }")
                .tiers().get("a").slo();
        assertEquals(inline, imported);
    }

    @Test
    void aTimeslicesDocumentJudgesOneMinuteSlicesOnTheirP99() throws IOException {
        write("minutes.yaml", TIMESLICES);
        SloSpec s = scenario("{ openslo: minutes.yaml, errorBudget: 0.1% }").tiers().get("a").slo();
        assertEquals(SloSpec.Method.TIMESLICES, s.method());
        assertEquals(Duration.ofMillis(250), s.p99());
        assertEquals(0.995, s.budgetTarget(), 1e-12);
        assertEquals(7 * 86_400, s.windowSeconds(3600), 1e-9);
        assertEquals(0.001, s.errorBudget(), 1e-15);
    }

    @Test
    void whatTenantsimCannotSimulateIsNamedWithTheDocumentsLine() throws IOException {
        write("ratio.yaml", TIMESLICES.replace("Timeslices", "RatioTimeslices"));
        write("p95.yaml", TIMESLICES.replace("timeSliceTarget: 0.99", "timeSliceTarget: 0.95"));
        write("two.yaml", OCCURRENCES + "    - { op: lte, value: 1000, target: 0.9999 }\n");
        write("service.yaml", "apiVersion: openslo/v1\nkind: Service\nmetadata: { name: api }\n");
        assertEquals(List.of("openslo.yaml:4:24: tiers.a.slo.openslo: ratio.yaml — ratio.yaml:5:20: spec.budgetingMethod "
                        + "(RatioTimeslices) must be Occurrences or Timeslices (RatioTimeslices is not simulated)"),
                problems("{ openslo: ratio.yaml }"));
        assertEquals(List.of("openslo.yaml:4:24: tiers.a.slo.openslo: p95.yaml — p95.yaml:8:68: spec.objectives[0].timeSliceTarget "
                + "(0.95) must be 0.99: a slice is judged on its p99"), problems("{ openslo: p95.yaml }"));
        assertEquals(List.of("openslo.yaml:4:24: tiers.a.slo.openslo: two.yaml — two.yaml:11:5: spec.objectives must hold "
                + "exactly one objective (found 2)"), problems("{ openslo: two.yaml }"));
        assertEquals(List.of("openslo.yaml:4:24: tiers.a.slo.openslo: service.yaml — service.yaml:1:1: kind must be SLO "
                + "(an OpenSLO SLO document)"), problems("{ openslo: service.yaml }"));
    }

    @Test
    void aMissingDocumentOrAKeyGivenTwiceIsAnError() throws IOException {
        write("api-slo.yaml", OCCURRENCES);
        assertEquals(1, problems("{ openslo: nowhere.yaml }").size());
        assertEquals(true, problems("{ openslo: nowhere.yaml }").get(0).startsWith(
                "openslo.yaml:4:24: tiers.a.slo.openslo: nowhere.yaml — file not found (looked for "));
        assertEquals(List.of("openslo.yaml:4:46: tiers.a.slo.target: 99% — is given by the OpenSLO document api-slo.yaml; "
                + "remove it here"), problems("{ openslo: api-slo.yaml, target: 99% }"));
    }
}
