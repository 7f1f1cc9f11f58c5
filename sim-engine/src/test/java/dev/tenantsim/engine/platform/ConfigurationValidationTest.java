package dev.tenantsim.engine.platform;

import dev.tenantsim.workload.WorkDistribution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ConfigurationValidationTest {

    @Test
    void badValuesAreRejectedWithFieldValueAndRule() {
        assertEquals("db.maxConnections (0) must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> new StackSpec.Database(0, 4, 1000, 4)).getMessage());
        assertEquals("dbConnectionQuota (-5) must be a positive integer",
                assertThrows(IllegalArgumentException.class,
                        () -> Controls.builder(new int[3]).connectionQuotaForTier(0, -5)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkDistribution.lognormal(Double.NaN, 1))
                .getMessage().startsWith("mean (NaN)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StackSpec.WorkerPool(4, "lifo"))
                .getMessage().contains("fifo"), "an unknown discipline lists the valid names");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Topology(List.of(
                Fixtures.stack("s", 1, 1, 1, 1, 1, 1, 1, "fifo")), new int[] {0, 1})).getMessage()
                .startsWith("topology.stackOfTenant[1] (1)"));
    }

    @Test
    void aScenarioChecksThatEveryPartCoversTheSameTenants() {
        List<TenantLoad> tenants = List.of(Fixtures.tenant("a", 0, 1, Fixtures.noWork()), Fixtures.tenant("a", 0, 1, Fixtures.noWork()));
        StackSpec s = Fixtures.stack("s", 1, 1, 1, 1, 1, 1, 1, "fifo");
        assertThrows(IllegalArgumentException.class, () -> new PlatformScenario(tenants, Topology.pooled(s, 3),
                Controls.none(2), SloPolicy.uniform(2, 0.25, 0.01), 60));
        assertEquals("tenant.id (a) must be unique in a run", assertThrows(IllegalArgumentException.class,
                () -> new PlatformScenario(tenants, Topology.pooled(s, 2), Controls.none(2), SloPolicy.uniform(2, 0.25, 0.01), 60))
                .getMessage());
    }

    @Test
    void topologyFactoriesMapTenantsAsTheirNamesSay() {
        StackSpec s = Fixtures.stack("s", 1, 1, 1, 1, 1, 1, 1, "fifo");
        assertEquals(1, Topology.pooled(s, 5).stacks().size());
        Topology cells = Topology.cellsRoundRobin(s, 2, 5);
        assertEquals(List.of(0, 1, 0, 1, 0), java.util.Arrays.stream(cells.stackOfTenant()).boxed().toList());
        assertEquals(5, Topology.dedicated(s, 5).stacks().size());
        Topology hybrid = Topology.dedicatedTiers(s, s, new int[] {0, 2, 1, 2}, 2);
        assertEquals(3, hybrid.stacks().size());
        assertEquals(List.of(0, 1, 0, 2), java.util.Arrays.stream(hybrid.stackOfTenant()).boxed().toList());
        Topology byTier = Topology.byTier(List.of(s, s.named("t")), new int[] {0, 0, 1}, new int[] {2, 0, 1, 2});
        assertEquals(List.of(1, 0, 0, 1), java.util.Arrays.stream(byTier.stackOfTenant()).boxed().toList());
    }

    @Test
    void backoffDelayGrowsExponentiallyUpToItsCapAndScalesWithTheJitterDraw() {
        RetryPolicy p = RetryPolicy.backoffWithJitter(5, 0.1, 1.0);
        assertEquals(0.05, p.delay(1, 0.5), 1e-12);
        assertEquals(0.4, p.delay(3, 1.0), 1e-12);
        assertEquals(1.0, p.delay(5, 1.0), 1e-12);
        assertEquals(0.0, RetryPolicy.immediate(3).delay(2, 0.9), 0);
    }

    @Test
    void aStackWithoutTenantsRunsAndReportsNothingForThem() {
        StackSpec s = Fixtures.stack("s", 1, 10, 10, 1, 1000, 1, 1, "fifo");
        List<TenantLoad> tenants = List.of(Fixtures.tenant("a", 0, 1, Fixtures.work(0.001, 1, 0.001, 1, 1)));
        Results r = PlatformSimulator.run(new PlatformScenario(tenants, Topology.cellsRoundRobin(s, 3, 1), Controls.none(1),
                SloPolicy.uniform(1, 0.25, 0.01), 60), dev.tenantsim.engine.kernel.RandomStreams.of(1), 2);
        assertEquals(3, r.stacks().size());
        assertEquals(0, r.stacks().get(2).tenantCount());
        assertTrue(r.tenant(0).completed() > 0);
    }
}
