package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

/** The fluid pass's per-request exceedance is the survival of a lognormal with the response's mean and variance. */
final class ExceedanceTest {
    @Test
    void matchesTheLognormalOfTheSameMoments() {
        for (double scv : new double[] {0.1, 0.5, 1, 2.25, 4, 10}) {
            double u = scv / (1 + scv);
            double s2 = Math.log1p(scv);
            LogNormalDistribution ln = new LogNormalDistribution(null, -0.5 * s2, Math.sqrt(s2));
            assertEquals(1.0, ln.getNumericalMean(), 1e-9);
            for (double x : new double[] {0.2, 1, 3, 10, 30}) {
                double exact = 1 - ln.cumulativeProbability(x);
                assertEquals(exact, MinuteJudge.lognormalExceedance(u, x), 2e-7 + 1e-3 * exact, "scv " + scv + ", x " + x);
            }
        }
        assertEquals(1.0, MinuteJudge.lognormalExceedance(0.5, 0));
        assertEquals(1.0, MinuteJudge.lognormalExceedance(0, 0.5), "no spread: every request takes the mean");
        assertEquals(0.0, MinuteJudge.lognormalExceedance(0, 1.5));
    }
}
