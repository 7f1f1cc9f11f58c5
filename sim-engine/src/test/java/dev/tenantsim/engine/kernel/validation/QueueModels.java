package dev.tenantsim.engine.kernel.validation;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.CountedPool;
import dev.tenantsim.engine.kernel.resource.FcfsStation;
import dev.tenantsim.engine.kernel.resource.ProcessorSharingStation;
import dev.tenantsim.engine.kernel.stats.Tally;
import dev.tenantsim.engine.kernel.stats.WarmUp;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Small open queueing models built from the kernel's public API, one replication per call.
 * Customers are numbered 0..n-1 (the job id); the first {@code warmup} customers are dropped from
 * the statistics (warm-up deletion of the empty-and-idle start). All draws come from the named
 * streams "arrivals" and "service".
 */
final class QueueModels {
    /** Per-replication outputs: mean delay (wait or sojourn) and the fraction of customers who waited. */
    record Output(double meanDelay, double fractionWaited, long customers, double utilization, double meanQueueLength) {
        Output(double meanDelay, double fractionWaited, long customers) {
            this(meanDelay, fractionWaited, customers, Double.NaN, Double.NaN);
        }
    }

    private QueueModels() {
    }

    static ContinuousSampler exponential(UniformRandomProvider rng, double mean) {
        return ZigguratSampler.Exponential.of(rng, mean);
    }

    static Function<UniformRandomProvider, ContinuousSampler> exponentialService(double mean) {
        return rng -> exponential(rng, mean);
    }

    static Function<UniformRandomProvider, ContinuousSampler> deterministicService(double value) {
        return rng -> () -> value;
    }

    /**
     * Two-phase hyperexponential with balanced means: mean {@code mean}, squared coefficient of
     * variation {@code cv2 >= 1}; E[S^2] = mean^2 (1 + cv2).
     */
    static Function<UniformRandomProvider, ContinuousSampler> hyperexponentialService(double mean, double cv2) {
        double p = 0.5 * (1 + Math.sqrt((cv2 - 1) / (cv2 + 1)));
        double m1 = mean / (2 * p);
        double m2 = mean / (2 * (1 - p));
        return rng -> {
            ContinuousSampler exp = ZigguratSampler.Exponential.of(rng);
            return () -> exp.sample() * (rng.nextDouble() < p ? m1 : m2);
        };
    }

    /** M/G/c FCFS: mean wait in queue and fraction of customers who waited. */
    static Output fcfs(RandomStreams streams, double lambda, int servers,
                       Function<UniformRandomProvider, ContinuousSampler> service, int customers, int warmup) {
        Simulation sim = new Simulation(streams);
        ContinuousSampler interarrival = exponential(streams.stream("arrivals"), 1 / lambda);
        ContinuousSampler serviceTime = service.apply(streams.stream("service"));
        double[] arrival = new double[customers];
        Tally wait = new Tally();
        long[] waited = new long[1];
        FcfsStation station = new FcfsStation(sim, "station", servers, job -> { });
        station.onStart(job -> {
            if (job >= warmup) {
                double w = sim.now() - arrival[job];
                wait.add(w);
                if (w > 0) {
                    waited[0]++;
                }
            }
        });
        // Time-weighted statistics: warm-up deletion at the expected arrival time of the first
        // counted customer, read at the last arrival (before the queue drains).
        WarmUp.at(sim, warmup / lambda, station::resetStatistics);
        double[] timeWeighted = new double[2];
        int[] source = new int[1];
        source[0] = sim.register((kind, job) -> {
            arrival[job] = sim.now();
            station.arrive(job, serviceTime.sample());
            if (job + 1 < customers) {
                sim.schedule(interarrival.sample(), source[0], 0, job + 1);
            } else {
                timeWeighted[0] = station.utilization();
                timeWeighted[1] = station.meanQueueLength();
            }
        });
        sim.schedule(interarrival.sample(), source[0], 0, 0);
        sim.run();
        return new Output(wait.mean(), (double) waited[0] / wait.count(), wait.count(), timeWeighted[0], timeWeighted[1]);
    }

    /** M/G/c processor sharing with c cores: mean sojourn time. */
    static Output processorSharing(RandomStreams streams, double lambda, int cores,
                                   Function<UniformRandomProvider, ContinuousSampler> service, int customers, int warmup) {
        Simulation sim = new Simulation(streams);
        ContinuousSampler interarrival = exponential(streams.stream("arrivals"), 1 / lambda);
        ContinuousSampler work = service.apply(streams.stream("service"));
        double[] arrival = new double[customers];
        Tally sojourn = new Tally();
        ProcessorSharingStation station = new ProcessorSharingStation(sim, "cpu", cores, job -> {
            if (job >= warmup) {
                sojourn.add(sim.now() - arrival[job]);
            }
        });
        int[] source = new int[1];
        source[0] = sim.register((kind, job) -> {
            arrival[job] = sim.now();
            station.arrive(job, work.sample());
            if (job + 1 < customers) {
                sim.schedule(interarrival.sample(), source[0], 0, job + 1);
            }
        });
        sim.schedule(interarrival.sample(), source[0], 0, 0);
        sim.run();
        return new Output(sojourn.mean(), Double.NaN, sojourn.count());
    }

    /**
     * M/M/c built from a CountedPool: each customer acquires a unit (key = customer mod keys, no
     * quotas), holds it for an exponential time, releases it. Mean wait for a unit and fraction
     * who waited.
     */
    static Output pool(RandomStreams streams, double lambda, int units, double meanHold, int keys,
                       int customers, int warmup) {
        Simulation sim = new Simulation(streams);
        ContinuousSampler interarrival = exponential(streams.stream("arrivals"), 1 / lambda);
        ContinuousSampler hold = exponential(streams.stream("service"), meanHold);
        double[] arrival = new double[customers];
        Tally wait = new Tally();
        long[] waited = new long[1];
        int[] release = new int[1];
        CountedPool[] pool = new CountedPool[1];
        pool[0] = new CountedPool(sim, "connections", units, keys, job -> {
            if (job >= warmup) {
                double w = sim.now() - arrival[job];
                wait.add(w);
                if (w > 0) {
                    waited[0]++;
                }
            }
            sim.schedule(hold.sample(), release[0], 0, job % keys);
        }, job -> {
            throw new AssertionError("no timeout was asked for");
        });
        release[0] = sim.register((kind, key) -> pool[0].release(key));
        int[] source = new int[1];
        source[0] = sim.register((kind, job) -> {
            arrival[job] = sim.now();
            pool[0].acquire(job, job % keys, Double.POSITIVE_INFINITY);
            if (job + 1 < customers) {
                sim.schedule(interarrival.sample(), source[0], 0, job + 1);
            }
        });
        sim.schedule(interarrival.sample(), source[0], 0, 0);
        sim.run();
        return new Output(wait.mean(), (double) waited[0] / wait.count(), wait.count());
    }
}
