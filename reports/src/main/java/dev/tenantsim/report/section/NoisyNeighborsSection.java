package dev.tenantsim.report.section;

import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.RunOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The tenants ranked by their share of the capacity they share: a chart. */
final class NoisyNeighborsSection implements ReportSection {
    private static final String CHART = "noisy";

    @Override
    public String name() {
        return "noisyNeighbors";
    }

    @Override
    public String description() {
        return "who uses the shared capacity";
    }

    @Override
    public void drawCharts(RunOutcome o, ChartRenderer charts, Path dir, Map<String, String> drawn) throws IOException {
        charts.noisyNeighbors(o, dir).ifPresent(f -> drawn.put(CHART, f));
    }

    @Override
    public void render(Html h, ReportPage page) {
        Blocks.chart(h, page.charts(), CHART, "Noisy neighbors",
                "Which tenants use the most of the capacity they share with others. A tenant far ahead of the rest is the likely aggressor.");
    }
}
