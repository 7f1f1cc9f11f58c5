package dev.tenantsim.workload.generator;

import static dev.tenantsim.workload.generator.Fixtures.REGISTRY;
import static dev.tenantsim.workload.generator.Fixtures.factory;
import static dev.tenantsim.workload.generator.Fixtures.series;
import static dev.tenantsim.workload.generator.Fixtures.tenant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.PopulationGenerator;
import dev.tenantsim.workload.PopulationSpec;
import dev.tenantsim.workload.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contracts every generator honours: purity, batch = random access, independence from other tenants. */
final class SignatureContractTest {
    private static final int DAYS3 = 3 * 1440;

    static List<String> generatorNames() {
        return new ArrayList<>(REGISTRY.names());
    }

    private static SignatureFactory single(String name, long seed) {
        return factory(seed, DAYS3, "constant", Map.of("rate", 2.0), name, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatorNames")
    void batchFillAgreesWithRandomAccessAndWithAnyChunking(String name) {
        Signature s = single(name, 17).signature(tenant("acme"));
        double[] whole = series(s, DAYS3);
        double[] chunked = new double[DAYS3];
        for (int from = 0; from < DAYS3; from += 7) {
            s.fillRates(from, chunked, from, Math.min(7, DAYS3 - from));
        }
        assertArrayEquals(whole, chunked, 0);
        double[] backwards = new double[DAYS3];
        for (int from = (DAYS3 - 1) / 13 * 13; from >= 0; from -= 13) {
            s.fillRates(from, backwards, from, Math.min(13, DAYS3 - from));
        }
        assertArrayEquals(whole, backwards, 0, "batches in any order (caches of chain state must not leak)");
        for (int m = 0; m < DAYS3; m += 97) {
            assertEquals(whole[m], s.rate(m), 1e-12 * Math.max(1, whole[m]), name + " at minute " + m);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatorNames")
    void signatureIsAPureFunctionOfSeedAndTenant(String name) {
        double[] a = series(single(name, 17).signature(tenant("acme")), DAYS3);
        double[] b = series(single(name, 17).signature(tenant("acme", 99, "eu-west-1", 1200)), DAYS3);
        assertArrayEquals(a, b, 0, "the dense index does not enter the signature");
        assertEquals(single(name, 17).signature(tenant("acme")).jobs(0, DAYS3), single(name, 17).signature(tenant("acme")).jobs(0, DAYS3));
    }

    @Test
    void seedAndTenantChangeTheRandomParts() {
        SignatureFactory f = factory(17, DAYS3, "poisson", Map.of("rate", 1.0), "bursty", Map.of());
        double[] a = series(f.signature(tenant("acme")), DAYS3);
        assertFalse(java.util.Arrays.equals(a, series(f.signature(tenant("globex")), DAYS3)));
        SignatureFactory g = factory(18, DAYS3, "poisson", Map.of("rate", 1.0), "bursty", Map.of());
        assertFalse(java.util.Arrays.equals(a, series(g.signature(tenant("acme")), DAYS3)));
    }

    @Test
    void aTenantsSignatureDoesNotDependOnHowManyOtherTenantsExist() {
        Population small = new PopulationGenerator(PopulationSpec.builder(10).build()).generate(3);
        Population large = new PopulationGenerator(PopulationSpec.builder(3000).build()).generate(3);
        SignatureFactory f = factory(17, DAYS3, "poisson", Map.of(), "diurnal", Map.of("tzSpreadHours", 4),
                "weekly", Map.of(), "bursty", Map.of(), "ci-bursts", Map.of(), "growth", Map.of("share", 0.5),
                "heavy-tailed-jobs", Map.of());
        // same id, same users and region: same signature, whatever the population around it
        var t = large.get(2500);
        var twin = tenant(t.id(), 3, t.region(), t.users());
        Signature[] sigs = f.signatures(small);
        assertEquals(10, sigs.length);
        assertArrayEquals(series(f.signature(t), DAYS3), series(f.signature(twin), DAYS3), 0);
        assertEquals(f.signature(t).jobs(0, DAYS3), f.signature(twin).jobs(0, DAYS3));
    }

    @Test
    void unknownGeneratorNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REGISTRY.create("diurnl"));
        assertEquals("generator (diurnl) must be one of constant, poisson, diurnal, weekly, bursty, ci-bursts, "
                + "heavy-tailed-jobs, scheduled-job, growth", e.getMessage());
    }

    @Test
    void badParametersAreRejectedWithTheirPath() {
        IllegalArgumentException amp = assertThrows(IllegalArgumentException.class,
                () -> REGISTRY.create("diurnal", Map.of("amplitude", 1.5)));
        assertEquals("generators.diurnal.amplitude (1.5) must be in [0, 1]", amp.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> REGISTRY.create("growth", Map.of("factor", Double.NaN)));
        assertEquals("generators.growth.factor (NaN) must be a positive number", nan.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> REGISTRY.create("bursty", Map.of("multipler", 3)));
        assertTrue(unknown.getMessage().startsWith("generators.bursty.multipler is not a parameter"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("multiplier"));
    }

    @Test
    void registryCanBeExtendedWithoutTouchingIt() {
        GeneratorRegistry r = REGISTRY.with("flat-zero", "no traffic at all", p -> (ctx, b) -> b.baseRate(0));
        assertTrue(r.names().contains("flat-zero"));
        assertEquals(0.0, SignatureFactory.builder(1, 10).generators(List.of(r.create("flat-zero"))).build()
                .signature(tenant("a")).rate(5));
        assertThrows(IllegalArgumentException.class, () -> r.with("flat-zero", "again", p -> (ctx, b) -> { }));
    }
}
