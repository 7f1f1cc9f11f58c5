package dev.tenantsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.json.ResultsJson;
import dev.tenantsim.report.section.ReportSections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportWriterTest {
    @TempDir
    Path dir;

    private final ReportWriter writer = new ReportWriter(new dev.tenantsim.report.chart.ChartRenderer(300, 200));

    @Test
    void aRunReportHasThePageChartsTablesAndJson() throws IOException {
        WrittenReport w = writer.write(Fixtures.outcome(), dir.resolve("r"), false);
        assertEquals(List.of("index.html", "latency-by-tier.png", "noisy-neighbors.png", "blast-radius.png", "utilization.png",
                "cost.png", "tenants.csv", "tiers.csv", "utilization.csv", "windows.csv", "cost.csv", "results.json"), w.files());
        for (String f : w.files()) {
            assertTrue(Files.size(w.folder().resolve(f)) > 0, f);
        }
        String html = Files.readString(w.folder().resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.indexOf("In plain words") < html.indexOf("<img"), "the summary comes before the charts");
        assertTrue(html.contains("A caveat the reader must see."), "engine notes are shown");
        assertTrue(html.contains("Blast radius</dt>"), "glossary quotes docs/metrics.md");
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (m.find()) {
            images++;
            assertTrue(Files.exists(w.folder().resolve(m.group(1))), "every image the page shows exists: " + m.group(1));
        }
        assertEquals(5, images);
        assertFalse(html.contains("<script") || html.contains("http://") || html.contains("https://"), "self-contained");
    }

    @Test
    void anExistingReportIsRefusedWithoutForceAndReplacedWithIt() throws IOException {
        Path out = dir.resolve("r");
        writer.write(Fixtures.outcome(), out, false);
        ReportFolderException e = assertThrows(ReportFolderException.class, () -> writer.write(Fixtures.outcome("again", 0.5), out, false));
        assertTrue(e.getMessage().contains("already exists; pass --force to replace it"), e.getMessage());
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"variant\" : \"base\""), "left untouched");
        writer.write(Fixtures.outcome("again", 0.5), out, true);
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"variant\" : \"again\""), "replaced with force");
        assertEquals(List.of("r"), names(dir), "no temporary or old folders left behind");
    }

    @Test
    void forceNeverReplacesAFolderThatIsNotAReport() throws IOException {
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "precious");
        ReportFolderException e = assertThrows(ReportFolderException.class, () -> writer.write(Fixtures.outcome(), home, true));
        assertTrue(e.getMessage().contains("is not a tenantsim report"), e.getMessage());
        assertEquals("precious", Files.readString(home.resolve("thesis.tex")));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        Path out = dir.resolve("r");
        assertThrows(IOException.class, () -> AtomicFolder.write(out, false, folder -> {
            Files.writeString(folder.resolve("index.html"), "half");
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(out));
        assertEquals(List.of(), names(dir));
    }

    @Test
    void numbersAreWrittenTheSameInEveryLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            WrittenReport w = writer.write(Fixtures.outcome(), dir.resolve("de"), false);
            String json = Files.readString(w.folder().resolve("results.json"));
            assertTrue(json.contains("\"p99Ms\" : 650.5"), json);
            assertTrue(Files.readString(w.folder().resolve("tenants.csv")).contains(",650.5,"), "CSV uses a dot");
            assertTrue(Files.readString(w.folder().resolve("index.html")).contains("$12,800"), "HTML uses Locale.ROOT");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void resultsJsonReadsBackToTheSameOutcome() throws IOException {
        WrittenReport w = writer.write(Fixtures.outcome(), dir.resolve("r"), false);
        assertEquals(Fixtures.outcome(), ResultsJson.read(w.folder().resolve("results.json")).outcome());
    }

    @Test
    void aComparisonHasASideBySidePageAndEachRunsFullReport() throws IOException {
        WrittenReport w = writer.writeComparison(Fixtures.comparison(), dir.resolve("c"), false);
        assertTrue(w.files().containsAll(List.of("index.html", "comparison.csv", "results.json", "01-base/index.html", "02-quotas/index.html")),
                w.files().toString());
        List<String> csv = Files.readAllLines(w.folder().resolve("comparison.csv"));
        assertEquals(3, csv.size());
        assertTrue(csv.get(1).startsWith("base,3,1,0.5,"), csv.get(1));
        String html = Files.readString(w.folder().resolve("index.html"));
        assertTrue(html.contains("href=\"02-quotas/index.html\""), html);
    }

    @Test
    void theScenariosShowListTrimsThePageButNotTheData() throws IOException {
        WrittenReport w = writer.write(Fixtures.outcome(), dir.resolve("r"), false,
                ReportSections.of(List.of("summary", "cost")));
        assertEquals(List.of("index.html", "cost.png", "tenants.csv", "tiers.csv", "utilization.csv", "windows.csv", "cost.csv",
                "results.json"), w.files());
        String html = Files.readString(w.folder().resolve("index.html"));
        assertTrue(html.contains("In plain words") && html.contains("<h2>Cost</h2>"), html);
        assertFalse(html.contains("Latency per tier") || html.contains("Utilization</h2>"), html);
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
