package dev.tenantsim.engine.kernel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.CountedPool;
import dev.tenantsim.engine.kernel.resource.TokenBucket;
import dev.tenantsim.engine.kernel.resource.TokenBuckets;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/** Quotas, wait timeouts and rate limits hold exactly under a random, overloaded workload. */
final class IsolationControlsValidationTest {
    private static final RandomStreams SEED = RandomStreams.of(77);

    @Test
    void aPerKeyQuotaIsNeverExceededAndEveryWaitTimeoutFiresOnTime() {
        int keys = 12;
        int capacity = 20;
        int customers = 60_000;
        Simulation sim = new Simulation(SEED);
        UniformRandomProvider rng = SEED.stream("pool/workload");
        ContinuousSampler interarrival = ZigguratSampler.Exponential.of(SEED.stream("pool/arrivals"), 1 / 30.0);
        ContinuousSampler hold = ZigguratSampler.Exponential.of(SEED.stream("pool/hold"), 1.0);
        int[] quota = new int[keys];
        int[] keyOf = new int[customers];
        double[] arrival = new double[customers];
        double[] maxWait = new double[customers];
        int[] lastGranted = new int[keys];
        Arrays.fill(lastGranted, -1);
        long[] counts = new long[3]; // grants, timeouts, grants that had waited
        CountedPool[] pool = new CountedPool[1];
        int[] release = new int[1];
        pool[0] = new CountedPool(sim, "db", capacity, keys, job -> {
            CountedPool p = pool[0];
            int key = keyOf[job];
            assertTrue(p.heldBy(key) <= quota[key], "key " + key + " holds " + p.heldBy(key) + " > quota " + quota[key]);
            assertTrue(p.inUse() <= capacity);
            assertTrue(sim.now() <= arrival[job] + maxWait[job], "granted after its wait timeout");
            assertTrue(job > lastGranted[key], "key " + key + " granted out of FIFO order");
            lastGranted[key] = job;
            counts[0]++;
            if (sim.now() > arrival[job]) {
                counts[2]++;
            }
            sim.schedule(hold.sample(), release[0], 0, key);
        }, job -> {
            assertEquals(arrival[job] + maxWait[job], sim.now(), "timeout time");
            counts[1]++;
        });
        for (int k = 0; k < keys; k++) {
            quota[k] = 1 + rng.nextInt(5);
            pool[0].setQuota(k, quota[k]);
        }
        release[0] = sim.register((kind, key) -> {
            pool[0].release(key);
            assertWorkConserving(pool[0], quota);
        });
        int[] source = new int[1];
        source[0] = sim.register((kind, job) -> {
            // Skewed keys: key 0 (a noisy tenant) sends a third of the load.
            int key = rng.nextInt(3) == 0 ? 0 : rng.nextInt(keys);
            keyOf[job] = key;
            arrival[job] = sim.now();
            maxWait[job] = rng.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : rng.nextDouble() * 2.0;
            pool[0].acquire(job, key, maxWait[job]);
            assertWorkConserving(pool[0], quota);
            if (job + 1 < customers) {
                sim.schedule(interarrival.sample(), source[0], 0, job + 1);
            }
        });
        sim.schedule(0, source[0], 0, 0);
        sim.run();
        // Everyone got a unit or timed out; the load really did queue and time out.
        assertEquals(customers, counts[0] + counts[1]);
        assertTrue(counts[1] > 1000, "timeouts " + counts[1]);
        assertTrue(counts[2] > 1000, "grants after waiting " + counts[2]);
        assertEquals(0, pool[0].inUse());
    }

    /** With a free unit, no waiter may be eligible (its key below quota): nobody waits needlessly. */
    private static void assertWorkConserving(CountedPool p, int[] quota) {
        if (p.inUse() < p.capacity()) {
            for (int k = 0; k < quota.length; k++) {
                assertTrue(p.waiting(k) == 0 || p.heldBy(k) >= quota[k], "key " + k + " waits with a free unit");
            }
        }
    }

    @Test
    void aTokenBucketAdmitsExactlyBurstPlusRateTimesTimeUnderPoissonOverload() {
        // 10 000 requests/s offered against 100/s with burst 40 for 60 s. Gaps between requests
        // are far below burst/rate (0.4 s), so no token is lost to the cap: admitted = 40 + 100 t
        // minus less than one token still in the bucket at the last request time t.
        double rate = 100;
        double burst = 40;
        TokenBucket bucket = new TokenBucket(rate, burst);
        ContinuousSampler gaps = ZigguratSampler.Exponential.of(SEED.stream("bucket/arrivals"), 1e-4);
        double t = 0;
        double last = 0;
        long admitted = 0;
        while (t < 60) {
            if (bucket.tryAcquire(t)) {
                admitted++;
            }
            last = t;
            t += gaps.sample();
        }
        double bound = burst + rate * last;
        assertTrue(admitted <= bound + 1e-6, admitted + " > " + bound);
        assertTrue(admitted > bound - 1, admitted + " <= " + bound + " - 1");
        assertEquals(rate, (admitted - burst) / last, 1.0 / last + 1e-9); // long-run rate
    }

    @Test
    void perKeyBucketsLimitEachTenantToItsOwnRate() {
        TokenBuckets buckets = new TokenBuckets(3);
        buckets.limit(0, 10, 5);
        buckets.limit(1, 50, 1);
        long[] admitted = new long[3];
        for (int k = 0; k <= 100_000; k++) { // every 0.1 ms for 10 s
            double now = k * 1e-4;
            for (int key = 0; key < 3; key++) {
                admitted[key] += buckets.tryAcquire(key, now) ? 1 : 0;
            }
        }
        assertEquals(5 + 10 * 10, admitted[0]);
        assertEquals(1 + 50 * 10, admitted[1]);
        assertEquals(100_001, admitted[2]);
    }
}
