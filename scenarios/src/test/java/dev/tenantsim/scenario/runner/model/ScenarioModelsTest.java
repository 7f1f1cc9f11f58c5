package dev.tenantsim.scenario.runner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.JobBatch;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScenarioModelsTest {
    private static final Scenario MEGACORP = ScenarioLoader.resolve("megacorp-export");

    private static int indexOf(ScenarioModel m, String id) {
        for (int i = 0; i < m.tenantCount(); i++) {
            if (m.workload().tenant(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void generatedTenantsFollowTheTierMixAndExplicitOnesComeAfter() {
        ScenarioModel m = ScenarioModels.forRequestLevel(MEGACORP, MEGACORP.seed());
        int generated = MEGACORP.tenants().generate().count();
        assertEquals(generated + 1, m.tenantCount());
        assertEquals("megacorp", m.workload().tenant(generated).id());
        long free = m.workload().tierNames().stream().filter("free"::equals).count();
        long enterprise = m.workload().tierNames().stream().filter("enterprise"::equals).count();
        assertEquals(Math.round(generated * 0.70), free);
        assertEquals(Math.round(generated * 0.02) + 1, enterprise);
        int[] tiers = m.tierIndex();
        assertEquals(2, tiers[generated], "enterprise is the third tier in file order");
        assertEquals(0.250, m.slo().p99Objective(generated), 1e-12);
        assertEquals(0.001, m.slo().errorBudget(generated), 1e-12);
    }

    @Test
    void theExportBecomesAJobOfTheRequestLevelLoadAtItsTimeOfDay() {
        ScenarioModel m = ScenarioModels.forRequestLevel(MEGACORP, MEGACORP.seed());
        int mc = indexOf(m, "megacorp");
        List<TenantLoad> loads = m.tenantLoads(new RequestSpan(0, 120));
        List<JobBatch> jobs = loads.get(mc).jobs();
        assertEquals(1, jobs.size());
        assertEquals(12 * 60, jobs.get(0).startSeconds(), 1e-9, "10:42 is 12 minutes after the 10:30 start");
        assertEquals(1850, jobs.get(0).connections());
        assertEquals(47 * 60, jobs.get(0).dbCpuSecondsPerConnection(), 1e-9);
        // a span starting at minute 10 shifts it
        assertEquals(2 * 60, m.tenantLoads(new RequestSpan(10, 50)).get(mc).jobs().get(0).startSeconds(), 1e-9);
        assertTrue(m.tenantLoads(new RequestSpan(20, 40)).get(mc).jobs().isEmpty(), "a job before the span is not in it");
        // rates come from the signature: 50,000 users x 0.05 / min = 41.7 req/s; 24 users x 1 / min = 0.4 req/s
        assertEquals(50_000 * 0.05 / 60, loads.get(mc).rate().at(0), 1e-9);
        assertEquals(0.4, loads.get(0).rate().at(0), 1e-9);
    }

    @Test
    void variantsSeeTheSameDemandAndDifferOnlyInWhatTheyChange() {
        ScenarioModel base = ScenarioModels.forRequestLevel(MEGACORP, 5);
        ScenarioModel quotas = ScenarioModels.forRequestLevel(MEGACORP.variant("tiered-quotas"), 5);
        ScenarioModel dedicated = ScenarioModels.forRequestLevel(MEGACORP.variant("dedicated-enterprise"), 5);
        RequestSpan span = new RequestSpan(0, 60);
        List<TenantLoad> a = base.tenantLoads(span);
        List<TenantLoad> b = dedicated.tenantLoads(span);
        for (int i = 0; i < a.size(); i += 97) {
            assertEquals(a.get(i), b.get(i), "common random numbers: same demand for tenant " + i);
        }
        assertEquals(1, base.layout().stacks().size());
        int mc = indexOf(dedicated, "megacorp");
        assertEquals(2, dedicated.layout().stacks().size());
        assertEquals("dedicated-megacorp", dedicated.layout().stack(dedicated.layout().stackOf(mc)).name());
        assertEquals(PlacedStack.Kind.DEDICATED, dedicated.layout().stack(1).kind());
        assertEquals(0, dedicated.layout().stackOf(0));

        Controls none = base.controls();
        Controls q = quotas.controls();
        int free = base.workload().tierNames().indexOf("free");
        int pro = base.workload().tierNames().indexOf("pro");
        assertEquals(Controls.UNLIMITED, none.connectionQuota(free));
        assertEquals(5, q.connectionQuota(free));
        assertEquals(20, q.connectionQuota(pro));
        assertEquals(100, q.connectionQuota(mc));
        assertEquals(5.0, q.statementTimeout(free), 1e-12);
        assertEquals(300.0, q.statementTimeout(mc), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, q.rateLimit(free));
        assertEquals(Controls.UNLIMITED, q.workerCap(free));
        assertEquals("fifo", base.layout().stack(0).spec().workers().discipline());
    }

    @Test
    void theStackSpecCarriesTheScenarioSizes() {
        ScenarioModel m = ScenarioModels.forRequestLevel(MEGACORP, 1);
        var spec = m.layout().stack(0).spec();
        assertEquals(8, spec.app().cores());
        assertEquals(2000, spec.app().maxConcurrent());
        assertEquals(3000, spec.db().maxConnections());
        assertEquals(16, spec.db().cores());
        assertEquals(40_000, spec.db().iops(), 1e-9);
        assertEquals(0.001, spec.db().secondsPerIo(), 1e-12);
        assertEquals(4, spec.workers().count());
        PlatformScenario p = m.platformScenario(new RequestSpan(0, 90));
        assertEquals(90 * 60, p.horizonSeconds(), 1e-9);
        assertEquals(m.tenantCount(), p.tenants().size());
    }

    @Test
    void explicitRatesArePerUserPerMinuteAndThePoissonPatternIsThePlainIntensity() {
        Scenario s = ScenarioLoader.resolve("two-tenant-fairness");
        ScenarioModel m = ScenarioModels.forRequestLevel(s, s.seed());
        List<TenantLoad> loads = m.tenantLoads(new RequestSpan(0, 10));
        assertEquals(1000, loads.get(0).rate().at(3), 1e-9);
        assertEquals(10, loads.get(1).rate().at(7), 1e-9);
        assertTrue(loads.get(0).rate().isConstant());
        ScenarioModel fluid = ScenarioModels.forFluid(s, s.seed());
        double[] r = new double[10];
        fluid.workload().signature(0).fillRates(0, r);
        assertNotEquals(1000, r[0], "the fluid pass keeps the poisson pattern's count noise");
    }

    @Test
    void cellsArePlacedByTheNamedStrategyWithinTheGroupThatAcceptsTheTier() {
        Scenario s = ScenarioLoader.parse("""
                name: cells
                horizon: { length: 1h }
                tiers:
                  free: { slo: { p99: 500ms }, monthlyFee: 0 }
                  enterprise: { slo: { p99: 250ms }, monthlyFee: 1000 }
                tenants:
                  generate: { count: 60, mix: { free: 90%, enterprise: 10% }, users: { mean: 20 }, requestsPerUserPerMinute: 1 }
                request:
                  appCpu: { dist: lognormal, mean: 5ms, cv: 1 }
                topology:
                  cells:
                    shared: { count: 3, tiers: [ free ], app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 200, cores: 4 } }
                    iso: { count: 2, tiers: [ enterprise ], app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 200, cores: 4 } }
                placement: { strategy: best-fit-decreasing }
                """, "cells.yaml", java.nio.file.Path.of("."));
        ScenarioModel m = ScenarioModels.forRequestLevel(s, 3);
        assertEquals(5, m.layout().stacks().size());
        int[] perStack = new int[5];
        for (int t = 0; t < m.tenantCount(); t++) {
            PlacedStack st = m.layout().stack(m.layout().stackOf(t));
            assertEquals(m.workload().tenant(t).tier().equals("free") ? "shared" : "iso", st.group());
            perStack[m.layout().stackOf(t)]++;
        }
        assertEquals(60, java.util.Arrays.stream(perStack).sum());
        assertEquals("best-fit-decreasing", m.layout().strategy());
        ScenarioModel again = ScenarioModels.forRequestLevel(s, 3);
        assertArrayEquals(m.layout().stackOf(), again.layout().stackOf(), "a pure function of (scenario, seed)");
    }

    @Test
    void tracedTenantsReplayTheirTraceThroughTheReaderOfItsFormat() {
        Path data = Path.of(System.getProperty("tenantsim.data", "../../shared/data"));
        Scenario s = ScenarioLoader.parse("""
                name: traced
                horizon: { length: 2h }
                tiers:
                  pro: { slo: { p99: 300ms }, monthlyFee: 400 }
                tenants:
                  trace: { format: planetlab, path: PATH }
                request:
                  appCpu: { dist: lognormal, mean: 8ms, cv: 1 }
                topology:
                  pooled:
                    app: { nodes: 2, coresPerNode: 8 }
                """.replace("PATH", data.resolve("planetlab/20110303").toAbsolutePath().toString()), "traced.yaml", Path.of("."));
        ScenarioModel m = ScenarioModels.forRequestLevel(s, 1);
        assertEquals(21, m.tenantCount(), "one tenant per PlanetLab VM file");
        assertTrue(m.workload().tierNames().stream().allMatch("pro"::equals));
        List<TenantLoad> loads = m.tenantLoads(new RequestSpan(0, 120));
        assertTrue(loads.stream().mapToDouble(l -> l.rate().at(30)).sum() > 0, "the trace drives the rates");
        assertTrue(m.notes().stream().anyMatch(n -> n.startsWith("Traced tenants: 21")), m.notes().toString());
    }
}
