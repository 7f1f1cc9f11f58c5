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

/** {@code --fidelity} over {@code horizon.fidelity}, and the estimate that guards long request-level runs. */
final class FidelityOptionTest {
    private static final String FLUID_ENGINE = "platform model: fluid pass over the horizon + request-level DES of the busiest windows";
    private static final String REQUEST_ENGINE = "platform model: request-level DES";
    /** Refuses everything: a second and a byte. */
    private static final RunLimit TINY = new RunLimit(1e-3, 1e-9, 1L << 30, 0);

    @TempDir
    Path dir;

    private Path tinyScenario(String fidelity) throws IOException {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, """
                name: tiny
                seed: 3
                horizon: { length: 30min%s }
                tiers:
                  pro: { slo: { p99: 200ms }, monthlyFee: 400 }
                tenants:
                  generate: { count: 5, mix: { pro: 100%% }, users: { mean: 10 }, requestsPerUserPerMinute: 1 }
                request:
                  appCpu: { dist: lognormal, mean: 5ms }
                topology:
                  pooled: { app: { nodes: 1, coresPerNode: 4 } }
                """.formatted(fidelity == null ? "" : ", fidelity: " + fidelity), StandardCharsets.UTF_8);
        return f;
    }

    private static String engineIn(Path report) throws IOException {
        String json = Files.readString(report.resolve("results.json"), StandardCharsets.UTF_8);
        int at = json.indexOf("\"engine\"");
        return json.substring(json.indexOf('"', at + 9) + 1, json.indexOf('"', json.indexOf('"', at + 9) + 1));
    }

    @Test
    void fluidOnQuickstartsShortHorizonWritesAFluidReport() throws IOException {
        Path out = dir.resolve("q");
        CliHarness.Result r = CliHarness.run("run", "quickstart", "--fidelity", "fluid", "--replications", "1", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(out.resolve("index.html")) > 0 && Files.size(out.resolve("tenants.csv")) > 0);
        assertEquals(FLUID_ENGINE, engineIn(out), "results.json names the engine that ran");
        assertTrue(r.out().contains("  engine: " + FLUID_ENGINE), r.out());
        assertTrue(r.out().contains("Fluid pass over 60 minutes"), r.out());
        assertTrue(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8).contains("Produced by tenantsim with the " + FLUID_ENGINE));
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void theOptionWinsOverTheFileAndTheFileOverTheDefault() throws IOException {
        Path file = tinyScenario("fluid");
        Path fromFile = dir.resolve("file");
        assertEquals(0, CliHarness.run("run", file.toString(), "--out", fromFile.toString(), "-q").exit());
        assertEquals(FLUID_ENGINE, engineIn(fromFile));
        Path overridden = dir.resolve("option");
        CliHarness.Result r = CliHarness.run("run", file.toString(), "--fidelity", "request", "--out", overridden.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(REQUEST_ENGINE, engineIn(overridden));
        assertTrue(r.out().contains("  engine: " + REQUEST_ENGINE), r.out());
        Path auto = dir.resolve("auto");
        assertEquals(0, CliHarness.run("run", tinyScenario(null).toString(), "--out", auto.toString(), "-q").exit());
        assertEquals(REQUEST_ENGINE, engineIn(auto), "30 min at auto is request level");
    }

    @Test
    void anUnknownFidelityIsABadOptionThatNamesTheAllowedOnes() throws IOException {
        Path out = dir.resolve("bad");
        CliHarness.Result r = CliHarness.run("run", "quickstart", "--fidelity", "flud", "--out", out.toString());
        assertEquals(2, r.exit());
        assertEquals("tenantsim: --fidelity (flud) is not a fidelity; did you mean 'fluid'? allowed: auto, request, fluid", r.err().strip());
        assertFalse(Files.exists(out), "nothing ran");
        CliHarness.Result inFile = CliHarness.run("validate", tinyScenario("exact").toString());
        assertEquals(2, inFile.exit());
        assertTrue(inFile.err().contains("tiny.yaml:3:37: horizon.fidelity: exact — is not a known name; allowed: auto, request, fluid"),
                inFile.err());
    }

    @Test
    void aRequestLevelRunOverTheLimitIsRefusedWithItsEstimateAndHowToProceed() throws IOException {
        Path out = dir.resolve("refused");
        CliHarness.Result r = CliHarness.run(TINY, "run", "quickstart", "--replications", "1", "--out", out.toString());
        assertEquals(2, r.exit(), r.err());
        String err = r.err();
        assertTrue(err.startsWith("tenantsim: this request-level run is estimated at about "), err);
        assertTrue(err.contains("more than the limit (0 s, or 0% of the JVM's 1.0 GB heap); nothing was run."), err);
        assertTrue(err.contains("quickstart: request-level DES of 60 min x 1 replication, 41 tenants on 1 stack, "), err);
        assertTrue(err.contains("pass --force-long-run") && err.contains("JAVA_TOOL_OPTIONS=-Xmx") && err.contains("--fidelity fluid"), err);
        assertFalse(Files.exists(out), "nothing ran");
        assertFalse(r.hasStackTrace(), err);

        CliHarness.Result forced = CliHarness.run(TINY, "run", "quickstart", "--replications", "1", "--out", out.toString(), "--force-long-run");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(forced.err().contains("tenantsim: estimate: quickstart: request-level DES of 60 min"), forced.err());
        assertTrue(forced.err().contains("running anyway (--force-long-run)"), forced.err());
        assertTrue(Files.exists(out.resolve("index.html")));

        Path fluid = dir.resolve("fluid");
        CliHarness.Result asFluid = CliHarness.run(TINY, "run", "quickstart", "--replications", "1", "--fidelity", "fluid", "--out",
                fluid.toString(), "-q");
        assertEquals(0, asFluid.exit(), "a fluid run is not estimated: " + asFluid.err());
    }

    @Test
    void compareEstimatesEveryRunBeforeRunningAny() throws IOException {
        Path out = dir.resolve("cmp");
        CliHarness.Result r = CliHarness.run(TINY, "compare", "quickstart", "--replications", "1", "--out", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("tenantsim: these 2 request-level runs are estimated at about "), r.err());
        assertTrue(r.err().contains("quickstart: request-level DES") , r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theStandardLimitLetsTheBundledShortScenariosRunWithoutANotice() {
        RunLimit standard = RunLimit.standard();
        assertEquals(1800, standard.maxSeconds());
        assertEquals((long) (0.75 * Runtime.getRuntime().maxMemory()), standard.heapLimitBytes());
        CliHarness.Result r = CliHarness.run("run", "two-tenant-fairness", "--replications", "1", "--out", dir.resolve("t").toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("estimate"), r.err());
    }

    @Test
    void fidelitiesAreListed() {
        CliHarness.Result r = CliHarness.run("list", "fidelities");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("auto ") && r.out().contains("\nrequest ") && r.out().contains("\nfluid "), r.out());
    }
}
