package dev.tenantsim.workload.generator;

import static dev.tenantsim.workload.generator.Fixtures.factory;
import static dev.tenantsim.workload.generator.Fixtures.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.ArrivalBuffer;
import dev.tenantsim.workload.ArrivalMode;
import dev.tenantsim.workload.Arrivals;
import dev.tenantsim.workload.Signature;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

final class ArrivalsTest {
    @Test
    void intensityArrivalsMatchTheIntegratedRateAndAreExponentiallySpaced() {
        Signature s = factory(1, 1440, "constant", Map.of("rate", 3.0), "diurnal", Map.of()).signature(tenant("a"));
        assertEquals(ArrivalMode.INTENSITY, s.arrivalMode());
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(99L);
        ArrivalBuffer buf = new ArrivalBuffer();
        double t0 = 1234.5;
        double t1 = 1234.5 + 6 * 3600;
        long n = Arrivals.generate(s, t0, t1, rng, buf);
        double expected = 0;
        for (int m = (int) (t0 / 60); m < Math.ceil(t1 / 60); m++) {
            double lo = Math.max(m * 60.0, t0);
            double hi = Math.min(m * 60.0 + 60, t1);
            expected += s.rate(m) * (hi - lo);
        }
        assertEquals(n, buf.size());
        assertEquals(expected, n, 4 * Math.sqrt(expected));
        assertTrue(buf.get(0) >= t0 && buf.get(buf.size() - 1) < t1);
        for (int i = 1; i < buf.size(); i++) {
            assertTrue(buf.get(i) >= buf.get(i - 1), "arrivals increase");
        }
    }

    @Test
    void constantRateGapsHaveCoefficientOfVariationOne() {
        Signature s = factory(1, 1440, "constant", Map.of("rate", 10.0)).signature(tenant("a"));
        ArrivalBuffer buf = new ArrivalBuffer();
        Arrivals.generate(s, 0, 7200, RandomSource.XO_SHI_RO_256_PP.create(5L), buf);
        double[] t = buf.toArray();
        double sum = 0;
        double sq = 0;
        for (int i = 1; i < t.length; i++) {
            double g = t[i] - t[i - 1];
            sum += g;
            sq += g * g;
        }
        int k = t.length - 1;
        double mean = sum / k;
        double cv = Math.sqrt(sq / k - mean * mean) / mean;
        assertEquals(0.1, mean, 4 * 0.1 / Math.sqrt(k));
        assertEquals(1.0, cv, 0.05);
    }

    @Test
    void realisedCountsAreReproducedExactlyByTheRequestLevelPass() {
        Signature s = factory(1, 1440, "poisson", Map.of("rate", 0.7), "bursty", Map.of()).signature(tenant("a"));
        assertEquals(ArrivalMode.COUNTS, s.arrivalMode());
        ArrivalBuffer buf = new ArrivalBuffer(4);
        long n = Arrivals.generate(s, 600, 600 + 120 * 60, RandomSource.XO_SHI_RO_256_PP.create(1L), buf);
        long expected = 0;
        for (int m = 10; m < 130; m++) {
            expected += Math.round(s.rate(m) * 60);
        }
        assertEquals(expected, n, "whole minutes: the DES sees the fluid pass's counts");
    }

    @Test
    void badWindowIsRejected() {
        Signature s = factory(1, 10, "constant", Map.of("rate", 1.0)).signature(tenant("a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Arrivals.generate(s, 10, 5, RandomSource.XO_SHI_RO_256_PP.create(1L), t -> { }));
        assertTrue(e.getMessage().contains("window [10.0, 5.0)"), e.getMessage());
    }
}
