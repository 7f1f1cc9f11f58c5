package dev.tenantsim.engine.kernel.resource;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import java.lang.management.ManagementFactory;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/**
 * The request path allocates nothing per job once the arrays have grown: after a warm-up
 * period, running 200 000 more customers through an FCFS station, a PS station and a counted
 * pool (with timeouts that get cancelled) allocates less than 1 byte per customer.
 */
final class AllocationFreeTest {
    @Test
    void steadyStateRequestPathAllocatesNothingPerJob() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        RandomStreams streams = RandomStreams.of(11);
        Simulation sim = new Simulation(streams);
        ContinuousSampler gaps = ZigguratSampler.Exponential.of(streams.stream("a"), 1.0 / 0.8);
        ContinuousSampler work = ZigguratSampler.Exponential.of(streams.stream("s"), 1.0);
        int mask = (1 << 16) - 1;
        CountedPool[] pool = new CountedPool[1];
        ProcessorSharingStation ps = new ProcessorSharingStation(sim, "db", 2, job -> pool[0].release(job & 3));
        FcfsStation app = new FcfsStation(sim, "app", 2, job -> pool[0].acquire(job, job & 3, 50.0));
        pool[0] = new CountedPool(sim, "conn", 3, 4, job -> ps.arrive(job, work.sample()), job -> { });
        long[] n = new long[1];
        int[] src = new int[1];
        src[0] = sim.register((kind, job) -> {
            app.arrive(job, work.sample() * 0.5);
            n[0]++;
            sim.schedule(gaps.sample(), src[0], 0, (int) (n[0] & mask));
        });
        sim.schedule(0, src[0], 0, 0);
        sim.runUntil(50_000); // warm up: arrays grow, JIT compiles
        long before = hs.getThreadAllocatedBytes(Thread.currentThread().getId());
        long n0 = n[0];
        sim.runUntil(300_000);
        long allocated = hs.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        long customers = n[0] - n0;
        assertTrue(customers > 150_000, "customers " + customers);
        assertTrue(allocated < customers, allocated + " bytes allocated for " + customers + " customers");
    }
}
