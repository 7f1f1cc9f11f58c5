package dev.tenantsim.engine.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class SloJudgeTest {
    private static final double P99 = 0.250;
    private static final double BUDGET = 0.01;

    @Test
    void aMinuteWithSlowP99AndEnoughRequestsViolates() {
        assertTrue(SloJudge.violates(100, 0, 0.300, P99, BUDGET, 20));
        assertFalse(SloJudge.violates(100, 0, 0.200, P99, BUDGET, 20));
    }

    @Test
    void aMinuteWithFewerThanTheMinimumRequestsIsJudgedOnErrorsOnly() {
        // 19 requests, p99 of 2 s: not enough requests for the latency objective to count.
        assertFalse(SloJudge.violates(19, 0, 2.0, P99, BUDGET, 20));
        // 19 requests, 1 error = 5.3% > 1%: violates on errors.
        assertTrue(SloJudge.violates(19, 1, 0.01, P99, BUDGET, 20));
        // exactly 20 requests: latency counts.
        assertTrue(SloJudge.violates(20, 0, 2.0, P99, BUDGET, 20));
    }

    @Test
    void errorRateAtTheBudgetIsNotAViolationAndAboveItIs() {
        assertFalse(SloJudge.violates(100, 1, 0.1, P99, BUDGET, 20));
        assertTrue(SloJudge.violates(100, 2, 0.1, P99, BUDGET, 20));
    }

    @Test
    void aMinuteWithoutRequestsNeverViolates() {
        assertFalse(SloJudge.violates(0, 0, Double.NaN, P99, BUDGET, 20));
    }

    @Test
    void nearestRankP99OfOneHundredValuesIsTheNinetyNinthSmallest() {
        float[] v = new float[100];
        for (int i = 0; i < 100; i++) {
            v[i] = 100 - i; // 100..1, unsorted
        }
        assertEquals(99.0, SloJudge.nearestRank(v, 100, 0.99), 0);
        assertEquals(50.0, SloJudge.nearestRank(v, 100, 0.50), 0);
        // with 20 values p99 is the maximum (rank ceil(19.8) = 20)
        float[] w = {5, 1, 9, 3, 7, 2, 8, 4, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        assertEquals(20.0, SloJudge.nearestRank(w, 20, 0.99), 0);
        // a sub-range: values[2, 6) = {9, 3, 7, 2} -> p50 is the 2nd smallest, 3
        float[] x = {100, 100, 9, 3, 7, 2, 100};
        assertEquals(3.0, SloJudge.nearestRank(x, 2, 6, 0.50), 0);
        assertEquals(100.0, x[6], 0);
    }

    @Test
    void availabilityIsOneMinusViolationMinutesOverMinutes() {
        assertEquals(0.99, SloJudge.availability(6, 600), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SloJudge.availability(0, 0));
    }

    @Test
    void expectedCountsOfTheFluidPassAreJudgedByTheSameRule() {
        // 19.5 requests: below the minimum, judged on errors only; 0.5 of them rejected = 2.6% > 1%
        assertFalse(SloJudge.violates(19.5, 0.0, 2.0, P99, BUDGET, 20.0));
        assertTrue(SloJudge.violates(19.5, 0.5, 0.01, P99, BUDGET, 20.0));
        assertTrue(SloJudge.violates(20.5, 0.0, 0.3, P99, BUDGET, 20.0));
        // everything rejected: judged on errors, the tail of no completed request does not count
        assertTrue(SloJudge.violates(30.0, 30.0, Double.NaN, P99, BUDGET, 20.0));
        assertFalse(SloJudge.violates(0.0, 0.0, 5.0, P99, BUDGET, 20.0));
    }
}
