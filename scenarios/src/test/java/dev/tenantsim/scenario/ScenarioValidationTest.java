package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.model.TopologySpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScenarioValidationTest {
    static final String SEVERAL = """
            name: several
            horizon: { length: 2h }
            tiers:
              pro: { slo: { p99: 200ms }, monthlyFee: 400, dbConnectionQuota: -5 }
            tenants:
              generate: { count: 10, mix: { pro: 100% }, users: { mean: 20 }, requestsPerUserPerMinute: 1, patern: poisson }
            request:
              appCpu: { dist: lognormal, mean: 5ms }
            topology:
              pooled: { app: { nodes: 0, coresPerNode: 4 } }
            """;

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(SEVERAL, "several.yaml", Path.of(".")));
        List<String> lines = e.lines();
        assertEquals(List.of(
                "several.yaml:4:67: tiers.pro.dbConnectionQuota: -5 — must be a positive integer",
                "several.yaml:6:96: tenants.generate.patern: unknown key 'patern' — did you mean 'pattern'? "
                        + "allowed: count, mix, users, requestsPerUserPerMinute, pattern, data",
                "several.yaml:10:27: topology.pooled.app.nodes: 0 — must be a positive integer"), lines);
    }

    @Test
    void variantsAreValidatedWithTheirOwnPaths() {
        String yaml = BASE + """
                variants:
                  typo:
                    controls: { dbConnectionQuota: { por: 2 } }
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "v.yaml", Path.of(".")));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("v.yaml:13:38: variants.typo.controls.dbConnectionQuota.por: unknown tier 'por' — did you mean 'pro'? allowed: pro",
                e.lines().get(0));
    }

    static final String BASE = """
            name: base
            horizon: { length: 1h }
            tiers:
              pro: { slo: { p99: 200ms }, monthlyFee: 400 }
            tenants:
              generate: { count: 10, mix: { pro: 100% }, users: { mean: 20 }, requestsPerUserPerMinute: 1 }
            request:
              appCpu: { dist: lognormal, mean: 5ms }
            topology:
              pooled: { app: { nodes: 1, coresPerNode: 4 } }
            """;

    @Test
    void aVariantMergesOverTheBaseAndReplacesTheTopologyWhole() {
        String yaml = BASE + """
                variants:
                  quotas:
                    controls: { dbConnectionQuota: { pro: 2 } }
                  hybrid:
                    topology:
                      hybrid: { pool: { app: { nodes: 1, coresPerNode: 4 } }, dedicated: { app: { nodes: 1, coresPerNode: 2 } } }
                    placement: { rules: [ { tier: pro, target: dedicated } ] }
                """;
        Scenario s = ScenarioLoader.parse(yaml, "v.yaml", Path.of("."));
        assertEquals(List.of("quotas", "hybrid"), s.variants().stream().map(Variant::name).toList());
        assertEquals(Integer.valueOf(2), s.variant("quotas").quotasFor("pro").dbConnectionQuota());
        assertEquals(null, s.quotasFor("pro").dbConnectionQuota());
        assertTrue(s.variant("hybrid").topology() instanceof TopologySpec.Hybrid);
        assertTrue(s.topology() instanceof TopologySpec.Pooled);
        assertEquals(s.tenants(), s.variant("hybrid").tenants(), "untouched sections are the base's");
    }

    @Test
    void aPlacementTargetMustExistInTheTopology() {
        String yaml = BASE + "placement: { rules: [ { tier: pro, target: dedicated } ] }\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "p.yaml", Path.of(".")));
        assertTrue(e.getMessage().contains("p.yaml:11:44: placement.rules[0].target: dedicated — is not a stack of topology.pooled"), e.getMessage());
        assertTrue(e.getMessage().contains("use topology.hybrid"), e.getMessage());
    }

    @Test
    void compoundDurationsReadAsGoAndKubernetesWriteThem() {
        String yaml = BASE.replace("length: 1h", "length: 5h50m").replace("p99: 200ms", "p99: 1s500ms");
        Scenario s = ScenarioLoader.parse(yaml, "c.yaml", Path.of("."));
        assertEquals(java.time.Duration.ofMinutes(350), s.horizon().length());
        assertEquals(java.time.Duration.ofMillis(1500), s.tiers().get("pro").slo().p99());
    }

    @Test
    void aCompoundDurationOutOfOrderNamesItsFieldLineAndTheRule() {
        String yaml = BASE.replace("length: 1h", "length: 50m5h").replace("p99: 200ms", "p99: 5h-3m");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "c.yaml", Path.of(".")));
        assertEquals(List.of(
                "c.yaml:2:20: horizon.length: 50m5h — has 'h' after 'm'; write each unit once, largest first, e.g. 5h50m or 1h30m15s",
                "c.yaml:4:22: tiers.pro.slo.p99: 5h-3m — must be a duration such as 250ms, 30s, 15m, 6h, 5h50m or 90d"), e.lines());
    }

    @Test
    void defaultsFillWhatTheFileLeavesOut() {
        Scenario s = ScenarioLoader.parse(BASE, "b.yaml", Path.of("."));
        assertEquals(Defaults.SEED, s.seed());
        assertEquals(Defaults.REPLICATIONS, s.replications());
        assertEquals(Defaults.STEP, s.horizon().step());
        assertEquals(Defaults.ERROR_BUDGET, s.tiers().get("pro").slo().errorBudget());
        assertEquals(Defaults.PATTERN, s.tenants().generate().pattern());
        assertEquals(Defaults.STRATEGY, s.placement().strategy());
        assertEquals(Defaults.CV, s.request().appCpu().cv());
    }

    @Test
    void everyBundledScenarioIsValid() {
        List<String> names = ScenarioLoader.bundledNames();
        assertTrue(names.containsAll(List.of("quickstart", "megacorp-export", "two-tenant-fairness")), names.toString());
        for (String n : names) {
            Scenario s = ScenarioLoader.resolve(n);
            assertEquals(n, s.name());
        }
    }

    @Test
    void theQuickstartFileOpensWithANumberedHeaderSayingWhatItShowsAndHowToRunIt() {
        String text = ScenarioLoader.bundledText("quickstart");
        assertTrue(text.startsWith("# quickstart.yaml"), text);
        assertTrue(text.contains("#   1. ") && text.contains("#   2. ") && text.contains("How to run it"), text);
        assertTrue(text.contains("./tenantsim run quickstart --out out/quickstart"), text);
    }
}
