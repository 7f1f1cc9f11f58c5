package dev.tenantsim.scenario.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.scenario.model.TopologySpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code size: auto}: the stack's size follows the peak of its tenants' summed demand, checked
 * against a hand computation from the tenants' users and the request's mean work.
 */
final class StackSizingsTest {
    // three tenants at users x 1 request/user/minute: 10 + 20 + 5 = 35 requests/s, constant
    private static final String YAML = """
            name: sized
            horizon: { start: 2025-01-06T00:00Z, length: 10min }
            tiers:
              pro: { slo: { p99: 1s }, monthlyFee: 400 }
            tenants:
              explicit:
                - { id: a, tier: pro, users: 600, requestsPerUserPerMinute: 1 }
                - { id: b, tier: pro, users: 1200, requestsPerUserPerMinute: 1 }
                - { id: c, tier: pro, users: 300, requestsPerUserPerMinute: 1 }
            request:
              appCpu: { dist: exponential, mean: 100ms, cv: 1 }
              dbCpu: { dist: exponential, mean: 50ms, cv: 1 }
              dbIo: { dist: exponential, mean: 3ops, cv: 1 }
            topology:
              pooled:
                size: %s
                %s
                app: { nodes: 1, coresPerNode: 2 }
                db: { maxConnections: 1, cores: 1, iops: 1 }
            """;

    private static String yaml(String size, String sizing) {
        return String.format(Locale.ROOT, YAML, size, sizing);
    }

    private static Scenario parse(String yaml) {
        return ScenarioLoader.parse(yaml, "sized.yaml", Path.of("."));
    }

    private static String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void anAutoStackIsSizedFromThePeakOfItsTenantsSummedDemand() {
        Scenario s = parse(yaml("auto", "sizing: { target: 70%, headroom: { appCpu: 10%, iops: 25% } }"));
        ScenarioModel m = ScenarioModels.forRequestLevel(s, 1);
        Stack sized = m.layout().stack(0).stack();
        // by hand: 35 req/s x 0.1 s = 3.5 busy app cores; x 1.1 / (2 cores x 0.7) = 2.75 -> 3 nodes
        assertEquals(3, sized.app().nodes());
        assertEquals(6, m.layout().stack(0).spec().app().cores(), "the engine simulates the sized stack");
        // DB: 35 x 0.05 = 1.75 cores / 0.7 = 2.5 -> 3 cores; IOPS: 35 x 3 = 105 x 1.25 / 0.7 = 187.5 -> 188
        assertEquals(3, sized.db().cores());
        assertEquals(188, sized.db().iops());
        double appPeak = 35 * 0.1;
        double util = appPeak / sized.app().cores();
        assertTrue(util <= 0.7, "peak utilization " + util + " at or below the target");
        double oneNodeLess = appPeak * 1.1 / ((sized.app().nodes() - 1) * 2.0);
        assertTrue(oneNodeLess > 0.7, "one node fewer would miss the target (" + oneNodeLess + "): the size is the smallest");
        assertTrue(m.notes().stream().anyMatch(n -> n.contains("pool sized by size: auto") && n.contains("3 x 2 cores")
                && n.contains("planned peak utilization 58%")), m.notes().toString());
    }

    @Test
    void everySizedResourceIsAtOrBelowTargetAndWithinOneUnitOfIt() {
        for (String target : new String[] {"40%", "55%", "70%", "90%", "100%"}) {
            double t = Double.parseDouble(target.replace("%", "")) / 100;
            Stack st = ScenarioModels.forRequestLevel(parse(yaml("auto", "sizing: { target: " + target + " }")), 1)
                    .layout().stack(0).stack();
            double[][] peakAndUnits = {
                    {35 * 0.1 / 2, st.app().nodes()},        // in nodes of 2 cores
                    {35 * 0.05, st.db().cores()},
                    {35 * 3, st.db().iops()}};
            for (double[] r : peakAndUnits) {
                assertTrue(r[0] / r[1] <= t + 1e-12, target + ": " + r[0] + " on " + r[1] + " units");
                assertTrue(r[1] == 1 || r[0] / (r[1] - 1) > t, target + ": " + r[0] + " would fit " + (r[1] - 1) + " units");
            }
        }
    }

    @Test
    void theWrittenCountsAreTheFloor() {
        Stack st = ScenarioModels.forRequestLevel(parse(yaml("auto", "").replace("nodes: 1,", "nodes: 9,")), 1).layout().stack(0).stack();
        assertEquals(9, st.app().nodes());
    }

    @Test
    void aFixedStackKeepsItsSize() {
        Scenario s = parse(yaml("fixed", ""));
        assertNull(((TopologySpec.Pooled) s.topology()).pool().sizing());
        assertEquals(1, ScenarioModels.forRequestLevel(s, 1).layout().stack(0).stack().app().nodes());
    }

    @Test
    void dedicatedAutoStacksAreEachSizedForTheirOwnTenant() {
        String y = yaml("auto", "sizing: { target: 50% }").replace("pooled:", "dedicated:");
        ScenarioModel m = ScenarioModels.forRequestLevel(parse(y), 1);
        // a: 10 x 0.1 = 1 core / (2 x 0.5) -> 1 node; b: 2 cores -> 2 nodes; c: 0.5 -> 1 node
        assertEquals(1, m.layout().stack(0).stack().app().nodes());
        assertEquals(2, m.layout().stack(1).stack().app().nodes());
        assertEquals(1, m.layout().stack(2).stack().app().nodes());
    }

    @Test
    void theFluentApiGivesTheSameScenario() {
        Scenario fluent = Scenario.builder("sized").horizon(OffsetDateTime.parse("2025-01-06T00:00Z"), Duration.ofMinutes(10))
                .tier("pro", t -> t.sloP99(Duration.ofSeconds(1)).monthlyFee("400"))
                .tenant("a", "pro", 600, t -> t.requestsPerUserPerMinute(1))
                .tenant("b", "pro", 1200, t -> t.requestsPerUserPerMinute(1))
                .tenant("c", "pro", 300, t -> t.requestsPerUserPerMinute(1))
                .request(r -> r.appCpu("exponential", Duration.ofMillis(100), 1).dbCpu("exponential", Duration.ofMillis(50), 1)
                        .dbIo("exponential", 3, 1))
                .pooled(p -> p.autoSize(0.7).sizingHeadroom(0.1, 0, 0.25, 0).app(1, 2).db(1, 1).dbIops(1))
                .build();
        Scenario yaml = parse(yaml("auto", "sizing: { target: 70%, headroom: { appCpu: 10%, dbCpu: 0%, iops: 25%, connections: 0% } }"));
        assertEquals(((TopologySpec.Pooled) yaml.topology()).pool(), ((TopologySpec.Pooled) fluent.topology()).pool());
    }

    @Test
    void aTargetOutsideZeroToOneHundredPercentIsALocatedError() {
        String m = error(yaml("auto", "sizing: { target: 0% }"));
        assertTrue(m.contains("sized.yaml:17:") && m.contains("topology.pooled.sizing.target") && m.contains("0%"), m);
        m = error(yaml("auto", "sizing: { target: 120% }"));
        assertTrue(m.contains("topology.pooled.sizing.target") && m.contains("120%") && m.contains("100%"), m);
    }

    @Test
    void aNegativeHeadroomIsALocatedError() {
        String m = error(yaml("auto", "sizing: { headroom: { dbCpu: -5% } }"));
        assertTrue(m.contains("sized.yaml:17:") && m.contains("topology.pooled.sizing.headroom.dbCpu") && m.contains("-5%"), m);
    }

    @Test
    void sizingWithoutSizeAutoIsALocatedError() {
        String m = error(yaml("fixed", "sizing: { target: 70% }"));
        assertTrue(m.contains("sized.yaml:17:") && m.contains("topology.pooled.sizing") && m.contains("only with size: auto"), m);
        m = error(yaml("automatic", ""));
        assertTrue(m.contains("topology.pooled.size") && m.contains("auto"), m);
    }
}
