package dev.tenantsim.report.section;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.WindowResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The share of tenants breaching over time (a chart), and how they fared in each named window. */
final class BlastRadiusSection implements ReportSection {
    private static final String CHART = "blast";

    @Override
    public String name() {
        return "blastRadius";
    }

    @Override
    public String description() {
        return "share of tenants breaching over time";
    }

    @Override
    public void drawCharts(RunOutcome o, ChartRenderer charts, Path dir, Map<String, String> drawn) throws IOException {
        charts.blastRadius(o, dir).ifPresent(f -> drawn.put(CHART, f));
    }

    @Override
    public void render(Html h, ReportPage page) {
        RunOutcome o = page.outcome();
        Blocks.chart(h, page.charts(), CHART, "Blast radius over time", "The share of tenants breaching their objective, minute by minute.");
        if (!o.windows().isEmpty()) {
            h.table(new String[] {"window", "from", "to", "tenants breaching", "share of tenants", "share of revenue"},
                    o.windows().stream().map(w -> row(w, o.info().horizonStart())).toList());
        }
    }

    private static String[] row(WindowResult w, String horizonStart) {
        return new String[] {w.label(), Formats.moment(horizonStart, w.fromSeconds()), Formats.moment(horizonStart, w.toSeconds()),
                w.tenantsBreaching() + " of " + w.tenantsConsidered(), Formats.percent(w.shareOfTenants()),
                Formats.percent(w.shareOfRevenue())};
    }
}
