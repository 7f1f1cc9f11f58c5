package dev.tenantsim.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.placement.evaluation.PlacementEvaluation;
import dev.tenantsim.placement.evaluation.PlacementEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Correlation-aware packing on real demand: the 25 Azure VMs of the Azure Public Dataset V1
 * (CC-BY-4.0, Cortez et al., "Resource Central", SOSP 2017; ../shared/data/azure-v1-vm-cpu),
 * average CPU % every 5 minutes, first 7 days, taken as tenants of 4 cores each: the series is the
 * hourly maximum of the 5-minute averages. Cells of 8 cores with a 20% headroom target.
 */
final class AzureTraceCorrelationTest {
    private static final int DAYS = 7;
    private static final double VM_CORES = 4;

    static List<TenantDemand> azureTenants() throws IOException {
        return azureTenants(0);
    }

    /** Tenants from the 7 days starting at day {@code fromDay}. */
    static List<TenantDemand> azureTenants(int fromDay) throws IOException {
        Path file = Path.of(System.getProperty("tenantsim.data", "../../shared/data"), "azure-v1-vm-cpu",
                "azure_v1_avg_cpu_25vms_5min.csv");
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        int vms = header.length - 1;
        int hours = DAYS * 24;
        double[][] cpu = new double[vms][hours];
        double[] sum = new double[vms];
        int rows = hours * 12;
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(fromDay * 24 * 12 + r + 1).split(",");
            assertEquals(vms + 1, cells.length, "row " + (r + 2) + " of " + file);
            for (int v = 0; v < vms; v++) {
                double cores = Double.parseDouble(cells[v + 1]) / 100 * VM_CORES;
                cpu[v][r / 12] = Math.max(cpu[v][r / 12], cores);
                sum[v] += cores;
            }
        }
        List<TenantDemand> ts = new ArrayList<>();
        for (int v = 0; v < vms; v++) {
            double[] io = new double[hours];
            double[] conn = new double[hours];
            DemandSeries s = DemandSeries.of(60, cpu[v], io, conn);
            double mean = sum[v] / rows;
            ts.add(new TenantDemand("vm-" + header[v + 1], v, "pro", Populations.EU, Set.of(),
                    new ResourceVector(mean, 0, 0, 1), new ResourceVector(Math.max(s.max(0), mean), 0, 0, 1), s, 0));
        }
        return ts;
    }

    @Test
    void onRealAzureVmsCorrelationAwarePackingNeedsFewerCellsThanPeakPackingAndStaysWithinHeadroom() throws IOException {
        List<TenantDemand> ts = azureTenants();
        PlacementProblem p = new PlacementProblem(ts,
                Populations.sharedCells(25, new ResourceVector(8, 1000, 1000, 1000), 0.2, 100), TierRules.standard());
        PlacementEvaluator eval = new PlacementEvaluator(0.8 + 1e-9);
        PlacementOptions byMean = PlacementOptions.defaults().withBasis(LoadBasis.MEAN);
        PlacementEvaluation corr = eval.evaluate(p, PlacementStrategies.create("correlation-aware", byMean).place(p).requireComplete());
        PlacementEvaluation ffdPeak = eval.evaluate(p,
                PlacementStrategies.create("first-fit-decreasing", PlacementOptions.defaults()).place(p).requireComplete());
        PlacementEvaluation ffdMean = eval.evaluate(p,
                PlacementStrategies.create("first-fit-decreasing", byMean).place(p).requireComplete());
        PlacementProblem same = new PlacementProblem(ts,
                Populations.sharedCells(corr.cellsUsed(), new ResourceVector(8, 1000, 1000, 1000), 0.0, 100),
                TierRules.standard());
        PlacementEvaluation hash = eval.evaluate(same, PlacementStrategies.create("hash", byMean).place(same).requireComplete());
        String[] labels = {"correlation-aware", "first-fit-decreasing by peak", "first-fit-decreasing by mean",
            "hash over the same cells"};
        List<PlacementEvaluation> all = List.of(corr, ffdPeak, ffdMean, hash);
        for (int i = 0; i < labels.length; i++) {
            PlacementEvaluation e = all.get(i);
            System.out.printf(Locale.ROOT, "azure-v1 25 VMs, 7 days: %-30s cells %2d  worst summed hourly peak %5.1f%%"
                    + "  tenants on cells above 80%%: %2d%n", labels[i], e.cellsUsed(), 100 * e.worstPeakUtilization(),
                    e.tenantsAtSloRisk());
        }
        assertTrue(corr.worstPeakUtilization() <= 0.8 + 1e-9, "correlation-aware keeps every cell within its headroom");
        assertTrue(corr.cellsUsed() < ffdPeak.cellsUsed(), "with fewer cells than packing by the sum of peaks");
        assertTrue(ffdMean.worstPeakUtilization() > 1.0, "packing by mean overloads a cell at its peak hour");
        assertTrue(hash.worstPeakUtilization() > corr.worstPeakUtilization(), "hash on as many cells peaks higher");

        // out of sample: the same assignments judged on the next week
        PlacementProblem next = new PlacementProblem(azureTenants(DAYS), p.cells(), TierRules.standard());
        Assignment corrA = PlacementStrategies.create("correlation-aware", byMean).place(p);
        Assignment peakA = PlacementStrategies.create("first-fit-decreasing", PlacementOptions.defaults()).place(p);
        PlacementEvaluation corrNext = eval.evaluate(next, corrA);
        PlacementEvaluation peakNext = eval.evaluate(next, peakA);
        System.out.printf(Locale.ROOT, "azure-v1 next week, same assignments: correlation-aware worst peak %.1f%%, "
                + "first-fit-decreasing by peak %.1f%%%n", 100 * corrNext.worstPeakUtilization(),
                100 * peakNext.worstPeakUtilization());
        assertTrue(corrNext.worstPeakUtilization() < 1.0, "a week later no correlation-aware cell is saturated");
    }
}
