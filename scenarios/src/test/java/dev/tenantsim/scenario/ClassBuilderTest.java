package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.model.TopologySpec;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fluent builder's request classes, routes, locks, replica, stores, dependencies and regions equal the file's. */
final class ClassBuilderTest {
    private static final String YAML = """
            name: b
            horizon: { length: 10min }
            tiers:
              pro: { slo: { p99: 300ms }, monthlyFee: 400 }
            tenants:
              explicit:
                - { id: a, tier: pro, users: 60, usersRegion: eu-west-1 }
            request:
              appCpu: { dist: exponential, mean: 5ms, cv: 1 }
              dependencies:
                email: { latency: { dist: lognormal, mean: 40ms, cv: 0.5 }, capacity: 5, share: 10% }
              writeShare: 20%
              classes:
                crud: { share: 90%, p99: 100ms }
                analytics: { share: 10%, route: analytics, dbCpu: { dist: lognormal, mean: 200ms, cv: 1 }, locks: shared, clientTimeout: 3s }
              locks: { waitTimeout: 10s, backgroundJobs: true }
              replica: { maxConnections: 10, cores: 2, lag: 20ms }
              stores:
                analytics: { maxConnections: 10, cores: 4 }
            topology:
              pooled: { region: us-east-1, app: { nodes: 1, coresPerNode: 2 } }
            """;

    private static ScenarioBuilder builder(String analyticsRoute) {
        return Scenario.builder("b").horizon(Duration.ofMinutes(10))
                .tier("pro", t -> t.sloP99(Duration.ofMillis(300)).monthlyFee("400"))
                .tenant("a", "pro", 60, t -> t.usersRegion("eu-west-1"))
                .request(r -> r.appCpu("exponential", Duration.ofMillis(5), 1)
                        .dependency("email", "lognormal", Duration.ofMillis(40), 0.5, 5, 0.1)
                        .writeShare(0.2)
                        .workloadClass("crud", 0.9, c -> c.p99(Duration.ofMillis(100)))
                        .workloadClass("analytics", 0.1, c -> c.route(analyticsRoute).dbCpu("lognormal", Duration.ofMillis(200), 1)
                                .sharedLocks().clientTimeout(Duration.ofSeconds(3)))
                        .locks(Duration.ofSeconds(10), true)
                        .replica(10, 2, Duration.ofMillis(20))
                        .store("analytics", 10, 4))
                .pooled(p -> p.region("us-east-1").app(1, 2));
    }

    @Test
    void theBuilderGivesTheSameRequestAndRegionsAsTheFile() {
        Scenario file = ScenarioLoader.parse(YAML, "b.yaml", Path.of("."));
        Scenario built = builder("analytics").build();
        assertEquals(file.request(), built.request());
        assertEquals(file.tenants().explicit(), built.tenants().explicit());
        assertEquals("us-east-1", ((TopologySpec.Pooled) built.topology()).pool().region());
    }

    @Test
    void aBadRouteFailsInTheBuilderWithTheFilesMessage() {
        String m = assertThrows(ScenarioException.class, () -> builder("analytcs").build()).getMessage();
        assertTrue(m.contains("request.classes.analytics.route") && m.contains("did you mean 'analytics'"), m);
    }
}
