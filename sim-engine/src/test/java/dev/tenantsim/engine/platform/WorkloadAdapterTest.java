package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.PopulationGenerator;
import dev.tenantsim.workload.PopulationSpec;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.generator.GeneratorRegistry;
import dev.tenantsim.workload.generator.SignatureFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WorkloadAdapterTest {

    @Test
    void aGeneratedPopulationRunsWithItsRatesTiersAndSlos() {
        Population pop = new PopulationGenerator(PopulationSpec.builder(200).build()).generate(7);
        SignatureFactory f = SignatureFactory.builder(7, 30)
                .generators(List.of(GeneratorRegistry.standard().create("poisson"))).build();
        Signature[] sigs = f.signatures(pop);
        List<TenantLoad> tenants = WorkloadAdapter.tenants(pop, sigs, 5, 10);
        int[] tiers = WorkloadAdapter.tiers(pop);
        SloPolicy slo = WorkloadAdapter.slos(pop);
        double expected = 0;
        for (int i = 0; i < tenants.size(); i++) {
            assertEquals(pop.get(i).id(), tenants.get(i).id());
            assertEquals(pop.tierOf(pop.get(i)).name(), pop.tiers().get(tiers[i]).name());
            assertEquals(pop.tierOf(pop.get(i)).slo().p99Seconds(), slo.p99Objective(i), 0);
            for (int m = 0; m < 10; m++) {
                assertEquals(sigs[i].rate(5 + m), tenants.get(i).rate().at(m), 1e-9 * sigs[i].rate(5 + m));
                expected += 60 * sigs[i].rate(5 + m);
            }
        }
        StackSpec stack = new StackSpec("pooled", new StackSpec.AppTier(64, 10_000),
                new StackSpec.Database(3_000, 64, 200_000, 64), new StackSpec.WorkerPool(8, "drr"));
        Results r = PlatformSimulator.run(new PlatformScenario(tenants, Topology.pooled(stack, tenants.size()),
                Controls.none(tenants.size()), slo, 600), RandomStreams.of(7));
        long offered = r.tenants().stream().mapToLong(TenantResult::offered).sum();
        System.out.printf("workload adapter: %d requests offered, %.0f expected from the signatures%n", offered, expected);
        // Poisson: the count is within 5 standard deviations of its mean.
        assertTrue(Math.abs(offered - expected) < 5 * Math.sqrt(expected), "offered " + offered + " vs " + expected);
    }
}
