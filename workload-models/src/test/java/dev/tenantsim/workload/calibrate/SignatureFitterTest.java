package dev.tenantsim.workload.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import dev.tenantsim.workload.Tier;
import dev.tenantsim.workload.generator.GeneratorRegistry;
import dev.tenantsim.workload.generator.SignatureFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SignatureFitterTest {
    private static final int WEEK = 7 * 1440;

    /** Two weeks of a tenant made by the scenario's own generators with known parameters. */
    private static double[] generated(double weekend, double amplitude, double peakHour, Map<String, ?> bursty) {
        GeneratorRegistry r = GeneratorRegistry.standard();
        SignatureFactory f = SignatureFactory.builder(7, 2 * WEEK)
                .start(Instant.parse("2025-01-06T00:00:00Z"))
                .requestsPerUserPerMinute(60)
                .generators(List.of(r.create("constant"),
                        r.create("weekly", Map.of("weekendLevel", weekend, "mondayPeak", 1.0)),
                        r.create("diurnal", Map.of("amplitude", amplitude, "peakHour", peakHour)),
                        r.create("bursty", bursty)))
                .build();
        Signature s = f.signature(new TenantProfile("t", 0, "pro", 10, 0, "any", dev.tenantsim.workload.Residency.ANY,
                Tier.PRO.monthlyFee(), java.util.Optional.empty()));
        double[] out = new double[2 * WEEK];
        s.fillRates(0, out);
        return out;
    }

    @Test
    void theGeneratorsOwnParametersAreRecovered() {
        double[] x = generated(0.5, 0.4, 15, Map.of("multiplier", 4.0, "burstsPerDay", 6.0, "meanBurstMinutes", 20.0));
        TenantFit fit = SignatureFitter.fit("t", x, 0);
        double mean = Arrays.stream(x).average().orElseThrow();
        assertEquals(mean, fit.meanRate(), 1e-9 * mean);
        assertEquals(0.5, fit.weekendLevel(), 0.08, fit.toString());
        assertEquals(0.4, fit.diurnalAmplitude(), 0.05, fit.toString());
        assertEquals(15, fit.diurnalPeakHour(), 0.5, fit.toString());
        BurstFit b = fit.burst().orElseThrow(() -> new AssertionError("bursts not found: " + fit));
        assertEquals(4, b.multiplier(), 0.4, fit.toString());
        assertEquals(20, b.meanBurstMinutes(), 5, fit.toString());
        assertEquals(6, b.burstsPerDay(), 2, fit.toString());
    }

    @Test
    void aSmoothTenantGetsNoBurstsAndAFlatWeek() {
        double[] x = new double[2 * WEEK];
        for (int m = 0; m < x.length; m++) {
            x[m] = 10 * (1 + 0.3 * Math.cos(2 * Math.PI * (m % 1440 - 9 * 60) / 1440));
        }
        TenantFit fit = SignatureFitter.fit("smooth", x, 0);
        assertTrue(fit.burst().isEmpty(), fit.toString());
        assertEquals(1, fit.weekendLevel(), 1e-9);
        assertEquals(0.3, fit.diurnalAmplitude(), 1e-6);
        assertEquals(9, fit.diurnalPeakHour(), 1e-6);
    }

    @Test
    void minutesWithoutDataAreLeftOutNotCountedAsZero() {
        double[] x = new double[WEEK];
        Arrays.fill(x, 5);
        Arrays.fill(x, 0, 2000, Double.NaN);
        TenantFit fit = SignatureFitter.fit("gappy", x, 0);
        assertEquals(5, fit.meanRate(), 1e-12);
        assertEquals(WEEK - 2000, fit.minutesFitted());
    }

    @Test
    void aTenantWithLessThanTwoDaysIsNamed() {
        double[] x = new double[WEEK];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(x, 0, 1000, 3);
        CalibrationException e = assertThrows(CalibrationException.class, () -> SignatureFitter.fit("vm-7", x, 0));
        assertTrue(e.getMessage().contains("tenant vm-7 has 1000 minutes") && e.getMessage().contains("at least 2880"),
                e.getMessage());
    }

    @Test
    void localTimeFollowsTheRegionOffset() {
        // epoch 0 is Thursday 00:00 UTC: minute of week 3 × 1440; us-east-1 is 5 h behind
        assertEquals(3 * 1440, TraceCalibration.localMinuteOfWeek(0, null));
        assertEquals(3 * 1440 - 300, TraceCalibration.localMinuteOfWeek(0, "us-east-1"));
        assertEquals(3 * 1440, TraceCalibration.localMinuteOfWeek(0, "nowhere"));
    }
}
