package dev.tenantsim.report.chart;

import dev.tenantsim.report.model.BlastRadius;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Renders the report's PNG charts with JFreeChart. Each method writes one chart if the outcome
 * has the data for it and returns the file name (relative to the report folder).
 */
public final class ChartRenderer {
    /** Most stacks drawn as separate lines; beyond this, the mean and the busiest stack are drawn. */
    static final int MAX_STACK_LINES = 8;
    /** Tenants shown in the noisy-neighbor ranking. */
    public static final int RANKING_SIZE = 15;

    private final int width;
    private final int height;

    public ChartRenderer(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public ChartRenderer() {
        this(900, 450);
    }

    public Optional<String> latencyByTier(RunOutcome o, Path dir) throws IOException {
        var data = new DefaultCategoryDataset();
        for (TierResult t : o.tiers()) {
            if (!t.latency().hasData()) {
                continue;
            }
            data.addValue(t.latency().p50Ms(), "p50", t.tier());
            data.addValue(t.latency().p95Ms(), "p95", t.tier());
            data.addValue(t.latency().p99Ms(), "p99", t.tier());
            data.addValue(t.sloP99Ms(), "p99 objective", t.tier());
        }
        if (data.getColumnCount() == 0) {
            return Optional.empty();
        }
        JFreeChart chart = ChartFactory.createBarChart("Latency percentiles per tier (log scale)", "tier", "latency (ms)", data);
        logRange(chart);
        return save(chart, dir, "latency-by-tier.png");
    }

    public Optional<String> noisyNeighbors(RunOutcome o, Path dir) throws IOException {
        List<TenantResult> top = o.tenants().stream()
                .sorted(Comparator.comparingDouble(TenantResult::loadShare).reversed().thenComparing(TenantResult::id))
                .limit(RANKING_SIZE).toList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        var data = new DefaultCategoryDataset();
        for (TenantResult t : top) {
            data.addValue(100 * t.loadShare(), "share of its stack's busy time (%)", t.id() + " (" + t.tier() + ")");
        }
        JFreeChart chart = ChartFactory.createBarChart("Noisy-neighbor ranking: who uses the shared capacity",
                "tenant", "share of stack busy time (%)", data, PlotOrientation.HORIZONTAL, false, false, false);
        return save(chart, dir, "noisy-neighbors.png");
    }

    public Optional<String> utilization(RunOutcome o, Path dir) throws IOException {
        List<StackResult> stacks = o.stacks().stream().filter(s -> !s.utilization().isEmpty()).toList();
        if (stacks.isEmpty()) {
            return Optional.empty();
        }
        var data = new XYSeriesCollection();
        if (stacks.size() <= MAX_STACK_LINES) {
            for (StackResult s : stacks) {
                data.addSeries(series(s.name(), s.stepSeconds(), s.utilization()));
            }
        } else {
            StackResult busiest = stacks.stream().max(Comparator.comparingDouble(StackResult::peakUtilization)).orElseThrow();
            int n = stacks.stream().mapToInt(s -> s.utilization().size()).min().orElse(0);
            XYSeries mean = new XYSeries("mean of " + stacks.size() + " stacks");
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (StackResult s : stacks) {
                    sum += s.utilization().get(i);
                }
                mean.add((i + 1) * busiest.stepSeconds() / 60, 100 * sum / stacks.size());
            }
            data.addSeries(mean);
            data.addSeries(series("busiest: " + busiest.name(), busiest.stepSeconds(), busiest.utilization()));
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Utilization over time", "minutes after start", "utilization (%)", data);
        chart.getXYPlot().getRangeAxis().setRange(0, 100);
        return save(chart, dir, "utilization.png");
    }

    public Optional<String> blastRadius(RunOutcome o, Path dir) throws IOException {
        BlastRadius br = o.blastRadius();
        if (br.inViolationPerStep().isEmpty()) {
            return Optional.empty();
        }
        var data = new XYSeriesCollection(series("tenants in violation", br.stepSeconds(), br.inViolationPerStep()));
        JFreeChart chart = ChartFactory.createXYLineChart("Blast radius over time: share of tenants breaching their SLO",
                "minutes after start", "tenants in violation (%)", data);
        chart.getXYPlot().getRangeAxis().setRange(0, 100);
        return save(chart, dir, "blast-radius.png");
    }

    /** The blast radius over time with each event of the timeline as a band over its window. */
    public Optional<String> eventTimeline(RunOutcome o, Path dir) throws IOException {
        BlastRadius br = o.blastRadius();
        if (o.events().isEmpty() || br.inViolationPerStep().isEmpty()) {
            return Optional.empty();
        }
        var data = new XYSeriesCollection(series("tenants in violation", br.stepSeconds(), br.inViolationPerStep()));
        JFreeChart chart = ChartFactory.createXYLineChart("Timeline: events (bands) and the share of tenants breaching",
                "minutes after start", "tenants in violation (%)", data);
        chart.getXYPlot().getRangeAxis().setRange(0, 100);
        for (var e : o.events()) {
            var band = new org.jfree.chart.plot.IntervalMarker(e.fromSeconds() / 60, e.toSeconds() / 60,
                    new Color(255, 140, 0, 60));
            band.setLabel(e.kind() + " " + e.target());
            band.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            band.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            chart.getXYPlot().addDomainMarker(band, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        return save(chart, dir, "event-timeline.png");
    }

    public Optional<String> cost(RunOutcome o, Path dir) throws IOException {
        if (!o.hasCost() || o.cost().bill().isEmpty()) {
            return Optional.empty();
        }
        var data = new DefaultCategoryDataset();
        for (CostLine line : o.cost().bill()) {
            data.addValue(line.total(), "monthly cost (" + o.cost().currency() + ")", line.item());
        }
        for (TierResult t : o.tiers()) {
            if (t.showback() != null) {
                data.addValue(t.showback(), "showback by tier (" + o.cost().currency() + ")", "tier " + t.tier());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Monthly cost: bill of materials and showback per tier",
                "", "per month (" + o.cost().currency() + ")", data, PlotOrientation.HORIZONTAL, true, false, false);
        return save(chart, dir, "cost.png");
    }

    /** Worst-tier p99 and share of tenants breaching, per compared run. */
    public Optional<String> comparison(Comparison c, Path dir) throws IOException {
        var data = new DefaultCategoryDataset();
        for (RunOutcome o : c.outcomes()) {
            for (TierResult t : o.tiers()) {
                if (t.latency().hasData()) {
                    data.addValue(t.latency().p99Ms(), o.info().variant(), t.tier());
                }
            }
        }
        if (data.getColumnCount() == 0) {
            return Optional.empty();
        }
        JFreeChart chart = ChartFactory.createBarChart("p99 latency per tier, by variant (log scale)", "tier", "p99 (ms)", data);
        logRange(chart);
        return save(chart, dir, "compare-p99-by-tier.png");
    }

    public Optional<String> comparisonBreaches(Comparison c, Path dir) throws IOException {
        var data = new DefaultCategoryDataset();
        for (RunOutcome o : c.outcomes()) {
            data.addValue(100 * o.blastRadius().shareOfTenants(), "tenants breaching (%)", o.info().variant());
            data.addValue(100 * o.blastRadius().shareOfRevenue(), "revenue at risk (%)", o.info().variant());
        }
        JFreeChart chart = ChartFactory.createBarChart("Blast radius by variant", "variant", "%", data);
        return save(chart, dir, "compare-blast-radius.png");
    }

    private static XYSeries series(String name, double stepSeconds, List<Double> shares) {
        XYSeries s = new XYSeries(name);
        for (int i = 0; i < shares.size(); i++) {
            s.add((i + 1) * stepSeconds / 60, 100 * shares.get(i));
        }
        return s;
    }

    /** Latencies span orders of magnitude (ms normally, minutes in an incident): a log axis shows both. */
    private static void logRange(JFreeChart chart) {
        LogAxis axis = new LogAxis(chart.getCategoryPlot().getRangeAxis().getLabel());
        axis.setSmallestValue(0.01);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        chart.getCategoryPlot().setRangeAxis(axis);
    }

    /** One plain look for every chart: white plot, light grid, flat bars, no shadows. */
    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.LIGHT_GRAY);
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (cp.getRenderer() instanceof BarRenderer br) {
                br.setBarPainter(new StandardBarPainter());
                br.setShadowVisible(false);
                br.setItemMargin(0.02);
            }
        } else if (plot instanceof XYPlot xp) {
            xp.setRangeGridlinePaint(Color.LIGHT_GRAY);
            xp.setDomainGridlinePaint(Color.LIGHT_GRAY);
            for (int i = 0; i < xp.getSeriesCount(); i++) {
                xp.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
            }
        }
    }

    private Optional<String> save(JFreeChart chart, Path dir, String name) throws IOException {
        style(chart);
        ChartUtils.saveChartAsPNG(dir.resolve(name).toFile(), chart, width, height);
        return Optional.of(name);
    }
}
