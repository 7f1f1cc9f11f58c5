package dev.tenantsim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class WorkDistributionTest {
    @ParameterizedTest(name = "{0} mean {1} cv {2}")
    @CsvSource({"lognormal, 0.008, 1.5", "gamma, 0.003, 2", "exponential, 2, 1", "gamma, 5, 0.5", "constant, 0.01, 0"})
    void samplerHasTheStatedMeanAndCoefficientOfVariation(String shape, double mean, double cv) {
        WorkDistribution d = new WorkDistribution(WorkDistribution.Shape.of(shape), mean, cv);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(2024L);
        ContinuousSampler s = d.sampler(rng);
        int n = 400_000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double x = s.sample();
            sum += x;
            sq += x * x;
        }
        double m = sum / n;
        double sd = Math.sqrt(Math.max(0, sq / n - m * m));
        assertEquals(mean, m, 4 * mean * cv / Math.sqrt(n) + 1e-9 * mean);
        // the sample sd of heavy-tailed laws converges slowly: 5% relative tolerance
        assertEquals(cv, sd / m, 0.05 * cv + 1e-9);
    }

    @Test
    void negativeOrNanMeanIsRejected() {
        assertEquals("mean (-1.0) must be a finite number >= 0",
                assertThrows(IllegalArgumentException.class, () -> WorkDistribution.lognormal(-1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkDistribution.gamma(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> WorkDistribution.Shape.of("weibull"));
    }
}
