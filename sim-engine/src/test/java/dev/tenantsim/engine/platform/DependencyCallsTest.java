package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.analytic.QueueingFormulas;
import dev.tenantsim.engine.kernel.stats.ConfidenceInterval;
import dev.tenantsim.engine.platform.metrics.Replicated;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dependencies on the request path and the network round trip, against independent computations. */
final class DependencyCallsTest {
    private static final RequestWork NO_WORK = Fixtures.noWork();

    private static StackSpec wideStack(String name, List<Dependency> deps) {
        return Fixtures.stack(name, 64, 100_000, 100, 4, 10_000, 8, 1, "fifo").withDependencies(deps);
    }

    private static PlatformScenario alone(StackSpec stack, List<TenantLoad> tenants, Controls controls, double seconds) {
        return new PlatformScenario(tenants, Topology.pooled(stack, tenants.size()), controls,
                SloPolicy.uniform(tenants.size(), 0.25, 0.01), seconds);
    }

    @Test
    void aSynchronousDependencyWithCapacityCIsAnMmcQueue() {
        // lambda = 40/s, exponential 100 ms, c = 5: a = 4, rho = 0.8; Erlang C gives Wq = C(5, 4) / (c mu - lambda).
        double lambda = 40;
        double mu = 10;
        int c = 5;
        double wq = QueueingFormulas.mmcMeanWait(lambda, mu, c);
        StackSpec stack = wideStack("mmc", List.of(Dependency.sync("search", WorkDistribution.exponential(1 / mu), c, 0, 1)));
        PlatformScenario s = alone(stack, List.of(Fixtures.tenant("solo", 0, lambda, NO_WORK)), Controls.none(1), 900);
        List<Results> runs = PlatformSimulator.replicate(s, RandomStreams.of(11), 6, 1);
        ConfidenceInterval wait = Replicated.ci95(runs, r -> r.stacks().get(0).dependencies().get(0).meanWaitSeconds());
        ConfidenceInterval latency = Replicated.ci95(runs, r -> r.tenant(0).latency().mean());
        System.out.printf("M/M/5 dependency: mean wait %s vs Erlang C %.5f s; latency %s vs %.5f s%n",
                wait, wq, latency, wq + 1 / mu);
        // Tolerance: two half-widths of the replications' 95% interval (about 5 standard errors), and 10% relative.
        assertTrue(Math.abs(wait.mean() - wq) <= 2 * wait.halfWidth(), "mean wait agrees with M/M/c: " + wait + " vs " + wq);
        assertEquals(wq, wait.mean(), 0.10 * wq);
        assertEquals(wq + 1 / mu, latency.mean(), 0.05 * (wq + 1 / mu), "a request's latency is wait + service (histogram within 1%)");
        DependencyStats st = runs.get(0).stacks().get(0).dependencies().get(0);
        assertEquals(lambda * 900, st.calls(), 5 * Math.sqrt(lambda * 900), "every request calls it");
        assertEquals(1 / mu, st.serviceSeconds() / st.calls(), 0.05 / mu);
    }

    @Test
    void theFailureRateOfTheCalledShareShowsAsDependencyErrors() {
        // share 50%, failure rate 20%: 10% of requests fail; ~36,000 requests, sd of the share 0.16 points.
        StackSpec stack = wideStack("fail", List.of(Dependency.sync("kms", WorkDistribution.exponential(0.002), 50, 0.2, 0.5)));
        Results r = PlatformSimulator.run(alone(stack, List.of(Fixtures.tenant("solo", 0, 60, NO_WORK)), Controls.none(1), 600),
                RandomStreams.of(3));
        SimulatedTenant t = r.tenant(0);
        double share = (double) t.errors(ErrorCause.DEPENDENCY_ERROR) / (t.completed() + t.errors());
        System.out.printf("dependency errors: %.4f of requests (expected 0.1000)%n", share);
        assertEquals(0.10, share, 0.01);
        assertEquals(t.errors(), t.errors(ErrorCause.DEPENDENCY_ERROR), "no other cause");
        DependencyStats st = r.stacks().get(0).dependencies().get(0);
        assertEquals(0.2, st.errorRate(), 0.015);
    }

    @Test
    void aBreakerPerTenantAndDependencyKeepsTheOtherTenantsUp() {
        // Tier 1's calls all fail (its API key is throttled); tier 0's never do. Breaker: 5 failures, open 10 s.
        Dependency email = Dependency.sync("email", WorkDistribution.exponential(0.005), 100, 0, 1)
                .withFailureRateByTier(new double[] {Double.NaN, 1.0});
        List<TenantLoad> tenants = List.of(Fixtures.tenant("good", 0, 20, NO_WORK), Fixtures.tenant("bad", 1, 20, NO_WORK));
        Controls controls = Controls.none(2);
        Results perTenant = PlatformSimulator.run(alone(wideStack("p", List.of(
                email.withBreaker(TenantControls.Breaker.after(5, 10), true))), tenants, controls, 300), RandomStreams.of(5));
        Results shared = PlatformSimulator.run(alone(wideStack("p", List.of(
                email.withBreaker(TenantControls.Breaker.after(5, 10), false))), tenants, controls, 300), RandomStreams.of(5));
        System.out.printf("breaker per (tenant, dependency): good errors %d, bad circuit-open %d; per dependency: good circuit-open %d%n",
                perTenant.tenant(0).errors(), perTenant.tenant(1).errors(ErrorCause.CIRCUIT_OPEN),
                shared.tenant(0).errors(ErrorCause.CIRCUIT_OPEN));
        assertEquals(0, perTenant.tenant(0).errors(), "the good tenant never sees the bad one's breaker");
        assertTrue(perTenant.tenant(1).errors(ErrorCause.CIRCUIT_OPEN) > 0.9 * perTenant.tenant(1).errors(),
                "the bad tenant's calls fail fast once its breaker opened");
        assertTrue(shared.tenant(0).errors(ErrorCause.CIRCUIT_OPEN) > 0.5 * shared.tenant(0).offered(),
                "one breaker for everyone: the bad tenant's failures take the good one down");
    }

    @Test
    void anAsynchronousDependencyAnswersAtOnceAndReportsItsBacklog() {
        // 20 tasks/s into one worker serving 10/s: the request returns at once; the backlog grows by
        // about 10 tasks a second, so about 6,000 are left after 600 s (Poisson sd about 110).
        StackSpec stack = wideStack("async", List.of(Dependency.async("mail", WorkDistribution.exponential(0.1), 1, 0, 1)));
        Results r = PlatformSimulator.run(alone(stack, List.of(Fixtures.tenant("solo", 0, 20, NO_WORK)), Controls.none(1), 600),
                RandomStreams.of(9));
        DependencyStats st = r.stacks().get(0).dependencies().get(0);
        System.out.printf("async: backlog at end %d, peak %d, mean %.0f; tenant latency %.6f s%n",
                st.endBacklog(), st.peakBacklog(), st.meanBacklog(), r.tenant(0).latency().mean());
        assertEquals(6000, st.endBacklog(), 600);
        assertEquals(3000, st.meanBacklog(), 400, "the backlog grows linearly: its mean is half the end");
        assertTrue(r.tenant(0).latency().mean() < 0.0001, "the request does not wait for the task");
        assertEquals(0, r.tenant(0).errors());
    }

    @Test
    void noDependenciesLeaveTheRunUnchanged() {
        RequestWork work = Fixtures.work(0.004, 1, 0.002, 1, 2);
        List<TenantLoad> tenants = List.of(Fixtures.tenant("a", 0, 30, work), Fixtures.tenant("b", 0, 40, work));
        StackSpec plain = Fixtures.stack("s", 2, 100, 20, 2, 5000, 4, 1, "fifo");
        Results a = PlatformSimulator.run(alone(plain, tenants, Controls.none(2), 120), RandomStreams.of(1));
        Results b = PlatformSimulator.run(alone(plain.withDependencies(List.of()), tenants, Controls.none(2), 120), RandomStreams.of(1));
        assertEquals(a.tenant(1).latency(), b.tenant(1).latency());
        assertTrue(a.stacks().get(0).dependencies().isEmpty());
    }

    @Test
    void aRequestPaysTheRoundTripBetweenItsUsersRegionAndTheStacks() {
        // Constant 10 ms of app CPU on 64 cores at 2/s: no sharing, so time in the stack is 10 ms.
        RequestWork work = new RequestWork(WorkDistribution.constant(0.010), WorkDistribution.ZERO, WorkDistribution.ZERO);
        StackSpec stack = wideStack("us", List.of()).withNetwork(new StackSpec.Network("us-east-1",
                Map.of("us-east-1", 0.0, "eu-west-1", 0.068)));
        List<TenantLoad> tenants = List.of(Fixtures.tenant("eu", 0, 2, work).withUsersRegion("eu-west-1"),
                Fixtures.tenant("us", 0, 2, work).withUsersRegion("us-east-1"), Fixtures.tenant("none", 0, 2, work));
        Results r = PlatformSimulator.run(alone(stack, tenants, Controls.none(3), 300), RandomStreams.of(2));
        // Hand sum: 10 ms + 68 ms; the histogram keeps 2 significant digits (within 1%).
        assertEquals(0.078, r.tenant(0).latency().p50(), 0.078 * 0.01);
        assertEquals(0.010, r.tenant(1).latency().p50(), 0.010 * 0.01);
        assertEquals(0.010, r.tenant(2).latency().p50(), 0.010 * 0.01, "users without a region sit in the stack's");
        assertThrows(IllegalArgumentException.class, () -> stack.network().roundTrip("ap-south-1"));
    }
}
