package dev.tenantsim.engine.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

final class StatisticsTest {
    @Test
    void timeWeightedMeanOfAStepFunctionIsItsAreaOverTime() {
        TimeWeightedStatistic s = new TimeWeightedStatistic();
        s.update(2.0, 3.0);   // 0 on [0,2)
        s.update(5.0, 1.0);   // 3 on [2,5)
        s.add(6.0, 1.0);      // 1 on [5,6), then 2
        assertEquals((9.0 + 1.0 + 2.0 * 4) / 10.0, s.mean(10.0), 1e-12);
        assertEquals(3.0, s.max());
        s.reset(10.0);
        assertEquals(2.0, s.mean(10.0));
        assertEquals(2.0, s.mean(20.0), 1e-12);
        assertEquals(20.0, s.integral(20.0), 1e-12);
    }

    @Test
    void tallyMatchesTwoPassMeanAndVariance() {
        UniformRandomProvider rng = RandomStreams.of(3).stream("tally");
        double[] x = new double[10_000];
        Tally t = new Tally();
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e6 + rng.nextDouble(); // a large offset breaks the naive sum-of-squares formula
            t.add(x[i]);
        }
        double mean = Arrays.stream(x).average().orElseThrow();
        double var = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
        assertEquals(mean, t.mean(), 1e-9);
        assertEquals(var, t.variance(), var * 1e-6);
        assertEquals(Arrays.stream(x).min().orElseThrow(), t.min());
        t.reset();
        assertEquals(0, t.count());
        assertTrue(Double.isNaN(t.mean()));
    }

    @Test
    void latencyPercentilesAreWithinTheStatedRelativeError() {
        UniformRandomProvider rng = RandomStreams.of(4).stream("latency");
        ContinuousSampler lognormal = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), Math.log(0.05), 1.2);
        double[] x = new double[100_000];
        LatencyRecorder r = new LatencyRecorder();
        for (int i = 0; i < x.length; i++) {
            x[i] = lognormal.sample();
            r.record(x[i]);
        }
        Arrays.sort(x);
        for (double p : new double[] {50, 90, 95, 99, 99.9, 99.99}) {
            double exact = x[(int) Math.round(p / 100 * x.length) - 1]; // HdrHistogram rounds the rank
            double got = r.percentile(p);
            // Stated bound: at most 1/1024 above the exact order statistic (+ 0.5 µs rounding), never below.
            assertTrue(got >= exact - 0.5e-6, "p" + p + " " + got + " < " + exact);
            assertTrue(got <= exact * (1 + 1.0 / 1024) + 1e-6, "p" + p + " " + got + " vs " + exact);
        }
        assertEquals(Arrays.stream(x).average().orElseThrow(), r.mean(), 1e-12);
        assertEquals(x[x.length - 1], r.max());
        assertEquals(100_000, r.count());
    }

    @Test
    void latencyRecordersMergeAndReset() {
        LatencyRecorder a = new LatencyRecorder();
        LatencyRecorder b = new LatencyRecorder();
        a.record(0.010);
        b.record(0.030);
        a.add(b);
        assertEquals(2, a.count());
        assertEquals(0.020, a.mean(), 1e-15);
        assertEquals(0.030, a.percentile(100), 0.030 / 1024);
        assertEquals(0.5, a.fractionAtOrBelow(0.015));
        a.reset();
        assertEquals(0, a.count());
        assertTrue(Double.isNaN(a.percentile(99)));
        assertThrows(IllegalArgumentException.class, () -> a.record(-1e-3));
        assertThrows(IllegalArgumentException.class, () -> a.record(Double.NaN));
    }

    @Test
    void studentTIntervalUsesTheTQuantileForTheSampleSize() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        ConfidenceInterval ci = ConfidenceInterval.studentT(v, 0.95);
        double sd = Math.sqrt(82.5 / 9);
        assertEquals(5.5, ci.mean(), 1e-12);
        assertEquals(2.262157 * sd / Math.sqrt(10), ci.halfWidth(), 1e-5);
        assertTrue(ci.contains(5.5 + ci.halfWidth()));
        assertFalse(ci.contains(ci.upper() + 1e-9));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.studentT(new double[] {1}, 0.95));
    }

    @Test
    void replicationsCoverTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        // 400 experiments of 10 normal replications each: coverage of a 95% t-interval is
        // Binomial(400, 0.95); 0.95 +- 3 sd = [0.917, 0.983].
        UniformRandomProvider rng = RandomStreams.of(5).stream("coverage");
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int covered = 0;
        for (int e = 0; e < 400; e++) {
            ConfidenceInterval ci = Replications.run(10, r -> 3.0 + 2.0 * g.sample()).ci95();
            covered += ci.contains(3.0) ? 1 : 0;
        }
        assertTrue(covered >= 367 && covered <= 393, "covered " + covered + "/400");
    }

    @Test
    void warmUpRunsTheResetsAtTheGivenTime() {
        Simulation sim = new Simulation(RandomStreams.of(1));
        TimeWeightedStatistic s = new TimeWeightedStatistic();
        s.update(0, 5);
        WarmUp.at(sim, 7.0, () -> s.reset(sim.now()));
        sim.runUntil(10);
        assertEquals(7.0, s.startTime());
    }
}
