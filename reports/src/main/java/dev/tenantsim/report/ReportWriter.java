package dev.tenantsim.report;

import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.html.HtmlReport;
import dev.tenantsim.report.json.ResultsJson;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.section.ReportSection;
import dev.tenantsim.report.section.ReportSections;
import dev.tenantsim.report.table.CsvTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a report folder from a {@link RunOutcome} (or a {@link Comparison}) and nothing else:
 * {@code index.html}, PNG charts, CSV tables and {@code results.json}. The folder appears
 * atomically (see {@link AtomicFolder}); an existing one is replaced only with {@code force}.
 */
public final class ReportWriter {
    private final ChartRenderer charts;

    public ReportWriter() {
        this(new ChartRenderer());
    }

    public ReportWriter(ChartRenderer charts) {
        this.charts = charts;
    }

    public WrittenReport write(RunOutcome outcome, Path folder, boolean force) throws IOException {
        return write(outcome, folder, force, ReportSections.everything());
    }

    /** Writes a run's report whose page shows only {@code sections} (tables and JSON stay complete). */
    public WrittenReport write(RunOutcome outcome, Path folder, boolean force, Set<ReportSection> sections) throws IOException {
        List<String> files = new ArrayList<>();
        Path dest = AtomicFolder.write(folder, force, dir -> files.addAll(writeRun(outcome, dir, sections)));
        return new WrittenReport(dest, files);
    }

    public WrittenReport writeComparison(Comparison comparison, Path folder, boolean force) throws IOException {
        List<String> files = new ArrayList<>();
        Path dest = AtomicFolder.write(folder, force, dir -> {
            Map<String, String> chartFiles = new LinkedHashMap<>();
            charts.comparisonBreaches(comparison, dir).ifPresent(f -> chartFiles.put("compare-blast", f));
            charts.comparison(comparison, dir).ifPresent(f -> chartFiles.put("compare-p99", f));
            List<String> own = new ArrayList<>(chartFiles.values());
            own.add(CsvTables.write(CsvTables.comparison(comparison), dir, "comparison.csv"));
            ResultsJson.write(comparison, dir.resolve("results.json"));
            own.add("results.json");
            List<String> folders = new ArrayList<>();
            for (int i = 0; i < comparison.outcomes().size(); i++) {
                RunOutcome o = comparison.outcomes().get(i);
                String sub = String.format(Locale.ROOT, "%02d-%s", i + 1, safeName(o.info().variant()));
                Path subDir = Files.createDirectory(dir.resolve(sub));
                for (String f : writeRun(o, subDir, ReportSections.everything())) {
                    files.add(sub + "/" + f);
                }
                folders.add(sub);
            }
            own.add(0, "index.html");
            Files.writeString(dir.resolve("index.html"), HtmlReport.comparisonPage(comparison, chartFiles, folders, own), StandardCharsets.UTF_8);
            files.addAll(0, own);
        });
        return new WrittenReport(dest, files);
    }

    /** Writes one run's files into an existing folder and returns their names. */
    private List<String> writeRun(RunOutcome o, Path dir, Set<ReportSection> sections) throws IOException {
        Map<String, String> chartFiles = new LinkedHashMap<>();
        for (ReportSection s : ReportSections.all()) {
            if (!s.optional() || sections.contains(s)) {
                s.drawCharts(o, charts, dir, chartFiles);
            }
        }
        List<String> files = new ArrayList<>();
        files.add("index.html");
        files.addAll(chartFiles.values());
        files.add(CsvTables.write(CsvTables.tenants(o), dir, "tenants.csv"));
        files.add(CsvTables.write(CsvTables.tiers(o), dir, "tiers.csv"));
        files.add(CsvTables.write(CsvTables.utilization(o), dir, "utilization.csv"));
        if (!o.classes().isEmpty()) {
            files.add(CsvTables.write(CsvTables.classes(o), dir, "classes.csv"));
        }
        if (!o.dataTier().isEmpty()) {
            files.add(CsvTables.write(CsvTables.dataTier(o), dir, "data-tier.csv"));
        }
        if (!o.windows().isEmpty()) {
            files.add(CsvTables.write(CsvTables.windows(o), dir, "windows.csv"));
        }
        if (o.hasCost()) {
            files.add(CsvTables.write(CsvTables.cost(o), dir, "cost.csv"));
        }
        ResultsJson.write(o, dir.resolve("results.json"));
        files.add("results.json");
        Files.writeString(dir.resolve("index.html"), HtmlReport.page(o, chartFiles, files, sections), StandardCharsets.UTF_8);
        return files;
    }

    static String safeName(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9._=-]+", "_");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }
}
