package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

final class ErlangCTest {

    /** Erlang B from its definition, summing a^k/k! in log space (independent of the recurrence). */
    static double erlangBByDefinition(int c, double a) {
        double[] logTerms = new double[c + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= c; k++) {
            logTerms[k] = k * Math.log(a) - Gamma.logGamma(k + 1.0);
            max = Math.max(max, logTerms[k]);
        }
        double sum = 0;
        for (double lt : logTerms) {
            sum += Math.exp(lt - max);
        }
        return Math.exp(logTerms[c] - max) / sum;
    }

    static double erlangCByDefinition(int c, double a) {
        double b = erlangBByDefinition(c, a);
        return c * b / (c - a * (1 - b));
    }

    @Test
    void singleAndTwoServerStationsMatchTheirTextbookForms() {
        for (double rho = 0.05; rho < 1; rho += 0.05) {
            assertEquals(rho, ErlangC.waitProbability(1, rho), 1e-14, "M/M/1: C = rho");
            assertEquals(2 * rho * rho / (1 + rho), ErlangC.waitProbability(2, 2 * rho), 1e-14,
                    "M/M/2: C = 2 rho^2 / (1 + rho)");
        }
    }

    @Test
    void recurrenceMatchesTheDefinitionFromOneToThreeThousandServers() {
        int[] servers = {1, 3, 8, 17, 64, 100, 376, 1000, 3000};
        double[] loads = {0.1, 0.5, 0.8, 0.9, 0.95, 0.99};
        for (int c : servers) {
            for (double rho : loads) {
                double a = rho * c;
                double expected = erlangCByDefinition(c, a);
                double actual = ErlangC.waitProbability(c, a);
                assertEquals(expected, actual, 1e-12 + 1e-9 * expected, "C(" + c + ", " + a + ")");
            }
        }
    }

    @Test
    void largeStationsStayFiniteAndOrdered() {
        double previous = 0;
        for (double a = 2000; a < 3000; a += 10) {
            double c = ErlangC.waitProbability(3000, a);
            assertTrue(c >= previous && c < 1 && !Double.isNaN(c), "C(3000, " + a + ") = " + c);
            previous = c;
        }
        assertEquals(1.0, ErlangC.waitProbability(3000, 3000), 0.0, "unstable load waits surely");
        assertEquals(0.0, ErlangC.waitProbability(50, 0), 0.0);
    }

    @Test
    void meanWaitOfMm1IsRhoOverMuMinusLambda() {
        double lambda = 7;
        double mu = 10;
        assertEquals((lambda / mu) / (mu - lambda), ErlangC.meanWait(1, lambda, mu), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, ErlangC.meanWait(2, 20, 10));
    }

    @Test
    void tableOfALargeStationInterpolatesWithinOneTenThousandth() {
        for (int c : new int[] {376, 3000}) {
            ErlangCTable table = new ErlangCTable(c, 64, 4096);
            double worst = 0;
            for (double rho = 0.0; rho < 0.995; rho += 0.000731) {
                worst = Math.max(worst, Math.abs(table.waitProbability(rho) - ErlangC.waitProbability(c, rho * c)));
            }
            assertTrue(worst < 1e-4, "interpolation error " + worst + " for c = " + c);
        }
    }

    @Test
    void invalidArgumentsAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ErlangC.waitProbability(4, Double.NaN));
        assertTrue(e.getMessage().contains("offered load (NaN)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ErlangC.erlangB(-1, 1));
        assertTrue(e.getMessage().contains("servers (-1)"), e.getMessage());
    }
}
