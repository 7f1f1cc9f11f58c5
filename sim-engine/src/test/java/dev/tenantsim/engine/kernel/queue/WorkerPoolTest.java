package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

final class WorkerPoolTest {

    @Test
    void unitJobsOnThreeWorkersFinishInBatchesOfThree() {
        Simulation sim = new Simulation(RandomStreams.of(1L));
        List<Double> times = new ArrayList<>();
        List<Integer> jobs = new ArrayList<>();
        WorkerPool pool = new WorkerPool(sim, 3, new FifoDiscipline(1), job -> {
            times.add(sim.now());
            jobs.add(job);
        });
        for (int j = 0; j < 10; j++) {
            pool.submit(100 + j, 0, 1.0);
        }
        assertEquals(3, pool.busy());
        assertEquals(7, pool.waiting());
        runToEmpty(sim);
        assertEquals(List.of(1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0), times);
        assertEquals(List.of(100, 101, 102, 103, 104, 105, 106, 107, 108, 109), jobs, "FIFO, the caller's ids");
        assertEquals(10, pool.completed());
        assertEquals(0, pool.busy());
    }

    @Test
    void aPerKeyCapLimitsHowManyWorkersATenantHolds() {
        Simulation sim = new Simulation(RandomStreams.of(1L));
        QueueDiscipline d = new FifoDiscipline(2);
        d.setCap(0, 2);
        List<Double> done = new ArrayList<>();
        WorkerPool pool = new WorkerPool(sim, 4, d, job -> done.add(sim.now()));
        for (int j = 0; j < 6; j++) {
            pool.submit(j, 0, 1.0);
        }
        assertEquals(2, pool.busy(), "two workers idle, but tenant 0 is at its cap");
        runToEmpty(sim);
        assertEquals(List.of(1.0, 1.0, 2.0, 2.0, 3.0, 3.0), done);
    }

    @Test
    void aListenerCanSubmitFollowUpWork() {
        Simulation sim = new Simulation(RandomStreams.of(1L));
        int[] count = new int[1];
        double[] lastDone = new double[1];
        WorkerPool[] pool = new WorkerPool[1];
        pool[0] = new WorkerPool(sim, 1, new DeficitRoundRobinDiscipline(1), job -> {
            count[0]++;
            lastDone[0] = sim.now();
            if (job < 4) {
                pool[0].submit(job + 1, 0, 0.5);
            }
        });
        pool[0].submit(0, 0, 0.5);
        runToEmpty(sim);
        assertEquals(5, count[0]);
        assertEquals(2.5, lastDone[0], 1e-12);
    }

    @Test
    void badArgumentsAreRejected() {
        Simulation sim = new Simulation(RandomStreams.of(1L));
        assertEquals("workers (0) must be >= 1", assertThrows(IllegalArgumentException.class,
                () -> new WorkerPool(sim, 0, new FifoDiscipline(1), job -> { })).getMessage());
        WorkerPool pool = new WorkerPool(sim, 1, new FifoDiscipline(2), job -> { });
        assertEquals("key (2) must be in 0..1", assertThrows(IllegalArgumentException.class,
                () -> pool.submit(1, 2, 1.0)).getMessage());
        assertEquals("serviceTime (NaN) of job 1 must be a finite number > 0", assertThrows(IllegalArgumentException.class,
                () -> pool.submit(1, 0, Double.NaN)).getMessage());
        assertEquals("serviceTime (-1.0) of job 1 must be a finite number > 0", assertThrows(IllegalArgumentException.class,
                () -> pool.submit(1, 0, -1.0)).getMessage());
        assertEquals(0, pool.submitted());
    }

    /**
     * With FIFO and no caps the pool is an M/M/c FCFS station: c = 2, lambda = 1.4, mu = 1
     * (rho = 0.7). The Erlang-C mean wait must lie inside the 95% Student-t interval of 10
     * independent replications (50,000 customers each after 5,000 warm-up).
     */
    @Test
    void withFifoThePoolMatchesTheErlangCMeanWaitOfAnMMcQueue() {
        int c = 2;
        double lambda = 1.4;
        double mu = 1.0;
        double expected = erlangCWait(c, lambda, mu);
        SummaryStatistics reps = new SummaryStatistics();
        RandomStreams base = RandomStreams.of(8675309L);
        for (int r = 0; r < 10; r++) {
            reps.addValue(meanWait(base.replication(r), c, lambda, mu, 5_000, 50_000));
        }
        double half = new TDistribution(reps.getN() - 1).inverseCumulativeProbability(0.975)
                * reps.getStandardDeviation() / Math.sqrt(reps.getN());
        assertTrue(Math.abs(reps.getMean() - expected) <= half,
                "Erlang-C Wq " + expected + " outside " + reps.getMean() + " ± " + half);
        assertTrue(half < 0.1 * expected, "interval too wide to mean anything: ±" + half);
    }

    /**
     * Runs until no event is pending. (Not {@code sim.run()}: at the time of writing,
     * {@code Simulation.runUntil(+Infinity)} re-delivers the last event once the calendar is empty,
     * because {@code peekTime()} of an empty calendar is +Infinity and {@code +Infinity <= +Infinity}.)
     */
    static void runToEmpty(Simulation sim) {
        sim.runUntil(Double.MAX_VALUE);
    }

    private static double meanWait(RandomStreams streams, int c, double lambda, double mu, int warmup, int measured) {
        int n = warmup + measured;
        Simulation sim = new Simulation(streams);
        UniformRandomProvider arrivalsRng = streams.stream("test/mmc/arrivals");
        UniformRandomProvider serviceRng = streams.stream("test/mmc/service");
        var interArrival = ZigguratSampler.Exponential.of(arrivalsRng, 1 / lambda);
        var service = ZigguratSampler.Exponential.of(serviceRng, 1 / mu);
        double[] arrival = new double[n];
        double[] serviceTime = new double[n];
        double[] waitSum = new double[1];
        WorkerPool pool = new WorkerPool(sim, c, new FifoDiscipline(1), job -> {
            if (job >= warmup) {
                waitSum[0] += sim.now() - arrival[job] - serviceTime[job];
            }
        });
        EventLoop loop = new EventLoop(sim, pool, arrival, serviceTime, interArrival::sample, service::sample, n);
        loop.start();
        runToEmpty(sim);
        assertEquals(n, pool.completed());
        return waitSum[0] / measured;
    }

    /** Poisson arrivals into the pool, one event per arrival. */
    private static final class EventLoop {
        private final Simulation sim;
        private final WorkerPool pool;
        private final double[] arrival;
        private final double[] serviceTime;
        private final DoubleSupplier interArrival;
        private final DoubleSupplier service;
        private final int n;
        private final int handler;
        private int next;

        EventLoop(Simulation sim, WorkerPool pool, double[] arrival, double[] serviceTime,
                  DoubleSupplier interArrival, DoubleSupplier service, int n) {
            this.sim = sim;
            this.pool = pool;
            this.arrival = arrival;
            this.serviceTime = serviceTime;
            this.interArrival = interArrival;
            this.service = service;
            this.n = n;
            this.handler = sim.register((kind, arg) -> arrive());
        }

        void start() {
            sim.schedule(interArrival.getAsDouble(), handler, 0, 0);
        }

        private void arrive() {
            int job = next++;
            arrival[job] = sim.now();
            serviceTime[job] = service.getAsDouble();
            pool.submit(job, 0, serviceTime[job]);
            if (next < n) {
                sim.schedule(interArrival.getAsDouble(), handler, 0, 0);
            }
        }
    }

    /** Erlang-C mean wait in queue of M/M/c. */
    private static double erlangCWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        double rho = a / c;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double last = term * a / c / (1 - rho);
        double probWait = last / (sum + last);
        return probWait / (c * mu - lambda);
    }
}
