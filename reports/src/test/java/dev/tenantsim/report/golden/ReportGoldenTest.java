package dev.tenantsim.report.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.section.ReportSections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-file tests of the report folder (JMH-style output tests): the {@link GoldenOutcome}
 * written by {@link ReportWriter}, every CSV table and results.json compared byte for byte and
 * index.html by its text ({@link HtmlText}) with the files under
 * {@code src/test/resources/golden/}. After a deliberate change of the report, rewrite them with
 * {@code -Dgolden.update=true} (see {@link Golden}) and review the diff in git.
 */
final class ReportGoldenTest {
    @TempDir
    Path dir;

    /** Small charts: their pixels are not compared, only that the page names them. */
    private final ReportWriter writer = new ReportWriter(new ChartRenderer(300, 200));

    @Test
    void aRunReportMatchesItsGoldenFiles() throws IOException {
        WrittenReport w = writer.write(GoldenOutcome.outcome(), dir.resolve("run"), false);
        Golden.assertMatches("run/files.txt", lines(w.files()));
        for (String f : w.files()) {
            if (f.endsWith(".csv") || f.endsWith(".json")) {
                Golden.assertMatches("run/" + f, Files.readAllBytes(w.folder().resolve(f)));
            }
        }
        Golden.assertMatches("run/index.txt", pageText(w.folder()));
    }

    @Test
    void aTrimmedPageMatchesItsGoldenTextAndKeepsTheFullTables() throws IOException {
        WrittenReport full = writer.write(GoldenOutcome.outcome(), dir.resolve("full"), false);
        WrittenReport w = writer.write(GoldenOutcome.outcome(), dir.resolve("trimmed"), false,
                ReportSections.of(List.of("summary", "blastRadius", "priceSheet")));
        Golden.assertMatches("trimmed/files.txt", lines(w.files()));
        Golden.assertMatches("trimmed/index.txt", pageText(w.folder()));
        for (String f : w.files()) {
            if (f.endsWith(".csv") || f.endsWith(".json")) {
                assertArrayEquals(Files.readAllBytes(full.folder().resolve(f)), Files.readAllBytes(w.folder().resolve(f)),
                        f + ": the show list trims the page, never the data");
            }
        }
    }

    @Test
    void aComparisonMatchesItsGoldenFiles() throws IOException {
        WrittenReport w = writer.writeComparison(GoldenOutcome.comparison(), dir.resolve("comparison"), false);
        Golden.assertMatches("comparison/files.txt", lines(w.files()));
        Golden.assertMatches("comparison/comparison.csv", Files.readAllBytes(w.folder().resolve("comparison.csv")));
        Golden.assertMatches("comparison/index.txt", pageText(w.folder()));
        Golden.assertMatches("comparison/02-quotas/index.txt", pageText(w.folder().resolve("02-quotas")));
        Golden.assertMatches("comparison/02-quotas/tenants.csv",
                Files.readAllBytes(w.folder().resolve("02-quotas").resolve("tenants.csv")));
    }

    @Test
    void theGoldenRunIsWrittenTheSameTwice() throws IOException {
        WrittenReport a = writer.write(GoldenOutcome.outcome(), dir.resolve("a"), false);
        WrittenReport b = writer.write(GoldenOutcome.outcome(), dir.resolve("b"), false);
        assertEquals(a.files(), b.files());
        int compared = 0;
        for (String f : a.files()) {
            if (f.endsWith(".csv") || f.endsWith(".json") || f.endsWith(".html")) {
                assertArrayEquals(Files.readAllBytes(a.folder().resolve(f)), Files.readAllBytes(b.folder().resolve(f)), f);
                compared++;
            }
        }
        assertEquals(7, compared, "index.html, five CSV tables and results.json");
    }

    @Test
    void aChangedCellFailsWithAHunkNamingTheLine() {
        String expected = "tenant,tier\nfree-a,free\nfree-b,free\npro-c,pro\n";
        String actual = "tenant,tier\nfree-a,free\nfree-b,pro\npro-c,pro\n";
        String d = Golden.diff("golden/x.csv", expected, actual);
        assertTrue(d.contains("@@ -1,4 +1,4 @@\n tenant,tier\n free-a,free\n-free-b,free\n+free-b,pro\n pro-c,pro\n"), d);
        assertTrue(d.contains("-Dgolden.update=true"), d);
    }

    private static String pageText(Path folder) throws IOException {
        return HtmlText.of(Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8));
    }

    private static String lines(List<String> files) {
        return String.join("\n", files) + "\n";
    }
}
