package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request path allocates nothing per request once warm: running twice as long with every
 * control on costs only the per-minute series and amortized array growth.
 */
final class RequestPathAllocationTest {

    @Test
    void theMarginalAllocationPerRequestIsAFewBytes() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        int n = 200;
        List<TenantLoad> tenants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tenants.add(Fixtures.tenant("t" + i, i % 3, 1.0, Fixtures.work(0.004, 1, 0.0015, 1.5, 2)));
        }
        StackSpec stack = Fixtures.stack("s", 8, 1000, 500, 4, 20_000, 16, 4, "drr");
        Controls controls = Controls.builder(Fixtures.tiers(tenants)).clientForAll(5, RetryPolicy.backoffWithJitter(3, 0.1, 2))
                .statementTimeoutForTier(0, 10).statementTimeoutForTier(1, 30).rateLimitForTier(0, 100, 100)
                .concurrencyCapForTier(0, 50).connectionQuotaForTier(0, 20).circuitBreakerForTier(0, 20, 5).build();
        long[] bytes = new long[2];
        long[] requests = new long[2];
        for (int round = 0; round < 2; round++) { // the first round warms up the JIT
            for (int k = 0; k < 2; k++) {
                PlatformScenario s = new PlatformScenario(tenants, Topology.pooled(stack, n), controls,
                        SloPolicy.uniform(n, 0.25, 0.01), k == 0 ? 300 : 600);
                long before = hs.getCurrentThreadAllocatedBytes();
                Results r = PlatformSimulator.run(s, RandomStreams.of(3));
                bytes[k] = hs.getCurrentThreadAllocatedBytes() - before;
                requests[k] = r.tenants().stream().mapToLong(SimulatedTenant::offered).sum();
            }
        }
        double perRequest = (double) (bytes[1] - bytes[0]) / (requests[1] - requests[0]);
        System.out.printf("allocation: %.1f bytes per extra request (%d requests, %d bytes for 300 s more)%n",
                perRequest, requests[1] - requests[0], bytes[1] - bytes[0]);
        assertTrue(perRequest < 32, "the request path does not allocate per request: " + perRequest + " bytes");
    }
}
