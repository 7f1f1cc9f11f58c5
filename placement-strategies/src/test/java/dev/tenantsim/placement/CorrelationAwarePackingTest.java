package dev.tenantsim.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.fluid.SloTarget;
import dev.tenantsim.placement.evaluation.FluidPlacementEvaluator;
import dev.tenantsim.placement.evaluation.PlacementEvaluation;
import dev.tenantsim.placement.evaluation.PlacementEvaluator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "What it must show" 2: a fifth of the tenants are spiky and peak in the same hour. Correlation-aware
 * packing meets the SLO with fewer cells than first-fit decreasing by mean, and at the same cell
 * count has a lower worst-cell peak than hash placement (and than first-fit decreasing by mean).
 */
final class CorrelationAwarePackingTest {
    private static final ResourceVector CELL = new ResourceVector(32, 100_000, 2_000, 10_000);
    private static final double RISK = 0.85;
    private static final int POOL = 60;

    private final List<TenantDemand> tenants = Populations.spikyFifth(20250317L);
    private final PlacementEvaluator series = new PlacementEvaluator(RISK);
    private final FluidPlacementEvaluator fluid =
            new FluidPlacementEvaluator(0.05, tier -> new SloTarget(0.35, 0.01), 1.0, 1.0, 1);

    private PlacementProblem problem(int cells, double cpuHeadroom) {
        return new PlacementProblem(tenants, Populations.sharedCells(cells, CELL, cpuHeadroom, 200), TierRules.standard());
    }

    private static String row(String label, PlacementEvaluation e, PlacementEvaluation f) {
        return String.format(Locale.ROOT, "%-44s cells %3d  worst-cell peak %6.1f%%  at SLO risk (peak>%.0f%%) %3d"
                        + "  fluid SLO-violating tenants %3d  stranded cpu %6.1f cores",
                label, e.cellsUsed(), 100 * e.worstPeakUtilization(), 100 * RISK, e.tenantsAtSloRisk(),
                f.tenantsAtSloRisk(), e.strandedCapacity(ResourceVector.CPU));
    }

    @Test
    void correlationAwarePackingNeedsFewerCellsForTheSameSloAndHasTheLowestPeakAtEqualCells() {
        PlacementProblem pool = problem(POOL, 0.2);
        PlacementOptions byMean = PlacementOptions.defaults().withBasis(LoadBasis.MEAN);

        Assignment corr = PlacementStrategies.create("correlation-aware", byMean).place(pool).requireComplete();
        PlacementEvaluation corrE = series.evaluate(pool, corr);
        PlacementEvaluation corrF = fluid.evaluate(pool, corr);
        int k = corrE.cellsUsed();
        System.out.println(row("correlation-aware (20% headroom)", corrE, corrF));
        assertEquals(0, corrE.tenantsAtSloRisk(), "correlation-aware meets the SLO");
        assertEquals(0, corrF.tenantsAtSloRisk(), "and the fluid pass agrees");

        Assignment ffdPeak = PlacementStrategies.create("first-fit-decreasing", PlacementOptions.defaults())
                .place(pool).requireComplete();
        System.out.println(row("first-fit-decreasing by peak (20% headroom)", series.evaluate(pool, ffdPeak),
                fluid.evaluate(pool, ffdPeak)));

        // first-fit decreasing by mean at the same headroom: fewer cells, but the spikes overload a cell
        Assignment ffd = PlacementStrategies.create("first-fit-decreasing", byMean).place(pool).requireComplete();
        PlacementEvaluation ffdE = series.evaluate(pool, ffd);
        System.out.println(row("first-fit-decreasing by mean (20% headroom)", ffdE, fluid.evaluate(pool, ffd)));
        assertTrue(ffdE.tenantsAtSloRisk() > 0, "by mean, the co-peaking spikes break the SLO");

        // raise its headroom until it meets the SLO too: it then needs more cells than correlation-aware
        int ffdCellsForSlo = Integer.MAX_VALUE;
        for (int h = 25; h <= 90; h += 5) {
            PlacementProblem p = problem(3 * POOL, h / 100.0);
            Assignment a = PlacementStrategies.create("first-fit-decreasing", byMean).place(p);
            if (!a.isComplete()) {
                continue;
            }
            PlacementEvaluation e = series.evaluate(p, a);
            PlacementEvaluation f = fluid.evaluate(p, a);
            if (e.tenantsAtSloRisk() == 0 && f.tenantsAtSloRisk() == 0) {
                System.out.println(row("first-fit-decreasing by mean (" + h + "% headroom)", e, f));
                ffdCellsForSlo = e.cellsUsed();
                break;
            }
        }
        if (ffdCellsForSlo == Integer.MAX_VALUE) {
            System.out.println("first-fit-decreasing by mean never meets the SLO up to 90% headroom");
        }
        assertTrue(k < ffdCellsForSlo, "correlation-aware meets the SLO with " + k + " cells, first-fit by mean needs "
                + ffdCellsForSlo);

        // the same number of cells for everyone: hash (as platforms do today) and FFD by mean
        PlacementProblem same = problem(k, 0.0);
        Assignment hash = PlacementStrategies.create("hash", byMean).place(same).requireComplete();
        PlacementEvaluation hashE = series.evaluate(same, hash);
        System.out.println(row("hash over the same " + k + " cells", hashE, fluid.evaluate(same, hash)));
        Assignment ffdSame = PlacementStrategies.create("first-fit-decreasing", byMean).place(same).requireComplete();
        PlacementEvaluation ffdSameE = series.evaluate(same, ffdSame);
        System.out.println(row("first-fit-decreasing by mean, given " + k + " cells", ffdSameE, fluid.evaluate(same, ffdSame)));
        assertTrue(corrE.worstPeakUtilization() < hashE.worstPeakUtilization(),
                "worst-cell peak: correlation-aware " + corrE.worstPeakUtilization() + " < hash " + hashE.worstPeakUtilization());
        assertTrue(corrE.worstPeakUtilization() < ffdSameE.worstPeakUtilization(),
                "worst-cell peak: correlation-aware < first-fit decreasing by mean");
    }
}
