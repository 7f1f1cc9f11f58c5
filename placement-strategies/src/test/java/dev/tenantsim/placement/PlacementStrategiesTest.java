package dev.tenantsim.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.placement.evaluation.PlacementEvaluation;
import dev.tenantsim.placement.evaluation.PlacementEvaluator;
import dev.tenantsim.placement.spread.HashStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class PlacementStrategiesTest {

    @Test
    void registryListsEveryStrategyAndRejectsAnUnknownNameWithTheValidOnes() {
        assertEquals(List.of("round-robin", "random", "hash", "first-fit-decreasing", "best-fit-decreasing",
                "spiky-aware", "correlation-aware"), new ArrayList<>(PlacementStrategies.names()));
        for (String name : PlacementStrategies.names()) {
            assertEquals(name, PlacementStrategies.create(name, null).name());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlacementStrategies.create("worst-fit", PlacementOptions.defaults()));
        assertEquals("placement.strategy (worst-fit) must be one of round-robin, random, hash, first-fit-decreasing, "
                + "best-fit-decreasing, spiky-aware, correlation-aware", e.getMessage());
    }

    @Test
    void everyNameResolvesAndEveryStrategyDescribesItself() {
        for (String name : PlacementStrategies.names()) {
            assertEquals(name, PlacementStrategies.named(name).name());
        }
        assertEquals(List.copyOf(PlacementStrategies.names()), List.copyOf(PlacementStrategies.describe().keySet()));
        PlacementStrategies.describe().forEach((name, text) -> assertFalse(text.isBlank(), name + " needs a description"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlacementStrategies.named("worst-fit"));
        assertEquals("placement.strategy (worst-fit) must be one of " + String.join(", ", PlacementStrategies.names()),
                e.getMessage());
    }

    @Test
    void roundRobinDealsTenantsInTurnAndHashIsStableAcrossPopulations() {
        List<TenantDemand> ts = new ArrayList<>();
        for (int t = 0; t < 7; t++) {
            ts.add(Populations.tenant("t" + t, t, "free", Populations.EU, Set.of(), 0.1, 0, 0, 1, 0, 10, 1, 1, 0));
        }
        List<CellSpec> cells = Populations.sharedCells(3, new ResourceVector(16, 10_000, 100, 1000), 0.2, 10);
        PlacementProblem p = new PlacementProblem(ts, cells, TierRules.standard());
        assertEquals(List.of(0, 1, 2, 0, 1, 2, 0), boxed(PlacementStrategies.create("round-robin", null).place(p).cells()));
        Assignment hash = PlacementStrategies.create("hash", null).place(p);
        PlacementProblem fewer = new PlacementProblem(ts.subList(0, 4), cells, TierRules.standard());
        Assignment hashFewer = PlacementStrategies.create("hash", null).place(fewer);
        for (int t = 0; t < 4; t++) {
            assertEquals(HashStrategy.shardOf(ts.get(t), 3), hash.cellOf(t), "tenant goes to its hashed shard");
            assertEquals(hash.cellOf(t), hashFewer.cellOf(t), "a tenant's shard does not depend on the others");
        }
    }

    @Test
    void randomPlacementIsReproducibleBySeedAndDiffersAcrossSeeds() {
        PlacementProblem p = new PlacementProblem(Populations.spikyFifth(3),
                Populations.sharedCells(30, new ResourceVector(32, 100_000, 2_000, 10_000), 0.2, 200), TierRules.standard());
        int[] a = PlacementStrategies.create("random", PlacementOptions.defaults().withSeed(1)).place(p).cells();
        int[] b = PlacementStrategies.create("random", PlacementOptions.defaults().withSeed(1)).place(p).cells();
        int[] c = PlacementStrategies.create("random", PlacementOptions.defaults().withSeed(2)).place(p).cells();
        assertEquals(boxed(a), boxed(b));
        assertTrue(!boxed(a).equals(boxed(c)), "another seed gives another placement");
    }

    @Test
    void spikyAwareSpreadsTheCoPeakingTenantsThatFirstFitDecreasingByMeanPilesUp() {
        PlacementProblem p = new PlacementProblem(Populations.spikyFifth(20250317L),
                Populations.sharedCells(60, new ResourceVector(32, 100_000, 2_000, 10_000), 0.2, 200), TierRules.standard());
        PlacementEvaluator eval = new PlacementEvaluator(0.85);
        PlacementOptions byMean = PlacementOptions.defaults().withBasis(LoadBasis.MEAN);
        PlacementEvaluation ffd = eval.evaluate(p, PlacementStrategies.create("first-fit-decreasing", byMean).place(p));
        PlacementEvaluation ffdPeak = eval.evaluate(p,
                PlacementStrategies.create("first-fit-decreasing", PlacementOptions.defaults()).place(p));
        PlacementEvaluation spiky = eval.evaluate(p, PlacementStrategies.create("spiky-aware", byMean).place(p));
        System.out.printf("first-fit-decreasing by mean %d cells, worst summed peak %.1f%%; by peak %d cells, %.1f%%; "
                        + "spiky-aware by mean %d cells, %.1f%%%n", ffd.cellsUsed(), 100 * ffd.worstPeakUtilization(),
                ffdPeak.cellsUsed(), 100 * ffdPeak.worstPeakUtilization(), spiky.cellsUsed(),
                100 * spiky.worstPeakUtilization());
        assertTrue(spiky.worstPeakUtilization() < 0.5 * ffd.worstPeakUtilization(), "the spikes are spread out");
        assertTrue(spiky.cellsUsed() < ffdPeak.cellsUsed(), "and it needs fewer cells than planning every tenant by peak");
    }

    private static List<Integer> boxed(int[] v) {
        List<Integer> l = new ArrayList<>();
        for (int x : v) {
            l.add(x);
        }
        return l;
    }
}
