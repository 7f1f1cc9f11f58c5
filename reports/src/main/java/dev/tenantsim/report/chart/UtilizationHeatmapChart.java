package dev.tenantsim.report.chart;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Utilization per stack (rows) over the horizon (columns, one per series point, e.g. hourly over a
 * quarter) as a heatmap: the FinOps view of issue 7. Drawn when a run has at least
 * {@link #MIN_STACKS} stacks and covers at least {@link #MIN_SECONDS} (shorter runs have the line
 * chart); with more than {@link #MAX_ROWS} stacks, the hottest ones by peak are drawn.
 */
public final class UtilizationHeatmapChart {
    public static final String FILE = "utilization-heatmap.png";
    public static final int MIN_STACKS = 2;
    public static final double MIN_SECONDS = 86_400;
    public static final int MAX_ROWS = 60;
    /** Colour steps: utilization at or above each bound takes its colour. */
    static final double[] BOUNDS = {0, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 0.95};
    static final Color[] COLORS = {new Color(0xF7FBFF), new Color(0xC6DBEF), new Color(0x9ECAE1), new Color(0xFEE391),
        new Color(0xFEC44F), new Color(0xFE9929), new Color(0xEC7014), new Color(0xB30000)};

    private final int width;

    public UtilizationHeatmapChart(int width) {
        if (width < 200) {
            throw new IllegalArgumentException("width (" + width + ") must be >= 200 pixels");
        }
        this.width = width;
    }

    /** Whether a run gets a heatmap (see the class comment). */
    public static boolean applies(RunOutcome o) {
        List<StackResult> s = rows(o);
        return s.size() >= MIN_STACKS && s.get(0).utilization().size() * s.get(0).stepSeconds() >= MIN_SECONDS;
    }

    public Optional<String> render(RunOutcome o, Path dir) throws IOException {
        if (!applies(o)) {
            return Optional.empty();
        }
        List<StackResult> stacks = rows(o);
        if (stacks.size() > MAX_ROWS) {
            stacks = new ArrayList<>(stacks);
            stacks.sort(Comparator.comparingDouble(StackResult::peakUtilization).reversed());
            stacks = stacks.subList(0, MAX_ROWS);
        }
        double stepDays = stacks.get(0).stepSeconds() / 86_400;
        int points = stacks.stream().mapToInt(s -> s.utilization().size()).min().orElse(0);
        double[][] xyz = new double[3][stacks.size() * points];
        String[] names = new String[stacks.size()];
        int k = 0;
        for (int row = 0; row < stacks.size(); row++) {
            StackResult s = stacks.get(row);
            names[row] = s.name();
            for (int p = 0; p < points; p++) {
                xyz[0][k] = p * stepDays;
                xyz[1][k] = row;
                xyz[2][k] = Math.max(0, Math.min(1, s.utilization().get(p)));
                k++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("utilization", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(stepDays);
        renderer.setBlockHeight(1.0);
        renderer.setBlockAnchor(org.jfree.chart.ui.RectangleAnchor.LEFT); // row r spans [r - 0.5, r + 0.5], centred on its label
        LookupPaintScale scale = new LookupPaintScale(0, 1.0000001, COLORS[0]);
        for (int i = 0; i < BOUNDS.length; i++) {
            scale.add(BOUNDS[i], COLORS[i]);
        }
        renderer.setPaintScale(scale);
        NumberAxis x = new NumberAxis("days after start");
        x.setRange(0, Math.max(stepDays, points * stepDays));
        SymbolAxis y = new SymbolAxis("stack", names);
        y.setRange(-0.5, stacks.size() - 0.5);
        y.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, stacks.size() > 30 ? 8 : 10));
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart("Utilization per stack over the horizon (busiest resource)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis legendAxis = new NumberAxis("utilization (%)");
        legendAxis.setRange(0, 100);
        PaintScaleLegend legend = new PaintScaleLegend(new PercentScale(scale), legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        int height = Math.min(1400, 140 + 16 * stacks.size());
        ChartUtils.saveChartAsPNG(dir.resolve(FILE).toFile(), chart, width, height);
        return Optional.of(FILE);
    }

    private static List<StackResult> rows(RunOutcome o) {
        return o.stacks().stream().filter(s -> !s.utilization().isEmpty()).toList();
    }

    /** The same colours on a 0..100 axis for the legend. */
    private record PercentScale(LookupPaintScale inner) implements org.jfree.chart.renderer.PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 100;
        }

        @Override
        public java.awt.Paint getPaint(double value) {
            return inner.getPaint(value / 100);
        }
    }
}
