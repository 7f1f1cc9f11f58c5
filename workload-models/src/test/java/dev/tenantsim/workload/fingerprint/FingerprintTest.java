package dev.tenantsim.workload.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.Residency;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import dev.tenantsim.workload.generator.GeneratorRegistry;
import dev.tenantsim.workload.generator.SignatureFactory;
import dev.tenantsim.workload.generator.WorkloadGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FingerprintTest {
    private static final int DAY = 1440;
    private static final GeneratorRegistry REG = GeneratorRegistry.standard();

    static TenantProfile tenant(String id, int index) {
        return new TenantProfile(id, index, "pro", 100, 0, "eu-west-1", Residency.ANY, BigDecimal.ONE, Optional.empty());
    }

    static Signature sig(long seed, int horizon, String id, Object... gens) {
        List<WorkloadGenerator> g = new ArrayList<>();
        for (int i = 0; i < gens.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, ?> p = (Map<String, ?>) gens[i + 1];
            g.add(REG.create((String) gens[i], p));
        }
        return SignatureFactory.builder(seed, horizon).generators(g).build().signature(tenant(id, 0));
    }

    @Test
    void handComputableMomentsOfTwoTenants() {
        // tenant 0: 1,3,1,3 ; tenant 1: 2,2,2,2 ; aggregate 3,5,3,5
        double[] block = {1, 3, 1, 3, 2, 2, 2, 2};
        FingerprintAccumulator acc = new FingerprintAccumulator(2, 4, 0);
        acc.accept(0, 4, block);
        Fingerprint[] f = acc.finish();
        assertEquals(2.0, f[0].mean(), 1e-12);
        assertEquals(3.0, f[0].max(), 0);
        assertEquals(1.5, f[0].peakToMean(), 1e-12);
        assertEquals(0.5, f[0].cv(), 1e-12, "population sd 1 / mean 2");
        assertEquals(60 * 1.0 / 2.0, f[0].indexOfDispersion(), 1e-9, "Var(60x)/E(60x) = 60 var / mean");
        assertEquals(1.0, f[0].correlationWithAggregate(), 1e-12);
        assertEquals(0.0, f[1].correlationWithAggregate(), 0, "a constant is uncorrelated");
        assertEquals(0.0, f[0].correlationWithOthers(), 0, "the others are constant");
        assertEquals(0.5, f[0].shareOfAggregate(), 1e-12);
        assertEquals(0.0, f[1].cv(), 0);
        assertEquals(1.0, f[0].peakCoincidence(), 0, "the top-1% minute (one of 4) is one of tenant 0's peaks");
    }

    @Test
    void diurnalAmplitudeAndPeakHourAreRecovered() {
        Signature s = sig(1, 7 * DAY, "a", "constant", Map.of("rate", 4.0), "diurnal", Map.of("amplitude", 0.6, "peakHour", 14));
        Fingerprint f = Fingerprinter.compute(new Signature[] {s}, 7 * DAY, 0)[0];
        assertEquals(0.6, f.diurnalAmplitude(), 1e-9);
        assertEquals(14.0, f.diurnalPeakHour(), 1e-6);
        assertEquals(4.0, f.mean(), 1e-9);
        assertEquals(1.6, f.peakToMean(), 1e-9);
        // the horizon starting at 06:00 moves the clock: the peak stays at 14:00 clock time = 08:00 after start
        Fingerprint g = Fingerprinter.compute(new Signature[] {s}, 7 * DAY, 6 * 60)[0];
        assertEquals(20.0, g.diurnalPeakHour(), 1e-6);
    }

    @Test
    void percentilesAreWithinTheStatedRelativeError() {
        Signature s = sig(3, 7 * DAY, "a", "poisson", Map.of("rate", 3.0), "diurnal", Map.of(), "bursty", Map.of());
        double[] r = new double[7 * DAY];
        s.fillRates(0, r);
        Fingerprint f = Fingerprinter.compute(new Signature[] {s}, 7 * DAY, 0)[0];
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        for (double[] qv : new double[][] {{0.5, f.p50()}, {0.95, f.p95()}, {0.99, f.p99()}}) {
            double exact = sorted[(int) Math.ceil(qv[0] * sorted.length) - 1];
            assertEquals(exact, qv[1], 0.032 * exact, "p" + (int) (qv[0] * 100));
        }
        assertEquals(sorted[sorted.length - 1], f.max(), 0);
    }

    @Test
    void blockSizeDoesNotChangeTheFingerprint() {
        Signature[] sigs = {sig(3, 2 * DAY, "a", "poisson", Map.of("rate", 3.0), "bursty", Map.of()),
            sig(3, 2 * DAY, "b", "constant", Map.of("rate", 1.0), "diurnal", Map.of())};
        Fingerprint[] big = Fingerprinter.compute(sigs, 2 * DAY, 0);
        FingerprintAccumulator acc = new FingerprintAccumulator(2, 2 * DAY, 0);
        for (int from = 0; from < 2 * DAY; from += 7) {
            int len = Math.min(7, 2 * DAY - from);
            double[] block = new double[2 * len];
            sigs[0].fillRates(from, block, 0, len);
            sigs[1].fillRates(from, block, len, len);
            acc.accept(from, len, block);
        }
        Fingerprint[] small = acc.finish();
        for (int t = 0; t < 2; t++) {
            assertEquals(big[t].mean(), small[t].mean(), 1e-12 * big[t].mean());
            assertEquals(big[t].p95(), small[t].p95(), 0);
            assertEquals(big[t].correlationWithAggregate(), small[t].correlationWithAggregate(), 1e-9);
            assertEquals(big[t].peakCoincidence(), small[t].peakCoincidence(), 0);
            assertEquals(big[t].diurnalAmplitude(), small[t].diurnalAmplitude(), 1e-9);
        }
    }

    @Test
    void tenantsThatSpikeTogetherCoincideWithTheAggregatePeaksAndIndependentOnesDoNot() {
        int h = 14 * DAY;
        SignatureFactory ci = SignatureFactory.builder(9, h).generators(List.of(REG.create("poisson", Map.of("rate", 2.0)),
                REG.create("ci-bursts", Map.of("groups", 1, "multiplier", 8, "burstsPerDay", 3)))).build();
        SignatureFactory calm = SignatureFactory.builder(9, h).generators(List.of(REG.create("poisson", Map.of("rate", 2.0)))).build();
        int n = 40;
        Signature[] sigs = new Signature[n];
        for (int i = 0; i < n; i++) {
            sigs[i] = i < 20 ? ci.signature(tenant("ci" + i, i)) : calm.signature(tenant("calm" + i, i));
        }
        Fingerprint[] f = Fingerprinter.compute(sigs, h, 0);
        double ciCoincidence = 0;
        double calmCoincidence = 0;
        for (int i = 0; i < n; i++) {
            if (i < 20) {
                ciCoincidence += f[i].peakCoincidence() / 20;
                assertTrue(f[i].correlationWithOthers() > 0.5, "ci tenant r = " + f[i].correlationWithOthers());
            } else {
                calmCoincidence += f[i].peakCoincidence() / 20;
                assertTrue(Math.abs(f[i].correlationWithOthers()) < 4 / Math.sqrt(h), "calm r = " + f[i].correlationWithOthers());
            }
        }
        assertTrue(ciCoincidence > 0.9, "CI tenants peak with the platform: " + ciCoincidence);
        // independent Poisson tenants: P(at or above own p95 bin) is 5–15% (integer counts share bins)
        assertTrue(calmCoincidence < 0.2, "independent tenants: " + calmCoincidence);
    }

    @Test
    void blocksOutOfOrderAreRejected() {
        FingerprintAccumulator acc = new FingerprintAccumulator(1, 10, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> acc.accept(5, 2, new double[2]));
        assertEquals("block starts at minute 5; expected 0", e.getMessage());
        assertThrows(IllegalStateException.class, acc::finish);
    }
}
