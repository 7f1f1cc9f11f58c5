package dev.tenantsim.workload.fingerprint;

import static dev.tenantsim.workload.fingerprint.FingerprintTest.sig;
import static dev.tenantsim.workload.fingerprint.FingerprintTest.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.Tier;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FingerprintClassifierTest {
    private static final int H = 7 * 1440;

    /** 100 small steady tenants, one diurnal, one bursty, one heavy. */
    private static Fingerprint[] mixed() {
        List<Signature> s = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            s.add(sig(1, H, "steady" + i, "poisson", Map.of("rate", 0.1)));
        }
        s.add(sig(1, H, "diurnal", "poisson", Map.of("rate", 0.1), "diurnal", Map.of("amplitude", 0.7)));
        s.add(sig(1, H, "spiky", "poisson", Map.of("rate", 0.1), "bursty", Map.of("multiplier", 10)));
        s.add(sig(1, H, "heavy", "poisson", Map.of("rate", 5.0)));
        return Fingerprinter.compute(s.toArray(new Signature[0]), H, 0);
    }

    @Test
    void defaultThresholdsPutEachShapeInItsBucket() {
        Fingerprint[] f = mixed();
        FingerprintClassifier c = FingerprintClassifier.DEFAULT;
        for (int i = 0; i < 100; i++) {
            assertEquals(TenantClass.STEADY, c.classify(f[i]), "steady" + i + " " + f[i]);
        }
        assertEquals(TenantClass.DIURNAL, c.classify(f[100]), f[100].toString());
        assertEquals(TenantClass.SPIKY, c.classify(f[101]), f[101].toString());
        assertEquals(TenantClass.HEAVY, c.classify(f[102]), f[102].toString());
        assertEquals(1.0, f[0].indexOfDispersion(), 0.1, "Poisson tenant: dispersion 1 (±0.1, n = 10,080)");
        assertTrue(f[100].indexOfDispersion() > 2, "the daily cycle inflates raw dispersion");
        assertEquals(1.0, f[100].dispersionBeyondDiurnal(), 0.1, "... but not what is left beyond it");
    }

    @Test
    void thresholdsAreTheUsers() {
        Fingerprint[] f = mixed();
        FingerprintClassifier strictHeavy = new FingerprintClassifier(0.5, 3, 2, 0.3);
        assertEquals(TenantClass.STEADY, strictHeavy.classify(f[102]));
        FingerprintClassifier lazyDiurnal = new FingerprintClassifier(0.01, 3, 2, 0.9);
        assertEquals(TenantClass.STEADY, lazyDiurnal.classify(f[100]));
        assertEquals("classifier.heavyShare (NaN) must be a positive number",
                assertThrows(IllegalArgumentException.class, () -> new FingerprintClassifier(Double.NaN, 3, 2, 0.3)).getMessage());
    }

    @Test
    void csvUsesLocaleRootWhateverTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            FingerprintAccumulator acc = new FingerprintAccumulator(2, 4, 0);
            acc.accept(0, 4, new double[] {1, 3, 1, 3, 2, 2, 2, 2});
            Population p = new Population(List.of(tenant("a,b", 0), tenant("c", 1)), Tier.defaults());
            StringWriter w = new StringWriter();
            new FingerprintCsvWriter(FingerprintClassifier.DEFAULT).write(p, acc.finish(), w);
            String[] lines = w.toString().split("\n");
            assertEquals(FingerprintCsvWriter.HEADER, lines[0]);
            assertTrue(lines[1].startsWith("\"a,b\",0,heavy,2.00000,"), lines[1]);
            assertEquals(18, lines[2].split(",").length);
        } finally {
            Locale.setDefault(before);
        }
    }
}
