package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The tabulated gamma survival against the regularized gamma function. */
final class SurvivalTableTest {
    @Test
    void interpolationIsWithinFivePercentWhereTheProbabilityMatters() {
        SplittableRandom r = new SplittableRandom(3);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double scv = 0.05 + 20 * r.nextDouble() * r.nextDouble();
            double u = scv / (1 + scv);
            double x = Math.exp(Math.log(0.01) + r.nextDouble() * Math.log(1e4));
            double exact = Math.exp(SurvivalTable.lnSurvivalExact(u, x));
            if (exact < 1e-7) {
                continue;
            }
            double got = SurvivalTable.survival(u, x);
            worst = Math.max(worst, Math.abs(got - exact) / exact);
        }
        assertTrue(worst < 0.05, "worst relative error " + worst);
    }

    @Test
    void exponentialAndEdges() {
        double u = 0.5; // scv 1: exponential, P(X > x) = e^-x
        for (double x : new double[] {0.1, 1, 2, 4.6, 10}) {
            assertEquals(Math.exp(-x), SurvivalTable.survival(u, x), 0.02 * Math.exp(-x), "x " + x);
        }
        assertEquals(1.0, SurvivalTable.survival(u, 0));
        assertEquals(1.0, SurvivalTable.survival(u, -1));
        assertEquals(0.0, SurvivalTable.survival(u, 5000));
    }
}
