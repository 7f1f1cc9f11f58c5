package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.runner.model.ScenarioModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Located errors and caveats of dependencies, regions, report windows and jobs outside the horizon. */
final class MechanismValidationTest {
    private static final String BASE = """
            name: m
            horizon: { start: 2025-01-06T00:00Z, length: 1h }
            tiers:
              pro: { slo: { p99: 300ms }, monthlyFee: 400 }
            tenants:
              explicit:
                - { id: a, tier: pro, users: 60, requestsPerUserPerMinute: 1, usersRegion: %s, jobs: [ { kind: export, at: "%s", connections: 1, queryTime: 1min } ] }
            request:
              appCpu: { dist: exponential, mean: 5ms }
              dependencies:
                email: { latency: { dist: exponential, mean: 40ms }, capacity: 5, share: 10%%, shareByTier: { %s: 20%% } }
            topology:
              pooled: { region: %s, app: { nodes: 1, coresPerNode: 2 } }
            report:
              windows: [ { from: "%s", to: "00:45", label: w } ]
            """;

    private static String yaml(String usersRegion, String jobAt, String tier, String stackRegion, String windowFrom) {
        return String.format(java.util.Locale.ROOT, BASE, usersRegion, jobAt, tier, stackRegion, windowFrom);
    }

    private static String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "m.yaml", Path.of("."))).getMessage();
    }

    @Test
    void aValidScenarioLoads() {
        Scenario s = ScenarioLoader.parse(yaml("eu-west-1", "00:10", "pro", "us-east-1", "00:25"), "m.yaml", Path.of("."));
        assertTrue(s.request().dependencies().get(0).shareByTier().get("pro") == 0.2);
        assertTrue("us-east-1".equals(((dev.tenantsim.scenario.model.TopologySpec.Pooled) s.topology()).pool().region()));
    }

    @Test
    void anUnknownUsersRegionIsALocatedErrorWithDidYouMean() {
        String m = error(yaml("eu-wset-1", "00:10", "pro", "us-east-1", "00:25"));
        assertTrue(m.contains("m.yaml:7:") && m.contains("tenants.explicit[0].usersRegion") && m.contains("eu-wset-1")
                && m.contains("did you mean 'eu-west-1'"), m);
    }

    @Test
    void anUnknownStackRegionIsALocatedErrorWithDidYouMean() {
        String m = error(yaml("eu-west-1", "00:10", "pro", "us-east1", "00:25"));
        assertTrue(m.contains("m.yaml:13:21:") && m.contains("topology.pooled.region") && m.contains("did you mean 'us-east-1'"), m);
    }

    @Test
    void aPerTierShareMustNameATier() {
        String m = error(yaml("eu-west-1", "00:10", "prp", "us-east-1", "00:25"));
        assertTrue(m.contains("request.dependencies.email.shareByTier.prp") && m.contains("did you mean 'pro'"), m);
    }

    @Test
    void aReportWindowStartingAfterTheHorizonIsALocatedError() {
        String m = error(yaml("eu-west-1", "00:10", "pro", "us-east-1", "02:25").replace("to: \"00:45\"", "to: \"02:45\""));
        assertTrue(m.contains("m.yaml:15:22:") && m.contains("report.windows[0].from") && m.contains("02:25")
                && m.contains("must lie within the horizon"), m);
    }

    @Test
    void aJobAfterTheHorizonIsACaveatOfTheRun() {
        Scenario s = ScenarioLoader.parse(yaml("eu-west-1", "03:00", "pro", "us-east-1", "00:25"), "m.yaml", Path.of("."));
        List<String> notes = ScenarioModels.of(s, 1, dev.tenantsim.scenario.runner.model.ArrivalPass.REQUEST_LEVEL).notes();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("tenants.explicit[0].jobs[0] (export at 03:00)") && n.contains("never runs")),
                notes.toString());
    }
}
