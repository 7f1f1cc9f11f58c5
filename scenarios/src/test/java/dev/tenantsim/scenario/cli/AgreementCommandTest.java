package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenantsim agreement}: the same hours both ways, figure by figure, with the bands of docs/VALIDATION.md. */
final class AgreementCommandTest {
    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        Path f = dir.resolve("light.yaml");
        Files.writeString(f, """
                name: light
                seed: 3
                horizon: { length: 2h }
                tiers:
                  pro: { slo: { p99: 200ms }, monthlyFee: 400 }
                tenants:
                  generate: { count: 8, mix: { pro: 100% }, users: { mean: 20 }, requestsPerUserPerMinute: 2 }
                request:
                  appCpu: { dist: exponential, mean: 5ms }
                topology:
                  pooled: { app: { nodes: 1, coresPerNode: 4 } }
                """, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aLightScenarioAgreesFigureByFigure() throws IOException {
        CliHarness.Result r = CliHarness.run("agreement", scenario().toString(), "--minutes", "30");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("light: 30 minutes, seed 3"), r.out());
        assertTrue(r.out().contains("| figure | request level | fluid pass | band | in band |"), r.out());
        assertTrue(r.out().contains("| violation minutes, pro |"), r.out());
        assertTrue(r.out().contains("Every figure is inside its band."), r.out());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void minutesOutOfRangeAreAClearError() throws IOException {
        CliHarness.Result r = CliHarness.run("agreement", scenario().toString(), "--minutes", "5");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--minutes (5) must be from 10 to 1440"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }
}
