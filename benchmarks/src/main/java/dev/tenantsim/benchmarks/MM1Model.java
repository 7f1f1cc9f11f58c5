package dev.tenantsim.benchmarks;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.FcfsStation;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * An M/M/1 queue written only against the kernel's public API: a {@link Simulation}, one
 * {@link FcfsStation}, exponential interarrival and service times from the named streams
 * "mm1/arrivals" and "mm1/service". One call of {@link #run} is one replication; it returns the
 * mean wait in queue of the customers after the first {@code warmup}.
 */
public final class MM1Model {
    private static final int ARRIVE = 0;
    private static final int RING = 1 << 20; // more customers than can plausibly be in the system
    private static final int RING_MASK = RING - 1;

    private final double lambda;
    private final double mu;

    public MM1Model(double lambda, double mu) {
        if (!(lambda > 0) || !(mu > lambda)) {
            throw new IllegalArgumentException("lambda (" + lambda + ") and mu (" + mu + ") must satisfy 0 < lambda < mu");
        }
        this.lambda = lambda;
        this.mu = mu;
    }

    /** Analytic mean wait in queue, rho / (mu - lambda). */
    public double analyticMeanWait() {
        return lambda / mu / (mu - lambda);
    }

    /** Runs {@code customers} customers; returns the mean wait of those after {@code warmup}. */
    public double run(RandomStreams streams, long customers, long warmup) {
        return new Run(streams, customers, warmup).go();
    }

    private final class Run {
        final Simulation sim;
        final ContinuousSampler interarrival;
        final ContinuousSampler service;
        final FcfsStation station;
        final double[] arrival = new double[RING];
        final long customers;
        final long warmup;
        final int source;
        long started;
        long arrived;
        double waitSum;

        Run(RandomStreams streams, long customers, long warmup) {
            this.sim = new Simulation(streams);
            this.customers = customers;
            this.warmup = warmup;
            this.interarrival = ZigguratSampler.Exponential.of(streams.stream("mm1/arrivals"), 1 / lambda);
            this.service = ZigguratSampler.Exponential.of(streams.stream("mm1/service"), 1 / mu);
            this.station = new FcfsStation(sim, "server", 1, job -> { });
            this.station.onStart(this::started);
            this.source = sim.register(this::arrive);
        }

        double go() {
            sim.schedule(interarrival.sample(), source, ARRIVE, 0);
            sim.run();
            return waitSum / (customers - warmup);
        }

        void arrive(int kind, int job) {
            arrival[job] = sim.now();
            station.arrive(job, service.sample());
            if (++arrived < customers) {
                sim.schedule(interarrival.sample(), source, ARRIVE, (int) (arrived & RING_MASK));
            }
        }

        void started(int job) {
            // FCFS with one server starts customers in arrival order, so a counter tells which one.
            if (started++ >= warmup) {
                waitSum += sim.now() - arrival[job];
            }
        }
    }
}
