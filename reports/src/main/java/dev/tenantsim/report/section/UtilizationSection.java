package dev.tenantsim.report.section;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.chart.UtilizationHeatmapChart;
import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** How busy each stack was: a line chart, a heatmap for long runs with several stacks, and a table. */
final class UtilizationSection implements ReportSection {
    private static final String CHART = "utilization";
    private static final String HEATMAP = "heatmap";
    /** The heatmap keeps its own width whatever the line charts' size. */
    private static final int HEATMAP_WIDTH = 900;

    @Override
    public String name() {
        return "utilization";
    }

    @Override
    public String description() {
        return "utilization of each stack over time";
    }

    @Override
    public void drawCharts(RunOutcome o, ChartRenderer charts, Path dir, Map<String, String> drawn) throws IOException {
        charts.utilization(o, dir).ifPresent(f -> drawn.put(CHART, f));
        new UtilizationHeatmapChart(HEATMAP_WIDTH).render(o, dir).ifPresent(f -> drawn.put(HEATMAP, f));
    }

    @Override
    public void render(Html h, ReportPage page) {
        Blocks.chart(h, page.charts(), CHART, "Utilization",
                "How busy each stack was. Close to 100% means requests queue; far below means capacity is paid for but idle.");
        Blocks.chart(h, page.charts(), HEATMAP, "Utilization per stack over the horizon",
                "Each row is a stack, each column a time slice (hourly over a quarter); darker red is busier. Cells that stay pale are"
                        + " capacity paid for but idle; red streaks are where tenants queue.");
        h.table(new String[] {"stack", "kind", "servers", "tenants", "mean utilization", "peak utilization"},
                page.outcome().stacks().stream().map(UtilizationSection::row).toList());
    }

    private static String[] row(StackResult s) {
        return new String[] {s.name(), s.kind(), Integer.toString(s.servers()), Integer.toString(s.tenants()),
                Formats.percent(s.meanUtilization()), Formats.percent(s.peakUtilization())};
    }
}
