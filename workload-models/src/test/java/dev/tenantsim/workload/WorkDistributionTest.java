package dev.tenantsim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class WorkDistributionTest {
    @ParameterizedTest(name = "{0} mean {1} cv {2}")
    @CsvSource({"lognormal, 0.008, 1.5", "gamma, 0.003, 2", "exponential, 2, 1", "gamma, 5, 0.5", "constant, 0.01, 0",
            "pareto, 0.01, 0.3", "gamma, 0.002, 1"})
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
        assertEquals(WorkDistribution.Shape.PARETO, WorkDistribution.Shape.of("pareto"));
    }

    @ParameterizedTest(name = "cv {0}")
    @CsvSource({"0.05", "0.3", "1", "1.5", "4", "100"})
    void paretoParametersGiveExactlyTheMeanAndCv(double cv) {
        WorkDistribution d = WorkDistribution.pareto(0.02, cv);
        double alpha = d.paretoAlpha();
        double xm = d.drawScale();
        assertTrue(alpha > 2, "a finite cv gives a finite variance");
        assertEquals(1 / alpha, d.drawA(), 0);
        assertEquals(0.02, alpha * xm / (alpha - 1), 1e-15);
        double var = xm * xm * alpha / ((alpha - 1) * (alpha - 1) * (alpha - 2));
        assertEquals(cv, Math.sqrt(var) / 0.02, 1e-9 * cv);
    }

    /** The engine's draws of the three old families are the formulas (and draws) the engine used before. */
    @Test
    void oldFamiliesDrawExactlyAsBefore() {
        UniformRandomProvider a = RandomSource.XO_SHI_RO_256_PP.create(7L);
        UniformRandomProvider b = RandomSource.XO_SHI_RO_256_PP.create(7L);
        ContinuousSampler ga = ZigguratSampler.NormalizedGaussian.of(a);
        ContinuousSampler ea = ZigguratSampler.Exponential.of(a);
        ContinuousSampler gb = ZigguratSampler.NormalizedGaussian.of(b);
        ContinuousSampler eb = ZigguratSampler.Exponential.of(b);
        WorkDistribution ln = WorkDistribution.lognormal(0.008, 1.5);
        WorkDistribution ex = WorkDistribution.exponential(2);
        WorkDistribution co = WorkDistribution.constant(0.003);
        double sigma = Math.sqrt(Math.log1p(1.5 * 1.5));
        double mu = Math.log(0.008) - 0.5 * sigma * sigma;
        for (int k = 0; k < 1000; k++) {
            assertEquals(Math.exp(mu + sigma * gb.sample()), draw(ln, ga, ea, null));
            assertEquals(2 * eb.sample(), draw(ex, ga, ea, null));
            assertEquals(0.003, draw(co, ga, ea, null));
            assertEquals(0, draw(WorkDistribution.lognormal(0, 2), ga, ea, null), "a zero mean draws nothing");
            assertEquals(0.004, draw(WorkDistribution.gamma(0.004, 0), ga, ea, null), "a zero cv draws nothing");
        }
        assertEquals(b.nextLong(), a.nextLong(), "both streams advanced by the same draws");
    }

    /** A gamma draws only from its private stream, however many rejections it makes. */
    @Test
    void gammaDrawsOnlyFromItsOwnStream() {
        ContinuousSampler forbidden = () -> {
            throw new AssertionError("a gamma drew from the tenant's shared samplers");
        };
        WorkDistribution g = WorkDistribution.gamma(0.003, 2);
        assertTrue(g.needsPrivateStream());
        assertFalse(WorkDistribution.lognormal(0.003, 2).needsPrivateStream());
        WorkDistribution.PrivateStream own = new WorkDistribution.PrivateStream(RandomSource.XO_SHI_RO_256_PP.create(3L));
        double sum = 0;
        int n = 200_000;
        for (int k = 0; k < n; k++) {
            double x = draw(g, forbidden, forbidden, own);
            assertTrue(x >= 0);
            sum += x;
        }
        assertEquals(0.003, sum / n, 4 * 0.003 * 2 / Math.sqrt(n));
    }

    private static double draw(WorkDistribution d, ContinuousSampler gaussian, ContinuousSampler exponential,
                               WorkDistribution.PrivateStream own) {
        return WorkDistribution.draw(d.drawCode(), d.drawScale(), d.drawA(), d.drawB(), gaussian, exponential, own);
    }
}
