package dev.tenantsim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PopulationGeneratorTest {
    private static final int N = 12_000;
    private final Population pop = new PopulationGenerator(PopulationSpec.builder(N).build()).generate(42);

    @Test
    void tierCountsFollowTheMixExactly() {
        assertEquals(N, pop.size());
        assertEquals(11_400, count("free"));
        assertEquals(480, count("pro"));
        assertEquals(120, count("enterprise"));
    }

    @Test
    void usersHitTheUsersAverageAndLargest() {
        double mean = pop.tenants().stream().mapToLong(TenantProfile::users).average().orElseThrow();
        long max = pop.tenants().stream().mapToLong(TenantProfile::users).max().orElseThrow();
        assertEquals(120, mean, 0.5, "mean users (rounding to integers moves it by < 0.5)");
        assertEquals(50_000, max);
        long median = sortedUsers()[N / 2];
        assertTrue(median < 60, "heavy tail: median (" + median + ") well below the mean");
    }

    @Test
    void dataSizeHitsItsAverageAndLargest() {
        double mean = pop.tenants().stream().mapToLong(TenantProfile::dataBytes).average().orElseThrow();
        long max = pop.tenants().stream().mapToLong(TenantProfile::dataBytes).max().orElseThrow();
        assertEquals(12e9, mean, 12e9 * 1e-6);
        assertEquals(2_800_000_000_000L, max);
    }

    @Test
    void enterpriseTenantsAreMostlyTheLargest() {
        double ent = median("enterprise");
        double free = median("free");
        assertTrue(ent > 10 * free, "enterprise median users " + ent + " vs free " + free);
    }

    @Test
    void regionsFollowTheMixWithinFourSigmaAndResidencyIsHonoured() {
        long us = pop.tenants().stream().filter(t -> t.region().equals("us-east-1")).count();
        double sd = Math.sqrt(N * 0.55 * 0.45);
        assertEquals(0.55 * N, us, 4 * sd);
        long euOnly = pop.tenants().stream().filter(t -> t.residency().equals(Residency.EU_ONLY)).count();
        long eu = pop.tenants().stream().filter(t -> t.region().startsWith("eu-")).count();
        assertEquals(0.5 * eu, euOnly, 4 * Math.sqrt(eu * 0.25));
        assertTrue(pop.tenants().stream().allMatch(t -> t.residency().allows(t.region())));
        assertTrue(pop.tenants().stream().filter(t -> t.region().startsWith("us")).noneMatch(t -> t.residency().isConstrained()));
    }

    @Test
    void revenueIsTheTierFeeUnlessOverridden() {
        assertEquals(new BigDecimal("47000"), pop.tenants().stream().filter(t -> t.tier().equals("enterprise"))
                .findFirst().orElseThrow().monthlyRevenue());
        Population p = new PopulationGenerator(PopulationSpec.builder(100)
                .revenueOverride(java.util.Map.of("pro", new BigDecimal("399.99"))).build()).generate(1);
        assertTrue(p.tenants().stream().filter(t -> t.tier().equals("pro"))
                .allMatch(t -> t.monthlyRevenue().equals(new BigDecimal("399.99"))));
    }

    @Test
    void sameSeedGivesTheSamePopulationAndAnotherSeedDoesNot() {
        PopulationGenerator g = new PopulationGenerator(PopulationSpec.builder(500).build());
        assertEquals(g.generate(7), g.generate(7));
        assertNotEquals(g.generate(7), g.generate(8));
    }

    @Test
    void badMixIsRejectedWithItsPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PopulationSpec.builder(10)
                .tierMix(PopulationSpec.ordered("free", 0.9, "pro", 0.2)).build());
        assertTrue(e.getMessage().contains("tenants.generate.mix"), e.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> new SizeSpec(Double.NaN, 5));
        assertTrue(nan.getMessage().startsWith("mean (NaN)"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PopulationSpec.builder(10)
                .tierMix(PopulationSpec.ordered("gold", 1.0)).build());
    }

    @Test
    void calibrationPutsTheExpectedLargestNearMax() {
        LognormalCalibration c = LognormalCalibration.of(new SizeSpec(120, 50_000), N);
        assertEquals(Math.log(120), c.mu() + c.sigma() * c.sigma() / 2, 1e-9);
        double z = 3.7636; // Φ⁻¹(1 − 1/12001)
        assertEquals(Math.log(50_000), c.mu() + c.sigma() * z, 0.01);
    }

    private long count(String tier) {
        return pop.tenants().stream().filter(t -> t.tier().equals(tier)).count();
    }

    private long[] sortedUsers() {
        long[] u = pop.tenants().stream().mapToLong(TenantProfile::users).toArray();
        Arrays.sort(u);
        return u;
    }

    private double median(String tier) {
        List<Long> u = pop.tenants().stream().filter(t -> t.tier().equals(tier)).map(TenantProfile::users).sorted().toList();
        return u.get(u.size() / 2);
    }
}
