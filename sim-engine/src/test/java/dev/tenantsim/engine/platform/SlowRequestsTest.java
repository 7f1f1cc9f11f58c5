package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request-level count of slow requests (latency above the tenant's threshold) against what the
 * work alone implies: on 64 cores at 50 requests/s nobody waits, so a request's latency is its work.
 */
final class SlowRequestsTest {
    private static final StackSpec WIDE = Fixtures.stack("wide", 64, 10_000, 100, 4, 10_000, 8, 1, "fifo");

    private static Results run(RequestWork work, double[] thresholds, double seconds) {
        List<TenantLoad> tenants = List.of(Fixtures.tenant("a", 0, 50, work), Fixtures.tenant("b", 0, 50, work));
        SloPolicy slo = new SloPolicy(new double[] {0.25, 0.25}, new double[] {0.01, 0.01}, SloPolicy.DEFAULT_MIN_REQUESTS,
                thresholds);
        return PlatformSimulator.run(new PlatformScenario(tenants, Topology.pooled(WIDE, 2), Controls.none(2), slo, seconds),
                RandomStreams.of(5));
    }

    @Test
    void exponentialWorkIsSlowWithTheExponentialsTailProbability() {
        // Exp(10 ms): P(latency > 20 ms) = e^-2 = 13.53%, P(> 5 ms) = e^-0.5 = 60.65%. About 30,000
        // requests each: standard error 0.2 and 0.28 points; tolerance 0.8 points (4 standard errors).
        RequestWork work = new RequestWork(WorkDistribution.exponential(0.010), WorkDistribution.ZERO, WorkDistribution.ZERO);
        Results r = run(work, new double[] {0.020, 0.005}, 600);
        SimulatedTenant a = r.tenant(0);
        SimulatedTenant b = r.tenant(1);
        double shareA = (double) a.slowRequests() / a.completed();
        double shareB = (double) b.slowRequests() / b.completed();
        System.out.printf("slow share above 20 ms %.4f (theory %.4f), above 5 ms %.4f (theory %.4f)%n",
                shareA, Math.exp(-2), shareB, Math.exp(-0.5));
        assertEquals(Math.exp(-2), shareA, 0.008);
        assertEquals(Math.exp(-0.5), shareB, 0.008);
        assertEquals(a.slowRequests(), Measurements.of(r).tenant(0).slowRequests(), 0, "measured as counted");
    }

    @Test
    void constantWorkIsSlowForEveryRequestOrForNone() {
        RequestWork work = new RequestWork(WorkDistribution.constant(0.010), WorkDistribution.ZERO, WorkDistribution.ZERO);
        Results r = run(work, new double[] {0.0105, 0.0095}, 120);
        assertEquals(0, r.tenant(0).slowRequests(), "10 ms requests are within 10.5 ms");
        assertEquals(r.tenant(1).completed(), r.tenant(1).slowRequests(), "and all above 9.5 ms");
        assertEquals(r.tenant(1).completed() > 5_000, true, "about 6,000 requests: " + r.tenant(1).completed());
    }

    @Test
    void withoutAThresholdTheP99ObjectiveIsIt() {
        SloPolicy slo = SloPolicy.uniform(3, 0.2, 0.01);
        assertEquals(0.2, slo.slowThreshold(2));
        SloPolicy tiers = SloPolicy.byTier(new int[] {1, 0}, new double[] {0.1, 0.3}, new double[] {0.01, 0.01},
                new double[] {0.05, 0.6});
        assertEquals(0.6, tiers.slowThreshold(0));
        assertEquals(0.05, tiers.select(1).slowThreshold(0));
    }
}
