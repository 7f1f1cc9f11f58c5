package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.metrics.SloJudge;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fluid pass's per-minute judgement is a draw of the chance, whatever its boxes skip. */
final class MinuteJudgeTest {
    private static MinuteJudge judge(boolean heavy, double slo) {
        return new MinuteJudge(new double[] {slo}, new double[] {0.01}, new boolean[] {heavy},
                RandomStreams.of(5).stream("test", 0, ""));
    }

    @Test
    void aBoxNeverUnderstatesTheChanceAndTheDrawsFollowIt() {
        for (boolean heavy : new boolean[] {false, true}) {
            MinuteJudge judge = judge(heavy, 1.0);
            SplittableRandom r = new SplittableRandom(heavy ? 3 : 4);
            double n = 200;
            double u = 0.5;
            double service = 0.1;
            double expected = 0;
            double variance = 0;
            int violated = 0;
            int inBox = 0;
            int minutes = 200_000;
            for (int minute = 0; minute < minutes; minute++) {
                // a random walk through load, shape and speed, with the occasional jump
                n = Math.max(20, Math.min(50_000, n * Math.exp(0.03 * r.nextGaussian())));
                u = Math.max(0.01, Math.min(0.99, u + 0.005 * r.nextGaussian()));
                service = Math.max(0.02, Math.min(1.5, service * Math.exp(0.01 * r.nextGaussian())));
                if (r.nextInt(2000) == 0) {
                    service = 0.02 + 0.4 * r.nextDouble();
                }
                double p = SloJudge.latencyViolationProbability((int) Math.round(n),
                        MinuteJudge.exceedance(heavy, u, 1.0 / service));
                double bound = judge.boxBound(0, n, 0, service, u);
                if (!Double.isNaN(bound)) {
                    inBox++;
                    assertTrue(p <= bound * (1 + 1e-9),
                            "the box bound " + bound + " is below the chance " + p + " (n " + n + ", u " + u + ", x " + 1 / service + ")");
                }
                violated += judge.violated(0, n, 0, 20, 0, service, u) ? 1 : 0;
                if (p >= MinuteJudge.NEGLIGIBLE) {
                    expected += p;
                    variance += p * (1 - p);
                }
            }
            assertTrue(inBox > minutes / 2, "most minutes of this walk fall in a box: " + inBox);
            assertTrue(expected > 100, "the walk visits chances that matter: " + expected);
            assertEquals(expected, violated, 4 * Math.sqrt(variance), "violations are draws of the chance");
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
    void aDelayPastTheObjectiveIsCertainWithoutAnEvaluation() {
        MinuteJudge judge = judge(false, 0.5);
        for (int m = 0; m < 100; m++) {
            assertTrue(judge.violated(0, 1000, 0, 20, 0.5 + m * 0.01, 0.05, 0.5), "delay " + (0.5 + m * 0.01));
        }
        assertEquals(0, judge.evaluations, "a certain minute needs no chance");
        assertTrue(judge.violated(0, 1000, 20, 20, 0.9, 0.05, 0.5), "over the error budget too");
    }

    @Test
    void judgingAStepAppliesTheRuleOfEachTenant() {
        // the step's two passes draw in another order than tenant by tenant: the same rule, other draws
        double[] slo = {0.5, 0.5, 1.0};
        double[] budget = {0.01, 0.01, 0.01};
        boolean[] heavy = {false, true, false};
        MinuteJudge one = new MinuteJudge(slo, budget, heavy, RandomStreams.of(7).stream("test", 0, ""));
        MinuteJudge each = new MinuteJudge(slo, budget, heavy, RandomStreams.of(8).stream("test", 0, ""));
        boolean[] out = new boolean[3];
        int[] byStep = new int[3];
        int[] byTenant = new int[3];
        for (int step = 0; step < 20_000; step++) {
            double load = 0.5 + 0.5 * Math.sin(step / 40.0);
            int counted = 0;
            for (int j = 0; j < 3; j++) {
                one.requests[j] = 200 + 100 * j * load;
                one.errors[j] = j == 2 && step % 97 == 0 ? 5 : 0;
                one.delay[j] = 0.35 * load * load;
                one.service[j] = 0.03 + 0.02 * load;
                one.shape[j] = 0.4 + 0.1 * j;
                byTenant[j] += each.violated(j, one.requests[j], one.errors[j], 20, one.delay[j], one.service[j],
                        one.shape[j]) ? 1 : 0;
            }
            int violators = one.judge(20, out);
            for (int j = 0; j < 3; j++) {
                counted += out[j] ? 1 : 0;
                byStep[j] += out[j] ? 1 : 0;
            }
            assertEquals(counted, violators, "step " + step);
        }
        for (int j = 0; j < 3; j++) {
            int a = byStep[j];
            int b = byTenant[j];
            assertTrue(a > 30, "tenant " + j + " crosses the objective: " + a);
            assertEquals(a, b, 4 * Math.sqrt(a + b) + 5, "tenant " + j + ": step " + a + " vs one by one " + b);
        }
    }

    @Test
    void drawsFollowTheChanceAtAFixedPoint() {
        MinuteJudge judge = judge(false, 1.0);
        double u = 0.5; // exponential response
        double service = 1.0 / Math.log(150 / 0.1); // P(exceed) = 0.1 / 150 per request
        double pExceed = MinuteJudge.exceedance(false, u, 1.0 / service);
        double p = SloJudge.latencyViolationProbability(150, pExceed);
        int minutes = 40_000;
        int violated = 0;
        for (int m = 0; m < minutes; m++) {
            violated += judge.violated(0, 150, 0, 20, 0, service, u) ? 1 : 0;
        }
        double sd = Math.sqrt(p * (1 - p) / minutes);
        assertEquals(p, (double) violated / minutes, 4 * sd);
        assertTrue(judge.evaluations < 10 * p * minutes, "inside its box most minutes need no evaluation: " + judge.evaluations);
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
