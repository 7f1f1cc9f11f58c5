package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.metrics.SloJudge;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fluid pass's per-minute judgement: the safe box never hides a minute that had a real chance. */
final class MinuteJudgeTest {
    private static MinuteJudge judge(boolean heavy, double slo) {
        return new MinuteJudge(new double[] {slo}, new double[] {0.01}, new boolean[] {heavy},
                RandomStreams.of(5).stream("test", 0, ""));
    }

    @Test
    void aMinuteSkippedByTheSafeBoxHadANegligibleChance() {
        for (boolean heavy : new boolean[] {false, true}) {
            MinuteJudge judge = judge(heavy, 1.0);
            SplittableRandom r = new SplittableRandom(heavy ? 3 : 4);
            double n = 200;
            double u = 0.5;
            double service = 0.05;
            int skipped = 0;
            int negligible = 0;
            for (int minute = 0; minute < 200_000; minute++) {
                // a random walk through load, shape and speed, with the occasional jump
                n = Math.max(1, Math.min(50_000, n * Math.exp(0.05 * r.nextGaussian())));
                u = Math.max(0.01, Math.min(0.99, u + 0.01 * r.nextGaussian()));
                service = Math.max(0.005, Math.min(2.0, service * Math.exp(0.05 * r.nextGaussian())));
                if (r.nextInt(1000) == 0) {
                    service = 0.01 + r.nextDouble();
                }
                long before = judge.fullEvaluations;
                judge.violated(0, n, 0, 20, 0, service, u);
                if (n < 20) {
                    continue; // below 20 requests only errors count
                }
                double pExceed = MinuteJudge.exceedance(heavy, u, 1.0 / service);
                double p = SloJudge.latencyViolationProbability((int) Math.round(n), pExceed);
                if (p < MinuteJudge.REBUILD) {
                    negligible++;
                }
                if (judge.fullEvaluations == before) {
                    skipped++;
                    assertTrue(p <= MinuteJudge.NEGLIGIBLE,
                            "skipped a minute with chance " + p + " (n " + n + ", u " + u + ", x " + 1 / service + ")");
                }
            }
            assertTrue(skipped > 0.6 * negligible, "the box should skip most negligible minutes: " + skipped + " of " + negligible);
        }
    }

    @Test
    void certainAndImpossibleMinutes() {
        MinuteJudge judge = judge(false, 0.5);
        assertTrue(judge.violated(0, 1000, 20, 20, 0, 0.05, 0.5), "2% errors against a 1% budget");
        assertFalse(judge.violated(0, 10, 0, 20, 0, 5.0, 0.5), "below the minimum requests only errors count");
        assertTrue(judge.violated(0, 1000, 0, 20, 0, 5.0, 0.5), "every request ten times over the objective");
        assertFalse(judge.violated(0, 0, 0, 20, 0, 5.0, 0.5));
        assertTrue(judge.violated(0, 1000, 0, 20, 0.6, 0.0, 0.0), "waits longer than the objective in the backlog");
    }

    @Test
    void drawsFollowTheChance() {
        MinuteJudge judge = judge(false, 1.0);
        double u = 0.5; // exponential response
        double service = 1.0 / Math.log(150 / 1.2); // P(exceed) = 1.2 / 150 per request
        double pExceed = MinuteJudge.exceedance(false, u, 1.0 / service);
        double p = SloJudge.latencyViolationProbability(150, pExceed);
        int minutes = 40_000;
        int violated = 0;
        for (int m = 0; m < minutes; m++) {
            violated += judge.violated(0, 150, 0, 20, 0, service, u) ? 1 : 0;
        }
        double sd = Math.sqrt(p * (1 - p) / minutes);
        assertEquals(p, (double) violated / minutes, 4 * sd);
    }

    @Test
    void theSurvivalTableInvertsItself() {
        for (double u : new double[] {0.05, 0.3, 0.5, 0.7, 0.9}) {
            for (double lnP : new double[] {-2, -5, -10, -20, -40}) {
                double x = SurvivalTable.xAbove(u, lnP);
                assertTrue(SurvivalTable.survival(u, x) <= Math.exp(lnP) * (1 + 1e-6), "u " + u + ", lnP " + lnP);
                if (x > 1.001e-3 && x < 999) {
                    assertTrue(SurvivalTable.survival(u, x * 0.999) > Math.exp(lnP), "smallest such x: u " + u);
                }
            }
        }
    }
}
