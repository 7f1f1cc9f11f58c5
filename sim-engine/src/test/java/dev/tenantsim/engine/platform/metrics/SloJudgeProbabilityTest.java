package dev.tenantsim.engine.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/** The per-minute rule as a probability agrees with the rule applied to sampled minutes. */
final class SloJudgeProbabilityTest {
    @Test
    void exceedancesToViolateIsWhatTheNearestRankP99Needs() {
        SplittableRandom r = new SplittableRandom(7);
        for (int n : new int[] {20, 50, 99, 100, 101, 150, 199, 200, 1000, 1234}) {
            int k = SloJudge.exceedancesToViolate(n);
            for (int exceed = Math.max(0, k - 2); exceed <= Math.min(n, k + 2); exceed++) {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = i < exceed ? 2f + r.nextInt(5) : (float) r.nextDouble();
                }
                boolean violates = SloJudge.nearestRank(v, n, SloJudge.MINUTE_QUANTILE) > 1.0;
                assertEquals(exceed >= k, violates, "n " + n + ", " + exceed + " requests above the objective");
            }
        }
        assertEquals(1, SloJudge.exceedancesToViolate(99), "below 100 requests the p99 is the slowest");
        assertEquals(2, SloJudge.exceedancesToViolate(100));
        assertEquals(11, SloJudge.exceedancesToViolate(1000));
    }

    @Test
    void theProbabilityIsTheBinomialTail() {
        for (int n : new int[] {20, 60, 99, 100, 300, 1000, 3000, 6000, 20000}) {
            int k = SloJudge.exceedancesToViolate(n);
            for (double pe : new double[] {1e-5, 1e-4, 1e-3, 0.003, 0.008, 0.01, 0.012, 0.02, 0.05, 0.3}) {
                double exact = 1 - new BinomialDistribution(n, pe).cumulativeProbability(k - 1);
                double p = SloJudge.latencyViolationProbability(n, pe);
                double tol = k <= SloJudge.EXACT_UP_TO ? 1e-9 : 0.004; // exact sum, or Camp-Paulson
                assertEquals(exact, p, tol, "n " + n + ", p " + pe);
            }
        }
    }

    @Test
    void theProbabilityMatchesSampledMinutes() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 150;
        double pe = 0.01;
        int minutes = 40_000;
        int violated = 0;
        for (int m = 0; m < minutes; m++) {
            int above = 0;
            for (int i = 0; i < n; i++) {
                above += r.nextDouble() < pe ? 1 : 0;
            }
            violated += above >= SloJudge.exceedancesToViolate(n) ? 1 : 0;
        }
        double p = SloJudge.latencyViolationProbability(n, pe);
        double sd = Math.sqrt(p * (1 - p) / minutes);
        assertTrue(Math.abs((double) violated / minutes - p) < 4 * sd, violated + " of " + minutes + " vs " + p);
    }

    @Test
    void errorsOverBudgetAreCertainAndSmallMinutesAreJudgedOnErrorsOnly() {
        assertEquals(1.0, SloJudge.violationProbability(100, 5, 0.0, 0.01, 20));
        assertEquals(0.0, SloJudge.violationProbability(10, 0, 0.5, 0.01, 20), "below minRequests: errors only");
        assertEquals(0.0, SloJudge.violationProbability(0, 0, 1, 0.01, 20));
        assertTrue(SloJudge.violationProbability(100, 0, 0.05, 0.01, 20) > 0.9);
    }
}
