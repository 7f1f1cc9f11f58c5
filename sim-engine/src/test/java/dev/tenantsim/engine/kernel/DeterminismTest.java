package dev.tenantsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tenantsim.engine.kernel.resource.FcfsStation;
import dev.tenantsim.engine.kernel.resource.ProcessorSharingStation;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

final class DeterminismTest {
    /** A two-stage tandem (FCFS app tier into a PS database); returns every departure time's bits. */
    private static long[] run(long seed, boolean extraTenant) {
        RandomStreams streams = RandomStreams.of(seed);
        Simulation sim = new Simulation(streams);
        int n = 5_000;
        long[] out = new long[n + 2];
        int[] done = new int[1];
        ProcessorSharingStation db = new ProcessorSharingStation(sim, "db", 2, job -> out[done[0]++] = Double.doubleToLongBits(sim.now()));
        ContinuousSampler dbWork = ZigguratSampler.Exponential.of(streams.stream("tenant/0/db"), 0.3);
        FcfsStation app = new FcfsStation(sim, "app", 3, job -> db.arrive(job, dbWork.sample()));
        ContinuousSampler appWork = ZigguratSampler.Exponential.of(streams.stream("tenant/0/app"), 0.5);
        ContinuousSampler gaps = ZigguratSampler.Exponential.of(streams.stream("tenant/0/arrivals"), 0.25);
        if (extraTenant) {
            // A new tenant's streams, created first and drawn from: must not disturb tenant 0.
            UniformRandomProvider other = streams.stream("tenant/1/arrivals");
            for (int i = 0; i < 1000; i++) {
                other.nextLong();
            }
        }
        int[] src = new int[1];
        src[0] = sim.register((kind, job) -> {
            app.arrive(job, appWork.sample());
            if (job + 1 < n) {
                sim.schedule(gaps.sample(), src[0], 0, job + 1);
            }
        });
        sim.schedule(0, src[0], 0, 0);
        sim.run();
        out[n] = Double.doubleToLongBits(app.utilization());
        out[n + 1] = Double.doubleToLongBits(db.meanJobsInService());
        return out;
    }

    @Test
    void theSameModelAndSeedGiveBitIdenticalOutput() {
        long[] a = run(42, false);
        assertArrayEquals(a, run(42, false));
        assertFalse(Arrays.equals(a, run(43, false)));
    }

    @Test
    void addingATenantsStreamsDoesNotChangeAnotherTenantsRun() {
        assertArrayEquals(run(42, false), run(42, true));
    }

    @Test
    void aStreamsDrawsDoNotDependOnWhichStreamsExistOrTheirCreationOrder() {
        RandomStreams s1 = RandomStreams.of(9);
        long[] a = draws(s1.stream("tenant/7/arrivals"));
        RandomStreams s2 = RandomStreams.of(9);
        draws(s2.stream("tenant/8/arrivals"));
        draws(s2.stream("b"));
        long[] b = draws(s2.stream("tenant/7/arrivals"));
        assertArrayEquals(a, b);
        assertArrayEquals(a, draws(s2.stream("tenant", 7, "arrivals")));
        assertFalse(Arrays.equals(a, draws(s2.stream("tenant/7/service"))));
    }

    @Test
    void replicationsAreReproducibleAndDistinct() {
        RandomStreams s = RandomStreams.of(9);
        assertArrayEquals(draws(s.replication(3).stream("x")), draws(RandomStreams.of(9).replication(3).stream("x")));
        assertNotEquals(s.replication(3).seed(), s.replication(4).seed());
        assertNotEquals(s.seed(), s.replication(1).seed());
        assertEquals(s.seed(), s.replication(0).seed());
    }

    private static long[] draws(UniformRandomProvider rng) {
        long[] d = new long[100];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextLong();
        }
        return d;
    }
}
