package dev.tenantsim.scenario.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenants.trace} options reach the reader: which label names the tenant, which metric the values are, bad rows. */
final class TraceSourceOptionsTest {
    @TempDir
    Path dir;

    /** A range-query response with two namespaces; the second sample of "beta" is NaN (a bad row). */
    private Path prometheus() throws IOException {
        Path f = dir.resolve("rps.json");
        Files.writeString(f, """
                {"status":"success","data":{"resultType":"matrix","result":[
                  {"metric":{"namespace":"alpha"},"values":[[1700000000,"20"],[1700000300,"30"],[1700000600,"40"]]},
                  {"metric":{"namespace":"beta"},"values":[[1700000000,"5"],[1700000300,"NaN"],[1700000600,"7"]]}
                ]}}
                """);
        return f;
    }

    private Scenario scenario(String traceOptions) throws IOException {
        return ScenarioLoader.parse("""
                name: traced
                horizon: { length: 15m }
                tiers:
                  pro: { slo: { p99: 300ms }, monthlyFee: 400 }
                tenants:
                  trace: { format: prometheus, path: PATH OPTIONS }
                request:
                  appCpu: { dist: lognormal, mean: 8ms, cv: 1 }
                topology:
                  pooled:
                    app: { nodes: 2, coresPerNode: 8 }
                """.replace("PATH", prometheus().toString()).replace("OPTIONS", traceOptions), "traced.yaml", dir);
    }

    @Test
    void theTenantLabelAndLenientBadRowsComeFromTheScenario() throws IOException {
        ScenarioModel m = ScenarioModels.forRequestLevel(
                scenario(", tenantKey: namespace, metric: requests_per_s, badRows: lenient"), 1);
        assertEquals(List.of("alpha", "beta"), List.of(m.workload().tenant(0).id(), m.workload().tenant(1).id()));
        assertTrue(m.notes().stream().anyMatch(n -> n.startsWith("tenants.trace.badRows is lenient: 1 of 6 rows were skipped")),
                m.notes().toString());
    }

    @Test
    void strictIsTheDefaultAndTheBadRowIsALocatedError() throws IOException {
        Scenario s = scenario(", tenantKey: namespace");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioModels.forRequestLevel(s, 1));
        assertTrue(e.getMessage().contains("rps.json") && e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void anUnknownMetricOrPolicyIsRejectedWithTheAllowedValues() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> scenario(", badRows: skip"));
        assertTrue(e.getMessage().contains("tenants.trace.badRows") && e.getMessage().contains("lenient"), e.getMessage());
        ScenarioException m = assertThrows(ScenarioException.class, () -> scenario(", metric: rps"));
        assertTrue(m.getMessage().contains("tenants.trace.metric") && m.getMessage().contains("requests_per_s"), m.getMessage());
    }
}
