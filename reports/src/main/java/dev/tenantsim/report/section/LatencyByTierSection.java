package dev.tenantsim.report.section;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.SloBudgetWords;
import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.SloBudgetResult;
import dev.tenantsim.report.model.TierResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Latency percentiles per tier against the tier's objective: a chart and a table; then each tier's error budget. */
final class LatencyByTierSection implements ReportSection {
    private static final String CHART = "latency";

    @Override
    public String name() {
        return "latencyByTier";
    }

    @Override
    public String description() {
        return "latency percentiles per tier, and each tier's SLO error budget and burn rate";
    }

    @Override
    public void drawCharts(RunOutcome o, ChartRenderer charts, Path dir, Map<String, String> drawn) throws IOException {
        charts.latencyByTier(o, dir).ifPresent(f -> drawn.put(CHART, f));
    }

    @Override
    public void render(Html h, ReportPage page) {
        Blocks.chart(h, page.charts(), CHART, "Latency per tier",
                "How long requests took, per tier, next to the tier's p99 objective. Bars above the objective mean the tier missed its SLO.");
        h.table(new String[] {"tier", "tenants", "p50", "p95", "p99", "p99 objective", "tenants breaching", "error rate",
                        "errors by cause (per replication)"},
                page.outcome().tiers().stream().map(LatencyByTierSection::row).toList());
        List<TierResult> budgeted = page.outcome().tiers().stream().filter(t -> t.sloBudget() != null).toList();
        if (!budgeted.isEmpty()) {
            h.el("p", "Error budget per tier: the share of bad slices (timeslices) or bad requests (occurrences) the SLO's "
                    + "target allows over its window, how much of it the run left, and the burn rate (1 spends exactly the "
                    + "budget over the window).");
            h.table(new String[] {"tier", "SLO", "method", "error budget", "burn rate", "in plain words"},
                    budgeted.stream().map(LatencyByTierSection::budgetRow).toList());
        }
    }

    private static String[] budgetRow(TierResult t) {
        SloBudgetResult b = t.sloBudget();
        return new String[] {t.tier(), SloBudgetWords.objective(t), b.method(), SloBudgetWords.left(b),
                SloBudgetWords.burnRate(b), SloBudgetWords.meaning(b)};
    }

    private static String[] row(TierResult t) {
        return new String[] {t.tier(), Integer.toString(t.tenants()), Formats.millis(t.latency().p50Ms()),
                Formats.millis(t.latency().p95Ms()), Formats.millis(t.latency().p99Ms()), Formats.millis(t.sloP99Ms()),
                t.tenantsBreaching() + " of " + t.tenants(), Formats.percent(t.errorRate()), causes(t.errorsByCause())};
    }

    /** "pool-timeout 1,248; rate-limited 12" or "none". */
    static String causes(Map<String, Double> byCause) {
        if (byCause.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        byCause.forEach((cause, n) -> parts.add(cause + " " + String.format(Locale.ROOT, "%,.0f", n)));
        return String.join("; ", parts);
    }
}
