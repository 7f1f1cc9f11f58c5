package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.report.chart.UtilizationHeatmapChart;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FluidRunnerTest {
    @TempDir
    Path dir;

    static final String CELLS = """
            name: three-days
            seed: 11
            horizon: { start: 2025-01-06T00:00Z, length: 3d }
            replications: 2
            tiers:
              pro: { slo: { p99: 300ms, availability: 99.9% }, monthlyFee: 400 }
              enterprise: { slo: { p99: 250ms, availability: 99.95% }, monthlyFee: 9000 }
            tenants:
              generate: { count: 300, mix: { pro: 95%, enterprise: 5% }, users: { mean: 60, max: 3000 }, requestsPerUserPerMinute: 1, pattern: diurnal }
              explicit:
                - { id: noisy, tier: pro, users: 4000, pattern: bursty }
            request:
              appCpu: { dist: exponential, mean: 8ms }
              dbCpu:  { dist: exponential, mean: 2ms }
            topology:
              cells:
                shared: { count: 3, app: { nodes: 1, coresPerNode: 8 }, db: { maxConnections: 400, cores: 4, iops: 5000 } }
            placement: { strategy: correlation-aware }
            """;

    private Scenario scenario() throws IOException {
        return ScenarioLoader.resolve(Files.writeString(dir.resolve("three-days.yaml"), CELLS).toString());
    }

    @Test
    void aThreeDayRunHasHourlyStacksEveryTenantAndRequestLevelTails() throws IOException {
        Scenario s = scenario();
        FluidRunner.QuarterOutcome q = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(10, 2, 2)).runDetailed(s, 11, 2,
                RunProgress.NONE);
        RunOutcome o = q.outcome();
        assertEquals(301, o.tenants().size());
        assertEquals(3 * 24 * 60 * 60.0, o.info().horizonSeconds());
        for (StackResult st : o.stacks()) {
            assertEquals(3600.0, st.stepSeconds(), "hourly points");
            assertEquals(72, st.utilization().size(), "three days of hours");
            assertTrue(st.utilization().stream().allMatch(u -> u >= 0 && u <= 1));
            assertEquals(4, st.utilizationByResource().size());
        }
        assertEquals(301, o.stacks().stream().mapToInt(StackResult::tenants).sum());
        for (TenantResult t : o.tenants()) {
            assertTrue(t.availability() >= 0 && t.availability() <= 1, t.toString());
            assertTrue(t.completedRequests() <= t.offeredRequests() + 1e-6, t.toString());
            assertEquals(1 - t.violationMinutes() / (3 * 1440.0), t.availability(), 1e-12, "docs/metrics.md availability");
        }
        assertTrue(o.tiers().stream().allMatch(t -> t.latency().hasData()), "tier tails from the request-level windows");
        assertEquals(1, o.windows().size(), "one stack group, one window");
        assertTrue(o.windows().get(0).label().startsWith("busiest hour of shared"), o.windows().get(0).label());
        assertEquals(600.0, o.windows().get(0).toSeconds() - o.windows().get(0).fromSeconds(), "10-minute window");
        assertTrue(o.hasCost() && o.cost().monthlyBill().signum() > 0);
        assertTrue(q.costPerMau().signum() > 0);
        assertTrue(o.info().notes().stream().anyMatch(n -> n.startsWith("Fluid pass over 4320 minutes")), o.info().notes().toString());
    }

    @Test
    void theSameSeedGivesTheSameOutcome() throws IOException {
        Scenario s = scenario();
        FluidRunner r = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(5, 1, 1));
        RunOutcome a = r.run(s, 5, 1, RunProgress.NONE);
        RunOutcome b = r.run(s, 5, 1, RunProgress.NONE);
        assertEquals(a.tenants(), b.tenants());
        assertEquals(a.stacks(), b.stacks());
    }

    @Test
    void theReportOfAMultiDayRunHasTheUtilizationHeatmap() throws IOException {
        RunOutcome o = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(5, 1, 1)).run(scenario(), 11, 1, RunProgress.NONE);
        assertTrue(UtilizationHeatmapChart.applies(o));
        WrittenReport w = new ReportWriter().write(o, dir.resolve("report"), false);
        assertTrue(w.files().contains(UtilizationHeatmapChart.FILE), w.files().toString());
        assertTrue(Files.size(w.folder().resolve(UtilizationHeatmapChart.FILE)) > 2_000);
        String html = Files.readString(w.folder().resolve("index.html"));
        assertTrue(html.contains("src=\"" + UtilizationHeatmapChart.FILE + "\""), "the page shows it");
        Path artifacts = Files.createDirectories(Path.of("target", "quarter-artifacts"));
        Files.copy(w.folder().resolve(UtilizationHeatmapChart.FILE), artifacts.resolve("three-days-heatmap.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theHorizonRunnerSendsOnlyLongHorizonsToTheFluidPass() throws IOException {
        AtomicInteger shortRuns = new AtomicInteger();
        ScenarioRunner requestLevel = new ScenarioRunner() {
            @Override
            public String name() {
                return "request level";
            }

            @Override
            public RunOutcome run(Scenario s, long seed, int replications, RunProgress progress) {
                shortRuns.incrementAndGet();
                return null;
            }
        };
        HorizonRunner h = new HorizonRunner(requestLevel, new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(5, 1, 1)));
        Scenario quick = ScenarioLoader.resolve("quickstart");
        assertFalse(HorizonRunner.usesFluid(quick));
        h.run(quick, 1, 1, RunProgress.NONE);
        assertEquals(1, shortRuns.get());
        Scenario longOne = scenario();
        assertTrue(HorizonRunner.usesFluid(longOne));
        assertTrue(h.run(longOne, 1, 1, RunProgress.NONE).info().engine().startsWith("platform model: fluid pass"));
        assertEquals(1, shortRuns.get(), "the long one did not go to the request-level runner");
    }
}
