package dev.tenantsim.workload.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.CounterHash;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hashed Poisson sampler against the Poisson law. */
final class HashedPoissonTest {
    private static final int N = 200_000;

    private static long[] draws(double mean) {
        long key = CounterHash.key(1, 2, Double.doubleToLongBits(mean));
        long[] out = new long[N];
        for (int i = 0; i < N; i++) {
            out[i] = HashedPoisson.sample(mean, CounterHash.at(key, i));
        }
        return out;
    }

    @ParameterizedTest(name = "mean {0}")
    @ValueSource(doubles = {0.02, 0.3, 2.5, 7.77, 11.99})
    void aliasTablesPassAChiSquareTestAgainstThePoissonPmf(double mean) {
        long[] x = draws(mean);
        PoissonDistribution pd = new PoissonDistribution(null, mean, 1e-12, 10_000);
        int maxK = 0;
        while (N * (1 - pd.cumulativeProbability(maxK)) >= 5) {
            maxK++;
        }
        long[] observed = new long[maxK + 1];
        for (long v : x) {
            observed[(int) Math.min(v, maxK)]++;
        }
        double chi2 = 0;
        for (int k = 0; k <= maxK; k++) {
            double e = k < maxK ? N * pd.probability(k) : N * (1 - pd.cumulativeProbability(maxK - 1));
            chi2 += (observed[k] - e) * (observed[k] - e) / e;
        }
        int df = Math.max(1, maxK);
        double critical = new ChiSquaredDistribution(null, df).inverseCumulativeProbability(0.999);
        assertTrue(chi2 < critical, "chi2 " + chi2 + " >= " + critical + " (df " + df + ")");
    }

    @ParameterizedTest(name = "mean {0}")
    @ValueSource(doubles = {12.0, 40.0, 300.0, 5000.0})
    void cornishFisherDrawsHaveThePoissonMeanVarianceAndSkewness(double mean) {
        long[] x = draws(mean);
        double s = 0;
        for (long v : x) {
            s += v;
        }
        double m = s / N;
        double m2 = 0;
        double m3 = 0;
        for (long v : x) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= N;
        m3 /= N;
        assertEquals(mean, m, 4 * Math.sqrt(mean / N));
        assertEquals(1.0, m2 / mean, 0.015, "variance / mean");
        double skew = m3 / Math.pow(m2, 1.5);
        assertEquals(1 / Math.sqrt(mean), skew, 0.03, "skewness");
    }
}
