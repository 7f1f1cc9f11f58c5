package dev.tenantsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunGap;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.cli.TenantsimCommand;
import dev.tenantsim.scenario.sweep.LocalPoolEngine;
import dev.tenantsim.scenario.sweep.RunSpec;
import dev.tenantsim.scenario.sweep.ScenarioText;
import dev.tenantsim.scenario.sweep.Setting;
import dev.tenantsim.scenario.sweep.SweepEngine;
import dev.tenantsim.scenario.sweep.SweepTasks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sweep on the local pool and on Spark local[2] gives a byte-identical results.json,
 * whatever order Spark gets the tasks in; a failing task is a gap (its run, replication and
 * message), and the rest of the sweep completes. The quickstart over 15 minutes keeps it short.
 */
final class SparkSweepDeterminismTest {
    @TempDir
    Path dir;

    private Path shortQuickstart() throws Exception {
        Path f = dir.resolve("quickstart-15m.yaml");
        Files.writeString(f, ScenarioLoader.bundledText("quickstart").replace("length: 1h", "length: 15m")
                .replace("windows: [ { from: \"00:25\", to: \"00:45\", label: export } ]", "windows: [ { from: \"00:02\", to: \"00:04\", label: export } ]"));
        return f;
    }

    @Test
    void sweepOnSparkWritesTheLocalPoolsResultsByteForByte() throws Exception {
        Path file = shortQuickstart();
        String[] sweep = {"sweep", file.toString(), "--set", "controls.dbConnectionQuota.enterprise=2,8", "--quiet", "--out"};
        Result local = cli(concat(sweep, dir.resolve("local").toString()));
        Result spark = cli(concat(sweep, dir.resolve("spark").toString(), "--engine", "spark"));
        assertEquals(0, local.code, local.err);
        assertEquals(0, spark.code, spark.err);
        for (String f : List.of("results.json", "comparison.csv", "01-enterprise=2/tenants.csv", "02-enterprise=8/tiers.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(f)), Files.readAllBytes(dir.resolve("spark").resolve(f)), f);
        }
    }

    @Test
    void aFailingTaskIsAGapWithItsRunAndReplicationAndTheRestCompletes() throws Exception {
        ScenarioText text = ScenarioText.of(shortQuickstart().toString());
        List<RunSpec> specs = List.of(
                point(text, "controls.dbConnectionQuota.enterprise", "2"),
                point(text, "controls.dbConnectionQuota.enterprise", "-5"),
                new RunSpec("with-quotas", text, "with-quotas", List.of(), null, 42, 2));
        Path onSpark;
        // One Spark context per JVM: each test opens and closes its own (the CLI closes the one --engine spark opened).
        try (SweepEngine reversed = new SparkSweepEngine("local[2]", SparkSweepEngine.TaskOrder.REVERSED)) {
            onSpark = write(SweepTasks.run(specs, reversed, RunProgress.NONE), "spark");
        }
        SweepTasks.Gathered local;
        try (SweepEngine e = new LocalPoolEngine(2)) {
            local = SweepTasks.run(specs, e, RunProgress.NONE);
        }
        Path onLocal = write(local, "local");

        assertEquals(List.of("enterprise=2", "with-quotas"), local.outcomes().stream().map(o -> o.info().variant()).toList());
        assertEquals(2, local.gaps().size(), local.gaps().toString());
        for (int r = 0; r < 2; r++) {
            RunGap g = local.gaps().get(r);
            assertEquals("enterprise=-5", g.variant());
            assertEquals(r, g.replication());
            assertTrue(g.message().contains("controls.dbConnectionQuota.enterprise"), g.message());
        }
        String json = Files.readString(onSpark.resolve("results.json"));
        assertTrue(json.contains("\"gaps\"") && json.contains("enterprise=-5"), "the report marks the gap");
        assertTrue(Files.readString(onSpark.resolve("index.html")).contains("Runs that failed"));
        assertArrayEquals(Files.readAllBytes(onLocal.resolve("results.json")), Files.readAllBytes(onSpark.resolve("results.json")));
    }

    private static RunSpec point(ScenarioText text, String path, String value) {
        return new RunSpec(path.substring(path.lastIndexOf('.') + 1) + "=" + value, text, null, List.of(new Setting(path, value)),
                null, 42, 2);
    }

    private Path write(SweepTasks.Gathered g, String name) throws Exception {
        return new ReportWriter().writeComparison(new Comparison("quickstart", g.outcomes(), g.gaps()), dir.resolve(name), false).folder();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TenantsimCommand.execute(new TenantsimCommand(), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
