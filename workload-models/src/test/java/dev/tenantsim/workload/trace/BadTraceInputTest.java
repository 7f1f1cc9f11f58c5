package dev.tenantsim.workload.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input yields an error naming file, line and column, or is counted when lenient. */
final class BadTraceInputTest {
    @TempDir
    Path dir;

    private static final String CSV_HEADER = "timestamp,tenant,requests_per_s,cpu_ms_per_request\n";
    private static final String BB_HEADER = String.join(";\t", dev.tenantsim.workload.trace.bitbrains.BitbrainsTraceReaderAccess.header()) + "\n";

    private TraceFormatException fail(String format, String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return assertThrows(TraceFormatException.class,
                () -> TraceReaderRegistry.standard().reader(format).read(f, TraceOptions.STRICT, new RealTracesTest.CountingSink()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NaN value       | 2025-03-17T10:00:00Z,acme,NaN,8                | t.csv line 2, column 3 (requests_per_s): value (NaN) must be a finite number >= 0",
        "negative value  | 2025-03-17T10:00:00Z,acme,1.5,-2               | t.csv line 2, column 4 (cpu_ms_per_request): value (-2) must be a finite number >= 0",
        "not a number    | 2025-03-17T10:00:00Z,acme,fast,8               | t.csv line 2, column 3 (requests_per_s): value (fast) must be a number",
        "wrong delimiter | 2025-03-17T10:00:00Z;acme;1.5;8                | t.csv line 2: row is separated by ';'; expected ','",
        "column count    | 2025-03-17T10:00:00Z,acme,1.5                  | t.csv line 2, column 4: row has 3 cells; expected 4 (timestamp,tenant,requests_per_s,cpu_ms_per_request)",
        "bad timestamp   | 17/03/2025 10:00,acme,1.5,8                    | t.csv line 2, column 1 (timestamp): timestamp (17/03/2025 10:00) must be ISO-8601 (e.g. 2025-03-17T10:00:00Z) or epoch seconds",
        "missing tenant  | 1742205600,,1.5,8                              | t.csv line 2, column 2 (tenant): tenant (empty) must be a tenant id",
    })
    void longCsvBadRowsNameFileLineAndColumn(String kind, String row, String message) throws IOException {
        assertEquals(message, fail("csv", "t.csv", CSV_HEADER + row + "\n").getMessage(), kind);
    }

    @Test
    void longCsvTimeGoingBackwardsForATenantIsAnError() throws IOException {
        String content = CSV_HEADER + "1742205600,acme,1,8\n1742205600,globex,1,8\n1742205300,acme,1,8\n";
        assertEquals("t.csv line 4, column 1 (timestamp): time (1742205300) of tenant acme must be after its previous sample (1742205600)",
                fail("csv", "t.csv", content).getMessage());
    }

    @Test
    void longCsvUnknownColumnListsTheKnownMetrics() throws IOException {
        TraceFormatException e = fail("csv", "t.csv", "timestamp,tenant,cpu_pct\n1,acme,5\n");
        assertEquals(BadRowCause.UNKNOWN_COLUMN, e.badRowCause());
        assertEquals(1, e.line());
        assertEquals(3, e.column());
        assertEquals("t.csv line 1, column 3 (cpu_pct): column (cpu_pct) is not a known metric; expected one of "
                + TraceMetric.columns(), e.getMessage());
    }

    @Test
    void longCsvHeaderWithTheWrongDelimiterIsNamed() throws IOException {
        assertEquals("t.csv line 1: header is separated by ';'; expected ','",
                fail("csv", "t.csv", "timestamp;tenant;requests_per_s\n").getMessage());
    }

    @Test
    void bitbrainsBadRowsAreLocatedToo() throws IOException {
        String good = "1372629804;\t2;\t5851.9989;\t87.77;\t1.5;\t8218624.0;\t1034592.8;\t160.8;\t21.7;\t0.26;\t1.46\n";
        assertEquals("7.csv line 3, column 5 (CPU usage [%]): value (NaN) must be a finite number >= 0",
                fail("bitbrains", "7.csv", BB_HEADER + good + good.replace("1372629804", "1372630104").replace("1.5;", "NaN;")).getMessage());
        assertEquals("7.csv line 3, column 1 (Timestamp [ms]): time (1372629804) of tenant 7 must be after its previous sample (1372629804)",
                fail("bitbrains", "7.csv", BB_HEADER + good + good).getMessage());
        assertEquals("7.csv line 2: row is separated by ','; expected ';' followed by a tab",
                fail("bitbrains", "7.csv", BB_HEADER + good.replace(";\t", ",")).getMessage());
        assertEquals("7.csv line 1, column 5 (CPU usage [percent]): column (CPU usage [percent]) is not the Bitbrains column 5; expected CPU usage [%]",
                fail("bitbrains", "7.csv", BB_HEADER.replace("CPU usage [%]", "CPU usage [percent]") + good).getMessage());
    }

    @Test
    void planetLabAndAzureReadersLocateBadValues() throws IOException {
        assertEquals("vm1 line 3, column 1 (cpu_percent): value (-4) must be a finite number >= 0",
                fail("planetlab", "vm1", "12\n13\n-4\n").getMessage());
        assertEquals("vm2 line 2: row contains ','; expected one CPU percentage per line",
                fail("planetlab", "vm2", "12\n13,14\n").getMessage());
        assertEquals("a.csv line 3, column 3 (vmB): value (x) must be a number",
                fail("azure-v1", "a.csv", "timestamp,vmA,vmB\n1,3.5,4\n2,3.5,x\n").getMessage());
        assertEquals("a.csv line 3, column 1 (timestamp): timestamp (1) must be after the previous row's (1)",
                fail("azure-v1", "a.csv", "timestamp,vmA,vmB\n1,3.5,4\n1,3.5,4\n").getMessage());
        assertEquals("l.csv line 3, column 1 (TIMESTAMP): time (2023-11-16 18:17:03.0000000) must not be before the previous arrival",
                fail("azure-llm", "l.csv", "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:17:04.0000000,1,2\n"
                        + "2023-11-16 18:17:03.0000000,1,2\n").getMessage());
    }

    @Test
    void lenientPolicyCountsEachCauseAndKeepsTheGoodRows() throws IOException {
        Path f = dir.resolve("mixed.csv");
        Files.writeString(f, CSV_HEADER
                + "1742205600,acme,1,8\n"
                + "1742205660,acme,NaN,8\n"
                + "1742205660,acme,-1,8\n"
                + "1742205660;acme;1;8\n"
                + "1742205500,acme,1,8\n"
                + "1742205660,acme,2,8\n"
                + "1742205720,acme,2\n");
        TraceReadReport r = new dev.tenantsim.workload.trace.csv.LongCsvTraceReader().read(f, TraceOptions.LENIENT,
                new RealTracesTest.CountingSink());
        assertEquals(7, r.rowsRead());
        assertEquals(2, r.rowsAccepted());
        assertEquals(Map.of(BadRowCause.NAN_OR_INFINITE, 1L, BadRowCause.NEGATIVE, 1L, BadRowCause.WRONG_DELIMITER, 1L,
                BadRowCause.TIME_NOT_INCREASING, 1L, BadRowCause.WRONG_COLUMN_COUNT, 1L), r.rejected());
        assertEquals(5, r.rejectedTotal());
        assertEquals("mixed.csv line 3, column 3 (requests_per_s): value (NaN) must be a finite number >= 0", r.examples().get(0));
    }

    @Test
    void lenientPolicyStillStopsAtAnUnknownColumn() throws IOException {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "timestamp,tenant,rps\n1,a,1\n");
        assertThrows(TraceFormatException.class, () -> new dev.tenantsim.workload.trace.csv.LongCsvTraceReader()
                .read(f, TraceOptions.LENIENT, new RealTracesTest.CountingSink()));
    }

    @Test
    void unknownFormatListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TraceReaderRegistry.standard().reader("alibaba"));
        assertEquals("trace.format (alibaba) is not known; valid: [csv, bitbrains, planetlab, azure-v1, azure-llm, alibaba-v2018, "
                + "swf, google-2019, aggregate-curves, prometheus, cloudwatch, opencost]", e.getMessage());
    }
}
