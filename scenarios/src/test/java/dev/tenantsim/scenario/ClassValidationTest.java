package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.model.RoutingSpec;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Located errors of request classes, routes, writes, locks, the replica and stores. */
final class ClassValidationTest {
    private static final String BASE = """
            name: c
            horizon: { length: 10min }
            tiers:
              pro: { slo: { p99: 300ms }, monthlyFee: 400 }
            tenants:
              explicit:
                - { id: a, tier: pro, users: 60, requestsPerUserPerMinute: 1 }
            request:
              appCpu: { dist: exponential, mean: 5ms }
              writeShare: %s
              classes:
                crud: { share: %s }
                analytics: { share: 10%%, route: %s, dbCpu: { dist: lognormal, mean: 200ms, cv: 1 }, locks: shared }
              replica: { maxConnections: 10, cores: 2, lag: %s }
              stores:
                analytics: { maxConnections: 10, cores: 4 }
            topology:
              pooled: { app: { nodes: 1, coresPerNode: 2 } }
            """;

    private static String yaml(String writeShare, String crudShare, String route, String lag) {
        return String.format(Locale.ROOT, BASE, writeShare, crudShare, route, lag);
    }

    private static String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "c.yaml", Path.of("."))).getMessage();
    }

    @Test
    void aValidScenarioBindsItsClassesAndRoutes() {
        Scenario s = ScenarioLoader.parse(yaml("20%", "90%", "analytics", "20ms"), "c.yaml", Path.of("."));
        RoutingSpec r = s.request().routing();
        assertEquals(0.2, r.writeShare(), 1e-12);
        assertEquals("analytics", r.classes().get("analytics").route());
        assertTrue(r.classes().get("analytics").sharedLocks());
        assertEquals(java.time.Duration.ofMillis(20), r.replica().lag());
        assertEquals(4, r.stores().get("analytics").cores());
    }

    @Test
    void anUnknownRouteIsALocatedErrorWithDidYouMean() {
        String m = error(yaml("20%", "90%", "analytcs", "20ms"));
        assertTrue(m.contains("c.yaml:13:") && m.contains("request.classes.analytics.route") && m.contains("analytcs")
                && m.contains("did you mean 'analytics'") && m.contains("primary, replica, analytics"), m);
    }

    @Test
    void sharesThatDoNotAddUpTo100PercentAreALocatedError() {
        String m = error(yaml("20%", "80%", "primary", "20ms"));
        assertTrue(m.contains("c.yaml:12:") && m.contains("request.classes") && m.contains("90%") && m.contains("add up to 100%"), m);
    }

    @Test
    void aWriteShareAbove100PercentIsALocatedError() {
        String m = error(yaml("120%", "90%", "primary", "20ms"));
        assertTrue(m.contains("c.yaml:10:") && m.contains("request.writeShare") && m.contains("120%"), m);
    }

    @Test
    void aNanReplicaLagIsALocatedError() {
        String m = error(yaml("20%", "90%", "primary", ".nan"));
        assertTrue(m.contains("c.yaml:14:") && m.contains("request.replica.lag"), m);
    }

    @Test
    void theReplicaRouteNeedsAReplica() {
        String m = error(yaml("20%", "90%", "replica", "20ms").replace("  replica: { maxConnections: 10, cores: 2, lag: 20ms }\n", ""));
        assertTrue(m.contains("request.classes.analytics.route") && m.contains("needs request.replica"), m);
    }

    @Test
    void aVariantMovesAClassWithOneLine() {
        Scenario s = ScenarioLoader.parse(yaml("20%", "90%", "primary", "20ms")
                + "variants:\n  off: { request: { classes: { analytics: { route: analytics } } } }\n", "c.yaml", Path.of("."));
        assertEquals("primary", s.request().routing().classes().get("analytics").route());
        RoutingSpec.ClassSpec moved = s.variant("off").request().routing().classes().get("analytics");
        assertEquals("analytics", moved.route());
        assertEquals(0.1, moved.share(), 1e-12, "the rest of the class comes from the base");
    }

    @Test
    void aVariantAddingAClassWithoutAShareIsStillAnError() {
        String m = error(yaml("20%", "90%", "primary", "20ms")
                + "variants:\n  more: { request: { classes: { search: { route: analytics } } } }\n");
        assertTrue(m.contains("variants.more.request.classes.search") && m.contains("share"), m);
    }
}
