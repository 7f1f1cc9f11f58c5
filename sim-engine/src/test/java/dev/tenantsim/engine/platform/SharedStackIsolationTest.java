package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.workload.RequestWork;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, "what it must show" 1: two tenants on one shared stack, A at 1000 req/s and B at
 * 10 req/s. The app tier has 8 cores and each request needs 10 ms of app CPU, so A alone asks for
 * 10 cores: more than the stack has.
 */
final class SharedStackIsolationTest {
    private static final double HORIZON = 120;
    private static final int A = 0;
    private static final int B = 1;

    private static PlatformScenario scenario(Controls controls) {
        StackSpec stack = Fixtures.stack("shared", 8, 200, 500, 32, 100_000, 64, 1, "fifo");
        RequestWork work = Fixtures.work(0.010, 1.0, 0.001, 1.0, 1);
        List<TenantLoad> tenants = List.of(Fixtures.tenant("A", 0, 1000, work), Fixtures.tenant("B", 0, 10, work));
        return new PlatformScenario(tenants, Topology.pooled(stack, 2), controls,
                SloPolicy.uniform(2, 0.250, 0.01), HORIZON);
    }

    /** Clients give up after 5 s and do not retry, in both runs. */
    private static Controls.Builder clients() {
        return Controls.builder(new int[2]).clientForAll(5.0, RetryPolicy.NONE);
    }

    @Test
    void withoutControlsTheBigTenantRuinsTheSmallOne() {
        Results r = PlatformSimulator.run(scenario(clients().build()), RandomStreams.of(1));
        SimulatedTenant b = r.tenant(B);
        System.out.printf("no controls: B p99 %.3f s, error rate %.3f (client timeouts %d of %d); A error rate %.3f%n",
                b.latency().p99(), b.errorRate(), b.errors(ErrorCause.CLIENT_TIMEOUT), b.offered(), r.tenant(A).errorRate());
        assertTrue(b.latency().p99() > 1.0, "B's p99 blows up: " + b.latency().p99());
        assertTrue(b.errorRate() > 0.30, "B's error rate blows up: " + b.errorRate());
    }

    @Test
    void perTenantRateLimitAndConcurrencyCapProtectTheSmallTenant() {
        Controls controls = clients().rateLimitForTier(0, 600, 60).concurrencyCapForTier(0, 64).build();
        Results r = PlatformSimulator.run(scenario(controls), RandomStreams.of(1));
        SimulatedTenant a = r.tenant(A);
        SimulatedTenant b = r.tenant(B);
        System.out.printf("rate limit + cap: B p99 %.3f s, error rate %.4f; A rate-limited %d of %d (%.3f)%n",
                b.latency().p99(), b.errorRate(), a.errors(ErrorCause.RATE_LIMITED), a.offered(), a.errorRate());
        assertTrue(b.latency().p99() < 0.250, "B's p99 stays under 250 ms: " + b.latency().p99());
        assertTrue(b.errorRate() < 0.01, "B's error rate stays under 1%: " + b.errorRate());
        assertTrue(a.errors(ErrorCause.RATE_LIMITED) > 0.3 * a.offered(), "A is limited: " + a);
        assertTrue(a.completed() > 0.5 * 600 * HORIZON, "A still gets its allowance: " + a.completed());
    }
}
