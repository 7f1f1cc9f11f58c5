package dev.tenantsim.engine.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class RankCorrelationTest {
    @Test
    void monotoneIsOneAndReversedIsMinusOne() {
        double[] x = {1, 2, 3, 4, 5};
        assertEquals(1.0, RankCorrelation.spearman(x, new double[] {10, 20, 25, 90, 1000}), 1e-12);
        assertEquals(-1.0, RankCorrelation.spearman(x, new double[] {5, 4, 3, 2, 1}), 1e-12);
    }

    @Test
    void matchesTheTextbookFormulaWithoutTies() {
        double[] x = {106, 86, 100, 101, 99, 103, 97, 113, 112, 110};
        double[] y = {7, 0, 27, 50, 28, 29, 20, 12, 6, 17};
        // 1 − 6 Σd² / (n (n² − 1)) with Σd² = 194 (Wikipedia's IQ / TV-hours example): −0.1758
        assertEquals(1 - 6 * 194.0 / (10 * 99), RankCorrelation.spearman(x, y), 1e-12);
    }

    @Test
    void tiesTakeTheirMeanRank() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, RankCorrelation.ranks(new double[] {1, 7, 7, 9}), 1e-12);
        assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1, 1}, new double[] {1, 2})));
    }
}
