package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import dev.tenantsim.engine.platform.cache.CacheSpec;
import dev.tenantsim.engine.platform.cache.CheCache;
import dev.tenantsim.engine.platform.cache.DataAccess;
import dev.tenantsim.engine.platform.cache.DataPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request path against queueing theory, and the run's reproducibility guarantees. */
final class RequestPathTest {

    @Test
    void appTierAloneIsAnMm1ProcessorSharingQueue() {
        // One core, lambda = 50/s, exponential 10 ms: rho = 0.5, E[T] = E[S] / (1 - rho) = 20 ms.
        // 600 s gives about 30,000 requests; the mean's standard error is under 2%, tolerance 8%.
        StackSpec stack = Fixtures.stack("mm1", 1, 10_000, 10, 1, 1000, 1, 1, "fifo");
        RequestWork work = new RequestWork(WorkDistribution.exponential(0.010), WorkDistribution.ZERO, WorkDistribution.ZERO);
        Results r = PlatformSimulator.run(new PlatformScenario(List.of(Fixtures.tenant("solo", 0, 50, work)),
                Topology.pooled(stack, 1), Controls.none(1), SloPolicy.uniform(1, 0.25, 0.01), 600), RandomStreams.of(7));
        double mean = r.tenant(0).latency().mean();
        System.out.printf("M/M/1-PS: simulated mean %.5f s vs analytic 0.02000 s; app utilization minute 5: %.3f%n",
                mean, r.stacks().get(0).series(SimulatedStack.Series.APP_CPU_UTILIZATION)[5]);
        assertEquals(0.020, mean, 0.020 * 0.08);
        double[] util = r.stacks().get(0).series(SimulatedStack.Series.APP_CPU_UTILIZATION);
        double avg = 0;
        for (double u : util) {
            avg += u / util.length;
        }
        assertEquals(0.5, avg, 0.03, "time-weighted app utilization is rho");
    }

    @Test
    void replicationsGiveAStudentTIntervalThatCoversTheMm1PsMean() {
        StackSpec stack = Fixtures.stack("mm1", 1, 10_000, 10, 1, 1000, 1, 1, "fifo");
        RequestWork work = new RequestWork(WorkDistribution.exponential(0.010), WorkDistribution.ZERO, WorkDistribution.ZERO);
        PlatformScenario s = new PlatformScenario(List.of(Fixtures.tenant("solo", 0, 50, work)), Topology.pooled(stack, 1),
                Controls.none(1), SloPolicy.uniform(1, 0.25, 0.01), 300);
        List<Results> runs = PlatformSimulator.replicate(s, RandomStreams.of(21), 5, 1);
        dev.tenantsim.engine.kernel.stats.ConfidenceInterval ci =
                dev.tenantsim.engine.platform.metrics.Replicated.ci95(runs, r -> r.tenant(0).latency().mean());
        System.out.printf("M/M/1-PS over 5 replications: mean latency %s (analytic 0.020 s)%n", ci);
        // Seeded, this 95% interval covers 20 ms; the check allows twice its half-width (5.5 standard
        // errors) so that a change of draw order cannot fail it by chance.
        assertTrue(Math.abs(ci.mean() - 0.020) <= 2 * ci.halfWidth(), "the interval agrees with E[T] = 20 ms: " + ci);
        assertTrue(ci.halfWidth() < 0.002, "and is tight: " + ci);
        assertTrue(runs.get(0).tenant(0).offered() != runs.get(1).tenant(0).offered(), "replications are independent");
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreadsAndArrivalsAreCommonAcrossTopologies() {
        StackSpec cell = Fixtures.stack("cell", 2, 100, 50, 2, 10_000, 8, 1, "fifo");
        RequestWork work = Fixtures.work(0.004, 1, 0.002, 1, 2);
        List<TenantLoad> tenants = List.of(Fixtures.tenant("a", 0, 20, work), Fixtures.tenant("b", 0, 30, work),
                Fixtures.tenant("c", 1, 5, work), Fixtures.tenant("d", 1, 40, work));
        PlatformScenario cells = new PlatformScenario(tenants, Topology.cellsRoundRobin(cell, 2, 4), Controls.none(4),
                SloPolicy.uniform(4, 0.25, 0.01), 120);
        Results one = PlatformSimulator.run(cells, RandomStreams.of(11), 1);
        Results two = PlatformSimulator.run(cells, RandomStreams.of(11), 2);
        assertEquals(one, two);
        Results pooled = PlatformSimulator.run(cells.withTopology(Topology.pooled(cell, 4)), RandomStreams.of(11));
        for (int i = 0; i < 4; i++) {
            assertEquals(one.tenant(i).offered(), pooled.tenant(i).offered(), "same arrivals for tenant " + i);
        }
        assertTrue(one.tenant(0).completed() > 0);
        // Tier and stack percentiles merge the tenants' histograms: counts add up.
        assertEquals(one.tenant(0).completed() + one.tenant(1).completed(), one.latencyByTier().get(0).count());
        assertEquals(one.tenant(2).completed() + one.tenant(3).completed(), one.latencyByTier().get(1).count());
        assertEquals(one.tenant(0).completed() + one.tenant(2).completed(), one.latencyByStack().get(0).count());
        double maxP99 = Math.max(one.tenant(0).latency().p99(), one.tenant(1).latency().p99());
        assertTrue(one.latencyByTier().get(0).p99() <= maxP99 * 1.01, "a merged p99 is within its members' range");
    }

    @Test
    void noisyNeighborImpactComparesSharedAndSoloRunsWithTheSameArrivals() {
        StackSpec stack = Fixtures.stack("shared", 2, 100, 100, 4, 10_000, 8, 1, "fifo");
        RequestWork work = Fixtures.work(0.010, 1, 0.001, 1, 1);
        List<TenantLoad> tenants = List.of(Fixtures.tenant("noisy", 0, 180, work), Fixtures.tenant("quiet", 0, 5, work));
        PlatformScenario s = new PlatformScenario(tenants, Topology.pooled(stack, 2), Controls.none(2),
                SloPolicy.uniform(2, 0.25, 0.01), 300);
        Results shared = PlatformSimulator.run(s, RandomStreams.of(5));
        double impact = PlatformSimulator.noisyNeighborImpact(s, shared, 1, RandomStreams.of(5));
        Results solo = PlatformSimulator.run(s.soloOf(1), RandomStreams.of(5));
        System.out.printf("noisy-neighbor impact on the quiet tenant: %.2f (shared p99 %.4f s, solo p99 %.4f s)%n",
                impact, shared.tenant(1).latency().p99(), solo.tenant(0).latency().p99());
        assertEquals(shared.tenant(1).offered(), solo.tenant(0).offered(), "solo run replays the same arrivals");
        assertTrue(impact > 2, "a 90%-busy neighbour slows the quiet tenant: " + impact);
    }

    @Test
    void attributionNamesTheNoisyTenantAsTheOneWhoHurtTheVictim() {
        StackSpec stack = Fixtures.stack("shared", 2, 100, 100, 4, 10_000, 8, 1, "fifo");
        RequestWork work = Fixtures.work(0.010, 1, 0.001, 1, 1);
        List<TenantLoad> tenants = List.of(Fixtures.tenant("bystander", 0, 10, work), Fixtures.tenant("noisy", 0, 140, work),
                Fixtures.tenant("victim", 0, 25, work));
        PlatformScenario s = new PlatformScenario(tenants, Topology.pooled(stack, 3), Controls.none(3),
                SloPolicy.uniform(3, 0.10, 0.01), 300);
        Results shared = PlatformSimulator.run(s, RandomStreams.of(5));
        int[] suspects = PlatformSimulator.suspects(shared, 2, 2);
        double byNoisy = PlatformSimulator.attribution(s, shared, 2, 1, RandomStreams.of(5), 1);
        double byBystander = PlatformSimulator.attribution(s, shared, 2, 0, RandomStreams.of(5), 1);
        System.out.printf("attribution: suspects %s; victim p99 %.4f s falls by %.4f s without noisy, %.4f s without bystander%n",
                java.util.Arrays.toString(suspects), shared.tenant(2).latency().p99(), byNoisy, byBystander);
        assertEquals(1, suspects[0], "the noisy tenant is the first suspect");
        assertTrue(byNoisy > 2 * Math.abs(byBystander), "removing the noisy tenant helps far more");
        assertTrue(byNoisy > 0.5 * shared.tenant(2).latency().p99(), "and removes most of the victim's tail");
    }

    @Test
    void admissionControlShedsEarlyAndKeepsTheLatencyOfAdmittedRequestsBounded() {
        // One core, 4 threads, 150 req/s of 10 ms: 1.5x overloaded. The accept queue may hold 20.
        StackSpec stack = Fixtures.stack("s", 1, 4, 10, 1, 1000, 1, 1, "fifo");
        RequestWork work = new RequestWork(WorkDistribution.exponential(0.010), WorkDistribution.ZERO, WorkDistribution.ZERO);
        PlatformScenario open = new PlatformScenario(List.of(Fixtures.tenant("t", 0, 150, work)), Topology.pooled(stack, 1),
                Controls.none(1), SloPolicy.uniform(1, 0.25, 0.01), 120);
        Results unbounded = PlatformSimulator.run(open, RandomStreams.of(14));
        Results admitted = PlatformSimulator.run(open.withControls(Controls.builder(new int[1]).admissionQueueLimit(20).build()),
                RandomStreams.of(14));
        SimulatedTenant a = admitted.tenant(0);
        System.out.printf("admission control: shed %d of %d, p99 %.3f s; without it p99 %.3f s%n",
                a.errors(ErrorCause.SHED), a.offered(), a.latency().p99(), unbounded.tenant(0).latency().p99());
        assertTrue(a.errors(ErrorCause.SHED) > 0.25 * a.offered(), "about a third is shed");
        // At most 4 in service + 20 queued at 100 req/s of capacity: a wait of about 0.25 s at worst.
        assertTrue(a.latency().p99() < 0.5, "admitted requests stay fast: " + a.latency().p99());
        assertTrue(unbounded.tenant(0).latency().p99() > 10, "without it the queue grows for the whole run");
    }

    @Test
    void aCircuitBreakerShedsATenantWhoseQueriesKeepTimingOut() {
        // One connection, queries of 1 s, 50 ms pool wait: most requests time out in the pool.
        StackSpec stack = Fixtures.stack("tiny", 4, 100, 1, 4, 10_000, 8, 1, "fifo");
        RequestWork work = new RequestWork(WorkDistribution.constant(0.001), WorkDistribution.constant(1.0), WorkDistribution.ZERO);
        List<TenantLoad> tenants = List.of(Fixtures.tenant("t", 0, 20, work));
        Controls breaker = Controls.builder(new int[1]).poolWaitTimeoutForAll(0.05).circuitBreakerForTenant(0, 5, 2).build();
        Results r = PlatformSimulator.run(new PlatformScenario(tenants, Topology.pooled(stack, 1), breaker,
                SloPolicy.uniform(1, 0.25, 0.01), 120), RandomStreams.of(9));
        SimulatedTenant t = r.tenant(0);
        System.out.println("breaker: " + t);
        assertTrue(t.errors(ErrorCause.CIRCUIT_OPEN) > t.errors(ErrorCause.POOL_TIMEOUT), "the breaker sheds most calls: " + t);
        // One connection serves at most one 1 s query per second; half-open probes keep some flowing.
        assertTrue(t.completed() >= 30, "half-open probes still get through: " + t);
    }

    @Test
    void aTierBulkheadKeepsItsConnectionsWhenAnotherTierExhaustsTheSharedPool() {
        // 100 connections. A free-tier tenant holds each connection 2 s at 100 req/s (wants 200);
        // a pro tenant needs 10 ms per connection. Pool wait timeout 1 s.
        StackSpec stack = Fixtures.stack("s", 8, 5000, 100, 8, 10_000, 8, 1, "fifo");
        RequestWork flood = new RequestWork(WorkDistribution.constant(0.001), WorkDistribution.constant(0.001),
                WorkDistribution.ZERO, WorkDistribution.constant(2.0));
        RequestWork light = new RequestWork(WorkDistribution.constant(0.001), WorkDistribution.constant(0.001),
                WorkDistribution.ZERO, WorkDistribution.constant(0.01));
        List<TenantLoad> tenants = List.of(Fixtures.tenant("flood", 0, 100, flood), Fixtures.tenant("pro", 1, 20, light));
        int[] tiers = Fixtures.tiers(tenants);
        PlatformScenario shared = new PlatformScenario(tenants, Topology.pooled(stack, 2),
                Controls.builder(tiers).poolWaitTimeoutForAll(1).build(), SloPolicy.uniform(2, 0.25, 0.01), 120);
        Results without = PlatformSimulator.run(shared, RandomStreams.of(8));
        Results with = PlatformSimulator.run(shared.withControls(
                Controls.builder(tiers).poolWaitTimeoutForAll(1).bulkheadForTier(1, 20).build()), RandomStreams.of(8));
        System.out.printf("bulkhead: pro pool timeouts without %d, with %d of %d%n",
                without.tenant(1).errors(ErrorCause.POOL_TIMEOUT), with.tenant(1).errors(ErrorCause.POOL_TIMEOUT),
                with.tenant(1).offered());
        assertTrue(without.tenant(1).errors(ErrorCause.POOL_TIMEOUT) > 0.2 * without.tenant(1).offered());
        assertEquals(0, with.tenant(1).errors(ErrorCause.POOL_TIMEOUT));
        assertTrue(with.tenant(0).errors(ErrorCause.POOL_TIMEOUT) > 0, "the flood still times out in its own pool");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlatformSimulator.run(shared.withControls(
                Controls.builder(tiers).bulkheadForTier(1, 100).build()), RandomStreams.of(8))).getMessage()
                .startsWith("controls.bulkheads (100 connections) must leave at least 1"));
    }

    @Test
    void aShardGroupKeepsAHeavyTenantsQueriesOffTheOtherShard() {
        // Two DB shards of 1 core behind one app tier; the heavy tenant asks 0.9 of a DB core.
        StackSpec.Database db = new StackSpec.Database(100, 1, 10_000, 8, 2);
        StackSpec stack = new StackSpec("sharded", new StackSpec.AppTier(8, 1000), db, new StackSpec.WorkerPool(1, "fifo"));
        String heavy = "heavy";
        String light = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "light-" + i)
                .filter(id -> db.shardOf(id) != db.shardOf(heavy)).findFirst().orElseThrow();
        String neighbour = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "near-" + i)
                .filter(id -> db.shardOf(id) == db.shardOf(heavy)).findFirst().orElseThrow();
        RequestWork heavyWork = Fixtures.work(0.001, 1, 0.009, 1, 0);
        RequestWork lightWork = Fixtures.work(0.001, 1, 0.002, 1, 0);
        List<TenantLoad> tenants = List.of(Fixtures.tenant(heavy, 0, 100, heavyWork), Fixtures.tenant(light, 0, 10, lightWork),
                Fixtures.tenant(neighbour, 0, 10, lightWork));
        Results r = PlatformSimulator.run(new PlatformScenario(tenants, Topology.pooled(stack, 3), Controls.none(3),
                SloPolicy.uniform(3, 0.25, 0.01), 300), RandomStreams.of(12));
        double other = r.tenant(1).latency().mean();
        double same = r.tenant(2).latency().mean();
        System.out.printf("shards: mean latency on the heavy tenant's shard %.4f s, on the other shard %.4f s%n", same, other);
        assertTrue(same > 3 * other, "only the heavy tenant's shard is slow");
    }

    @Test
    void neighboursWorkingSetsCrowdTheCacheAndPushLoadBackToTheDatabase() {
        // An app cache of 4 GB: "cached" (4 GB of data, 100 req/s) fits alone and never queries the
        // DB. A neighbour with 40 GB of data and the same traffic crowds it: each tenant's miss
        // ratio is then Che's, and the DB does 10 ms of CPU per miss.
        CacheSpec cache = new CacheSpec(4e9, CacheSpec.DEFAULT_ITEM_BYTES);
        StackSpec stack = new StackSpec("c", new StackSpec.AppTier(8, 1000), new StackSpec.Database(100, 4, 10_000, 8),
                new StackSpec.WorkerPool(1, "fifo"), DataPath.NONE.withAppCache(cache));
        RequestWork work = new RequestWork(WorkDistribution.constant(0.001), WorkDistribution.constant(0.010), WorkDistribution.ZERO);
        TenantLoad cached = Fixtures.tenant("cached", 0, 100, work).withData(new DataAccess(4e9, 0.8, Double.POSITIVE_INFINITY));
        TenantLoad crowd = Fixtures.tenant("crowd", 0, 100, work).withData(new DataAccess(40e9, 0.8, Double.POSITIVE_INFINITY));
        Results solo = PlatformSimulator.run(new PlatformScenario(List.of(cached), Topology.pooled(stack, 1), Controls.none(1),
                SloPolicy.uniform(1, 0.25, 0.01), 300), RandomStreams.of(13));
        Results crowded = PlatformSimulator.run(new PlatformScenario(List.of(cached, crowd), Topology.pooled(stack, 2),
                Controls.none(2), SloPolicy.uniform(2, 0.25, 0.01), 300), RandomStreams.of(13));
        double dbSolo = mean(solo.stacks().get(0).series(SimulatedStack.Series.DB_CPU_UTILIZATION));
        double dbCrowded = mean(crowded.stacks().get(0).series(SimulatedStack.Series.DB_CPU_UTILIZATION));
        double[] hit = new double[2];
        new CheCache(new double[] {cache.items(4e9), cache.items(40e9)}, new double[] {0.8, 0.8}, new double[] {100, 100},
                new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}).solve(cache.capacityItems(), hit);
        double expected = (100 * 0.010 * (1 - hit[0]) + 100 * 0.010 * (1 - hit[1])) / 4;
        System.out.printf("cache: DB CPU utilization alone %.4f (expect 0), crowded %.4f (expect %.4f; hit ratios %.3f, %.3f)%n",
                dbSolo, dbCrowded, expected, hit[0], hit[1]);
        assertEquals(0, dbSolo, 1e-9, "alone the tenant's data fits: every lookup hits");
        assertTrue(hit[0] < 0.95 && hit[1] < hit[0], "crowded, both miss, the larger working set more: " + hit[0] + ", " + hit[1]);
        assertEquals(expected, dbCrowded, 0.05 * expected, "DB CPU follows the miss ratios within 5%");
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }
}
