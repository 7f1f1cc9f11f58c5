package dev.tenantsim.engine.kernel.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CountedPoolTest {
    private final Simulation sim = new Simulation(RandomStreams.of(1));
    private final List<String> log = new ArrayList<>();

    private CountedPool pool(int capacity, int keys) {
        return new CountedPool(sim, "db", capacity, keys,
                job -> log.add("grant " + job + " @" + sim.now()),
                job -> log.add("timeout " + job + " @" + sim.now()));
    }

    private void at(double time, Runnable r) {
        int h = sim.register((kind, arg) -> r.run());
        sim.scheduleAt(time, h, 0, 0);
    }

    @Test
    void grantsAtOnceWhileUnitsAreFreeThenQueuesFifo() {
        CountedPool p = pool(2, 1);
        p.acquire(0, 0, Double.POSITIVE_INFINITY);
        p.acquire(1, 0, Double.POSITIVE_INFINITY);
        p.acquire(2, 0, Double.POSITIVE_INFINITY);
        p.acquire(3, 0, Double.POSITIVE_INFINITY);
        assertEquals(List.of("grant 0 @0.0", "grant 1 @0.0"), log);
        assertEquals(2, p.inUse());
        assertEquals(2, p.waiting());
        at(1.0, () -> p.release(0));
        at(2.0, () -> p.release(0));
        sim.run();
        assertEquals(List.of("grant 0 @0.0", "grant 1 @0.0", "grant 2 @1.0", "grant 3 @2.0"), log);
        assertEquals(0, p.waiting());
    }

    @Test
    void aKeyAtItsQuotaWaitsEvenWithFreeUnitsAndDoesNotBlockOthers() {
        CountedPool p = pool(3, 2);
        p.setQuota(0, 1);
        p.acquire(0, 0, Double.POSITIVE_INFINITY);
        p.acquire(1, 0, Double.POSITIVE_INFINITY); // key 0 at quota: waits though 2 units are free
        p.acquire(2, 1, Double.POSITIVE_INFINITY); // key 1 passes it
        assertEquals(List.of("grant 0 @0.0", "grant 2 @0.0"), log);
        assertEquals(1, p.heldBy(0));
        assertEquals(1, p.waiting(0));
        at(1.0, () -> p.release(0));
        sim.run();
        assertEquals("grant 1 @1.0", log.get(2));
        assertEquals(1, p.heldBy(0));
    }

    @Test
    void aReleasedUnitGoesToTheEarliestEligibleWaiter() {
        CountedPool p = pool(2, 3);
        p.setQuota(0, 1);
        p.acquire(10, 0, Double.POSITIVE_INFINITY);
        p.acquire(11, 1, Double.POSITIVE_INFINITY);
        // Pool full. Waiters in order: key 0 (at quota), key 2, key 1.
        p.acquire(12, 0, Double.POSITIVE_INFINITY);
        p.acquire(13, 2, Double.POSITIVE_INFINITY);
        p.acquire(14, 1, Double.POSITIVE_INFINITY);
        at(1.0, () -> p.release(1)); // key 0 still at quota: skip job 12, grant 13 (earliest eligible)
        at(2.0, () -> p.release(0)); // key 0 below quota: job 12, the earliest, goes first
        sim.run();
        assertEquals(List.of("grant 10 @0.0", "grant 11 @0.0", "grant 13 @1.0", "grant 12 @2.0"), log);
        assertTrue(p.isWaiting(14));
    }

    @Test
    void raisingAQuotaGrantsTheWaitersItUnblocks() {
        CountedPool p = pool(5, 1);
        p.setQuota(0, 1);
        p.acquire(0, 0, Double.POSITIVE_INFINITY);
        p.acquire(1, 0, Double.POSITIVE_INFINITY);
        p.acquire(2, 0, Double.POSITIVE_INFINITY);
        p.setQuota(0, 3);
        assertEquals(3, p.heldBy(0));
        assertEquals(0, p.waiting());
    }

    @Test
    void aWaitTimeoutFiresAtAcquireTimePlusMaxWaitUnlessGrantedFirst() {
        CountedPool p = pool(1, 1);
        p.acquire(0, 0, 10.0);
        at(0.25, () -> p.acquire(1, 0, 1.5));
        at(0.5, () -> p.acquire(2, 0, 3.0));
        at(2.0, () -> p.release(0));
        sim.run();
        assertEquals(List.of("grant 0 @0.0", "timeout 1 @1.75", "grant 2 @2.0"), log);
        assertEquals(1, p.timeouts());
        assertEquals(0, sim.pendingEvents()); // job 2's timer was cancelled by its grant
    }

    @Test
    void aCancelledWaitNeverFiresNorGetsAUnit() {
        CountedPool p = pool(1, 1);
        p.acquire(0, 0, 1.0);
        p.acquire(1, 0, 1.0);
        assertTrue(p.cancelWait(1));
        assertFalse(p.cancelWait(1));
        assertFalse(p.cancelWait(0));
        p.release(0);
        sim.run();
        assertEquals(List.of("grant 0 @0.0"), log);
        assertEquals(0, p.inUse());
    }

    @Test
    void aListenerMayCallBackIntoThePool() {
        CountedPool[] ref = new CountedPool[1];
        List<Integer> grants = new ArrayList<>();
        ref[0] = new CountedPool(sim, "db", 1, 1, job -> {
            grants.add(job);
            ref[0].release(0); // zero hold time: hands the unit straight on
        }, job -> { });
        ref[0].acquire(0, 0, Double.POSITIVE_INFINITY);
        ref[0].acquire(1, 0, Double.POSITIVE_INFINITY);
        assertEquals(List.of(0, 1), grants);
        assertEquals(0, ref[0].inUse());
    }

    @Test
    void inUseIsTimeWeighted() {
        CountedPool p = pool(4, 1);
        p.acquire(0, 0, 1);
        p.acquire(1, 0, 1);
        at(1.0, () -> p.release(0));
        at(4.0, () -> p.release(0));
        sim.run();
        // 2 units on [0,1), 1 on [1,4): area 5 over 4.
        assertEquals(5.0 / 4.0, p.meanInUse(), 1e-12);
        assertEquals(5.0 / 16.0, p.utilization(), 1e-12);
    }

    @Test
    void misuseIsReportedClearly() {
        CountedPool p = pool(1, 2);
        assertEquals("db: key (0) holds no unit to release",
                assertThrows(IllegalStateException.class, () -> p.release(0)).getMessage());
        assertEquals("db: key (2) must be in 0..1",
                assertThrows(IllegalArgumentException.class, () -> p.acquire(0, 2, 1)).getMessage());
        assertEquals("db.quota[1] (0) must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> p.setQuota(1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.acquire(0, 0, Double.NaN));
        p.acquire(0, 0, 1);
        p.acquire(1, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> p.acquire(1, 0, 1));
    }
}
