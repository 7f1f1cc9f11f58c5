package dev.tenantsim.cost.showback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

final class LargestRemainderTest {

    @Test
    void leftOverMicroDollarsGoToTheLargestRemaindersThenTheLowestIndex() {
        assertArrayEquals(new long[] {34, 33, 33}, LargestRemainder.split(100, new double[] {1, 1, 1}));
        assertArrayEquals(new long[] {1, 2}, LargestRemainder.split(3, new double[] {1, 2}));
        // 10 × (0.15, 0.15, 0.7) = 1.5, 1.5, 7: remainders tie, lower index wins
        assertArrayEquals(new long[] {2, 1, 7}, LargestRemainder.split(10, new double[] {0.15, 0.15, 0.7}));
        assertArrayEquals(new long[] {0, 5}, LargestRemainder.split(5, new double[] {0, 3}));
        assertArrayEquals(new long[] {2, 1, 1}, LargestRemainder.even(4, 3));
    }

    @Test
    void theLongAndTheBigIntegerPathsAgreeOnProportionalWeights() {
        long total = 1_000_000_000_007L;
        // small integers stay in long arithmetic; 13-decimal weights overflow it and use BigInteger
        long[] viaLong = LargestRemainder.split(total, new double[] {1, 2, 3});
        long[] viaBig = LargestRemainder.split(total, new double[] {0.1234567890123, 0.2469135780246, 0.3703703670369});
        assertArrayEquals(viaLong, viaBig);
        assertArrayEquals(new long[] {166_666_666_668L, 333_333_333_336L, 500_000_000_003L}, viaLong);
    }

    @Test
    void allZeroWeightsAndNegativeOrNanWeightsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(5, new double[] {0, 0}));
        assertEquals("weights[1] (NaN) must be a finite number >= 0",
                assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(5, new double[] {1, Double.NaN}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(5, new long[] {1, -1}));
    }

    @Property(tries = 500, seed = "7")
    void partsSumExactlyAndEachIsWithinOneMicroDollarOfItsExactShare(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total,
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0, max = 1e9) Double> weights) {
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        if (Arrays.stream(w).sum() == 0) {
            w[0] = 1;
        }
        long[] parts = LargestRemainder.split(total, w);
        assertEquals(total, Arrays.stream(parts).sum());
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : w) {
            sum = sum.add(BigDecimal.valueOf(x));
        }
        for (int i = 0; i < w.length; i++) {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(w[i])).divide(sum, 6, RoundingMode.HALF_EVEN);
            assertTrue(BigDecimal.valueOf(parts[i]).subtract(exact).abs().compareTo(BigDecimal.ONE) < 0,
                    "part " + i + " = " + parts[i] + ", exact " + exact);
            if (w[i] == 0) {
                assertEquals(0, parts[i], "zero weight gets nothing");
            }
        }
    }
}
