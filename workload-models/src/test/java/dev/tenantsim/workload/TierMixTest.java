package dev.tenantsim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

final class TierMixTest {
    @Property(tries = 200, seed = "42")
    void largestRemainderCountsSumToCountAndStayWithinOneOfTheExactShare(
            @ForAll @IntRange(min = 1, max = 100_000) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double a,
            @ForAll @DoubleRange(min = 0, max = 1) double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        Map<String, Double> mix = PopulationSpec.ordered("free", lo, "pro", hi - lo, "enterprise", 1 - hi);
        int[] c = PopulationGenerator.largestRemainder(mix, n);
        assertEquals(n, c[0] + c[1] + c[2]);
        double[] f = {lo, hi - lo, 1 - hi};
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(c[i] - f[i] * n) < 1 + 1e-9, "count " + c[i] + " vs " + f[i] * n);
        }
    }
}
