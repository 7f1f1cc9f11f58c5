package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fluid pass computes expected values in floating point; its CSV tables must read like the
 * request level's: plain decimals, counts whole or to one decimal, times to the microsecond, shares
 * to six significant digits (docs/metrics.md, "How numbers are written").
 */
final class FluidCsvTest {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.([0-9]+))?");

    @TempDir
    Path dir;

    @Test
    void aFluidRunsCsvTablesCarryNoFloatingPointResidue() throws IOException {
        String yaml = FluidRunnerTest.CELLS.replace("length: 3d", "length: 2d12h");
        Scenario s = ScenarioLoader.resolve(Files.writeString(dir.resolve("compound.yaml"), yaml).toString());
        assertEquals(Duration.ofHours(60), s.horizon().length(), "a compound duration in a scenario file");
        RunOutcome o = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(5, 1, 1)).run(s, 11, 1, RunProgress.NONE);
        WrittenReport w = new ReportWriter().write(o, dir.resolve("report"), false);
        int checked = 0;
        for (String name : List.of("tenants.csv", "tiers.csv", "utilization.csv", "windows.csv")) {
            checked += checkNumbers(w.folder().resolve(name));
        }
        assertTrue(checked > 301 * 10, "numbers checked: " + checked);
    }

    /** Checks every number of a CSV by its column's kind and returns how many it checked. */
    private static int checkNumbers(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.length, cells.length, csv + ": " + line);
            for (int c = 0; c < cells.length; c++) {
                for (String number : numbers(header[c], cells[c])) {
                    Matcher m = NUMBER.matcher(number);
                    String where = csv.getFileName() + " " + header[c] + " = " + number + " in " + line;
                    assertTrue(m.matches(), "a plain decimal: " + where);
                    String fraction = m.group(1) == null ? "" : m.group(1);
                    assertTrue(!fraction.endsWith("0"), "no trailing zeros: " + where);
                    assertTrue(fraction.length() <= decimalsAllowed(header[c], fraction), "no residue digits: " + where);
                    checked++;
                }
            }
        }
        return checked;
    }

    /** The numbers of one cell: none for text and money (exact decimals), each count of "cause=n;cause=n". */
    private static List<String> numbers(String column, String cell) {
        List<String> out = new ArrayList<>();
        if ("errors_by_cause".equals(column)) {
            for (String part : cell.isEmpty() ? new String[0] : cell.split(";")) {
                out.add(part.substring(part.indexOf('=') + 1));
            }
        } else if (!cell.isEmpty() && !List.of("tenant", "tier", "stack", "window", "monthly_revenue", "showback", "slo_method").contains(column)) {
            out.add(cell);
        }
        return out;
    }

    private static int decimalsAllowed(String column, String fraction) {
        if (List.of("offered_requests", "completed_requests", "slo_violation_minutes", "errors_by_cause").contains(column)) {
            return 1;
        }
        if (column.endsWith("_ms") || column.endsWith("_seconds") || "minute_end".equals(column)) {
            return 3;
        }
        int leadingZeros = 0;
        while (leadingZeros < fraction.length() && fraction.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        return leadingZeros + 6;
    }
}
