package dev.tenantsim.scenario.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.PlatformRunner;
import dev.tenantsim.scenario.runner.fluid.HorizonRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs split into (run, replication) tasks give what the runner gives in one call, byte for byte. */
final class SweepTasksTest {
    @TempDir
    Path dir;

    private ScenarioText shortQuickstart() throws Exception {
        Path f = dir.resolve("quickstart-15m.yaml");
        Files.writeString(f, ScenarioLoader.bundledText("quickstart").replace("length: 1h", "length: 15m")
                .replace("windows: [ { from: \"00:25\", to: \"00:45\", label: export } ]", "windows: [ { from: \"00:02\", to: \"00:04\", label: export } ]"));
        return ScenarioText.of(f.toString());
    }

    @Test
    void tasksOnThePoolGiveTheOneCallRunnersReport() throws Exception {
        ScenarioText text = shortQuickstart();
        List<RunSpec> specs = List.of(new RunSpec("base", text, null, List.of(), null, 7, 2),
                new RunSpec("with-quotas", text, "with-quotas", List.of(), null, 7, 2),
                new RunSpec("fluid", text, null, List.of(new Setting("horizon.fidelity", "fluid")), null, 7, 2));
        SweepTasks.Gathered g = SweepTasks.run(specs, new LocalPoolEngine(2), RunProgress.NONE);
        assertEquals(List.of(), g.gaps());

        HorizonRunner runner = new HorizonRunner(new PlatformRunner());
        List<RunOutcome> direct = specs.stream()
                .map(s -> runner.run(s.scenario(), 7, 2, RunProgress.NONE).withVariant(s.label())).toList();
        Path a = new ReportWriter().writeComparison(new Comparison("q", g.outcomes()), dir.resolve("tasks"), false).folder();
        Path b = new ReportWriter().writeComparison(new Comparison("q", direct), dir.resolve("direct"), false).folder();
        assertArrayEquals(Files.readAllBytes(b.resolve("results.json")), Files.readAllBytes(a.resolve("results.json")));
        assertTrue(g.outcomes().get(2).info().engine().contains("fluid"), "the fluid point ran as one task through the fluid pass");
    }

    @Test
    void aRunsOutcomeSurvivesJavaSerialisation() throws Exception {
        Scenario s = ScenarioLoader.parse(ScenarioLoader.bundledText("quickstart").replace("length: 1h", "length: 5m")
                .replace("windows: [ { from: \"00:25\", to: \"00:45\", label: export } ]", "windows: [ { from: \"00:02\", to: \"00:04\", label: export } ]"), "q5", dir);
        RunOutcome o = new PlatformRunner(1, 1).run(s, 3, 1, RunProgress.NONE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(o, in.readObject());
        }
    }

    @Test
    void anEngineNotOnTheClasspathSaysWhichJarBringsIt() {
        IllegalArgumentException spark = assertThrows(IllegalArgumentException.class, () -> SweepEngines.named("spark"));
        assertTrue(spark.getMessage().startsWith("--engine spark needs the spark-runner jar on the classpath: "), spark.getMessage());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> SweepEngines.named("dask"));
        assertEquals("--engine (dask) must be one of local", other.getMessage());
        assertEquals(List.of("local"), SweepEngines.names());
    }
}
