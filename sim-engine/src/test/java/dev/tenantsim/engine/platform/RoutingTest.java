package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request classes, shared locks and the read replica's lag, against hand computations and closed forms. */
final class RoutingTest {
    private static final double MS = 0.001;

    private static StackSpec wide(String name, Routing routing) {
        return Fixtures.stack(name, 64, 100_000, 2_000, 8, 1e6, 64, 1, "fifo").withRouting(routing);
    }

    private static PlatformScenario alone(StackSpec stack, List<TenantLoad> tenants, double seconds) {
        return new PlatformScenario(tenants, Topology.pooled(stack, tenants.size()), Controls.none(tenants.size()),
                SloPolicy.uniform(tenants.size(), 0.25, 0.01), seconds);
    }

    private static RequestWork dbOnly(double dbCpu) {
        return new RequestWork(WorkDistribution.ZERO, WorkDistribution.constant(dbCpu), WorkDistribution.ZERO);
    }

    @Test
    void writesArrivingWhileAnExportHoldsTheLockWaitOrTimeOutAsComputedByHand() {
        // The export's one query holds the shard's shared lock over [100 s, 160 s] (L = 60 s of DB CPU alone on
        // one of 8 cores). Writes arrive Poisson at lambda = 5/s; lock-wait timeout T = 20 s. A write arriving at
        // u in the window waits 160 - u if that is under T, else times out after T. So, by hand:
        //   writes that wait     lambda L       = 300
        //   lock timeouts        lambda (L - T) = 200
        //   mean wait of waiters (lambda (L-T) T + lambda T T/2) / (lambda L) = (200*20 + 100*10) / 300 = 16.67 s
        // Counts are Poisson: tolerance 4 standard deviations (4 sqrt(300) = 69, 4 sqrt(200) = 57).
        double lambda = 5;
        double l = 60;
        double timeout = 20;
        Routing routing = new Routing(List.of(), 1.0, new Routing.Locks(true, true, timeout), null, 0, Map.of());
        TenantLoad exporter = Fixtures.tenant("exporter", 0, 0, Fixtures.noWork()).withJobs(List.of(JobBatch.export(100, 1, l, 0)));
        TenantLoad writer = Fixtures.tenant("writer", 0, lambda, dbOnly(MS));
        Results r = PlatformSimulator.run(alone(wide("locks", routing), List.of(exporter, writer), 300), RandomStreams.of(17));
        RoutingStats st = r.stacks().get(0).routing();
        System.out.printf("lock queue: writes %d, waited %d (hand 300), timeouts %d (hand 200), mean wait %.2f s (hand 16.67)%n",
                st.writes(), st.lockWaited(), st.lockTimeouts(), st.lockWait().mean());
        assertEquals(lambda * 300, st.writes(), 4 * Math.sqrt(lambda * 300));
        assertEquals(lambda * l, st.lockWaited(), 4 * Math.sqrt(lambda * l));
        assertEquals(lambda * (l - timeout), st.lockTimeouts(), 4 * Math.sqrt(lambda * (l - timeout)));
        assertEquals(st.lockTimeouts(), r.tenant(1).errors(ErrorCause.LOCK_TIMEOUT), "each lock timeout fails its request");
        assertEquals(r.tenant(1).errors(), r.tenant(1).errors(ErrorCause.LOCK_TIMEOUT), "no other cause");
        // The mean of ~300 waits: uniform parts, sd of the mean about 0.3 s; 1.5 s is 5 of them.
        assertEquals((200 * 20 + 100 * 10) / 300.0, st.lockWait().mean(), 1.5);
        assertTrue(st.lockWait().max() <= timeout * 1.01, "no wait beyond the timeout: " + st.lockWait().max());
    }

    @Test
    void withoutAHolderOrWithoutWritesNothingWaits() {
        TenantLoad exporter = Fixtures.tenant("exporter", 0, 0, Fixtures.noWork()).withJobs(List.of(JobBatch.export(10, 1, 30, 0)));
        TenantLoad reader = Fixtures.tenant("reader", 0, 20, dbOnly(MS));
        Routing noWrites = new Routing(List.of(), 0, new Routing.Locks(true, true, 5), null, 0, Map.of());
        Routing jobsDoNotLock = new Routing(List.of(), 1, new Routing.Locks(true, false, 5), null, 0, Map.of());
        for (Routing routing : List.of(noWrites, jobsDoNotLock)) {
            Results r = PlatformSimulator.run(alone(wide("n", routing), List.of(exporter, reader), 60), RandomStreams.of(2));
            assertEquals(0, r.stacks().get(0).routing().lockWaited());
            assertEquals(0, r.tenant(1).errors());
        }
    }

    @Test
    void replicaLagIsTheStatedLagPlusAnMd1ApplyQueue() {
        // Writes commit Poisson at 50/s, each 10 ms of DB CPU, replayed on one apply thread: an M/D/1 queue with
        // rho = 0.5, whose mean wait is (Pollaczek-Khinchine) rho D / (2 (1 - rho)) = 5 ms. Mean lag = 20 ms stated
        // + 5 ms wait + 10 ms apply = 35 ms. 30,000 writes: the sample mean's sd is about 0.1 ms; tolerance 1 ms.
        double d = 0.010;
        double lambda = 50;
        double rho = lambda * d;
        double expected = 0.020 + rho * d / (2 * (1 - rho)) + d;
        StackSpec.Database replica = new StackSpec.Database(100, 4, 1e6, 64);
        Routing routing = new Routing(List.of(), 1.0, Routing.Locks.NONE, replica, 0.020, Map.of());
        Results r = PlatformSimulator.run(alone(wide("lag", routing), List.of(Fixtures.tenant("w", 0, lambda, dbOnly(d))), 600),
                RandomStreams.of(23));
        RoutingStats st = r.stacks().get(0).routing();
        System.out.printf("replica lag: mean %.4f s (M/D/1 %.4f), p99 %.4f s, %d applied%n", st.replicaLag().mean(), expected,
                st.replicaLag().p99(), st.replicated());
        assertEquals(lambda * 600, st.replicated(), 4 * Math.sqrt(lambda * 600));
        assertEquals(expected, st.replicaLag().mean(), 0.001);
        assertTrue(st.replicaLag().p99() > expected, "the tail lags more than the mean");
    }

    @Test
    void classesSplitTheTrafficByShareAndRouteReadsAwayFromThePrimary() {
        // 70% crud (1 ms DB), 30% analytics (200 ms DB) routed to a separate store: the primary sees only crud.
        WorkloadClass crud = WorkloadClass.of("crud", 0.7);
        WorkloadClass analytics = WorkloadClass.of("analytics", 0.3)
                .withWork(null, WorkDistribution.constant(0.2), null).routedTo("analytics");
        StackSpec.Database store = new StackSpec.Database(200, 16, 1e6, 64);
        Routing routing = new Routing(List.of(crud, analytics), 0, Routing.Locks.NONE, null, 0, Map.of("analytics", store));
        Results r = PlatformSimulator.run(alone(wide("classes", routing), List.of(Fixtures.tenant("t", 0, 40, dbOnly(MS))), 300),
                RandomStreams.of(5));
        List<RoutingStats.ClassStats> classes = r.stacks().get(0).routing().classes();
        long all = classes.get(0).completed() + classes.get(1).completed();
        // Binomial share of ~12,000 requests: sd 0.42 points; tolerance 2 points.
        assertEquals(0.3, (double) classes.get(1).completed() / all, 0.02);
        assertEquals("analytics", classes.get(1).route());
        assertEquals(0.2, classes.get(1).latency().p50(), 0.2 * 0.02, "analytics runs its own 200 ms alone on the store");
        assertEquals(MS, classes.get(0).latency().p50(), MS * 0.05, "crud keeps the tenant's 1 ms");
        double primaryCpu = java.util.Arrays.stream(r.stacks().get(0).series(SimulatedStack.Series.DB_CPU_UTILIZATION)).average().orElse(0);
        // Primary: 28 crud/s x 1 ms over 8 cores = 0.35%; with analytics on it, it would be 12 x 0.2 / 8 = 30% more.
        assertTrue(primaryCpu < 0.01, "the primary carries crud only: " + primaryCpu);
    }

    @Test
    void aClassClientTimeoutTurnsItsSlowRequestsIntoTimeouts() {
        WorkloadClass quick = WorkloadClass.of("quick", 0.5);
        WorkloadClass slow = WorkloadClass.of("report", 0.5).withWork(null, WorkDistribution.constant(0.5), null)
                .withClientTimeout(0.1);
        Routing routing = new Routing(List.of(quick, slow), 0, Routing.Locks.NONE, null, 0, Map.of());
        Results r = PlatformSimulator.run(alone(wide("to", routing), List.of(Fixtures.tenant("t", 0, 10, dbOnly(MS))), 120),
                RandomStreams.of(8));
        RoutingStats.ClassStats report = r.stacks().get(0).routing().classes().get(1);
        assertEquals(0, report.completed(), "every 500 ms report outlives its 100 ms timeout");
        assertEquals(report.errors(), report.errorsByCause()[ErrorCause.CLIENT_TIMEOUT.ordinal()]);
        assertEquals(0, r.stacks().get(0).routing().classes().get(0).errors(), "the quick class keeps the tenant's (no) timeout");
    }

    @Test
    void badRoutingIsRefusedWithTheAllowedValues() {
        WorkloadClass a = WorkloadClass.of("a", 1).routedTo("analytcs");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Routing(List.of(a), 0, Routing.Locks.NONE, null, 0, Map.of("analytics", new StackSpec.Database(1, 1, 1, 1))));
        assertTrue(e.getMessage().contains("must be one of primary, analytics"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Routing(List.of(WorkloadClass.of("a", 0.5)), 0, Routing.Locks.NONE,
                null, 0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Routing(List.of(), 1.5, Routing.Locks.NONE, null, 0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Routing(List.of(), 0, Routing.Locks.NONE, null, Double.NaN, Map.of()));
    }
}
