package dev.tenantsim.workload.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-row kinds of today's readers, for the new formats: timestamps going backwards, missing
 * columns, truncated gzip and JSON, error responses; strict names file, line and column, lenient
 * counts the cause and keeps the rows before.
 */
final class NewFormatsBadInputTest {
    private static final String SWF_JOB = "%1$d %2$d -1 60 2 -1 -1 2 -1 -1 1 4 1 -1 -1 -1 -1 -1\n";
    private static final String PROM = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":"
            + "{\"tenant\":\"a\"},\"values\":[%s]}]}}";
    @TempDir
    Path dir;

    private TraceFormatException strict(String format, String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return assertThrows(TraceFormatException.class,
                () -> TraceReaderRegistry.standard().reader(format).read(f, TraceOptions.STRICT, new RecordingSink()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "alibaba-v2018 | m.csv | m_1,20,1,5,,,1,1,5\\nm_2,10,1,5,,,1,1,5\\nm_1,10,1,5,,,1,1,5\\n"
            + " | m.csv line 3, column 2 (time_stamp): time (10) of tenant m_1 must be after its previous sample (20)",
        "google-2019 | g.csv | start_time,end_time,collection_id,average_usage.cpus\\n600,900,1,0.5\\n300,600,1,0.5\\n"
            + " | g.csv line 3, column 1 (start_time): start_time (300) must not be before the previous row's (600); export the table ORDER BY start_time",
        "aggregate-curves | a.csv | timestamp,cpu_usage,assigned_mem\\n300,1,1\\n0,1,1\\n"
            + " | a.csv line 3, column 1 (timestamp): timestamp (0) must be after the previous row's",
        "prometheus | p.json | {\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"tenant\":\"a\"},\"values\":[[60,\"1\"],[0,\"1\"]]}]}}"
            + " | p.json line 1, column 106 (data.result[0].values): time (0) of tenant a must be after its previous sample (60)",
        "cloudwatch | c.csv | Label,Timestamp,Value\\na,0,1\\na,120,1\\na,60,1\\n"
            + " | c.csv line 4, column 2 (Timestamp): time (60) of tenant a must be after its previous sample (120)",
        "opencost | o.json | {\"code\":200,\"data\":[{\"a\":{\"window\":{\"start\":\"2025-03-18T00:00:00Z\"},\"cpuCoreUsageAverage\":1}},"
            + "{\"a\":{\"window\":{\"start\":\"2025-03-17T00:00:00Z\"},\"cpuCoreUsageAverage\":1}}]}"
            + " | o.json line 1, column 100 (data[1].a.window.start): time (1742169600) of tenant a must be after its previous sample (1742256000)",
    })
    void timeGoingBackwardsIsLocated(String format, String name, String content, String message) throws IOException {
        TraceFormatException e = strict(format, name, content.replace("\\n", "\n"));
        assertEquals(BadRowCause.TIME_NOT_INCREASING, e.badRowCause());
        assertEquals(message, e.getMessage());
    }

    @Test
    void swfSubmitTimesGoingBackwardsAreLocated() throws IOException {
        TraceFormatException e = strict("swf", "s.swf", SWF_JOB.formatted(1, 100) + SWF_JOB.formatted(2, 50));
        assertEquals("s.swf line 2, column 2 (Submit Time): submit time (50) must not be before the previous job's (100);"
                + " SWF orders jobs by submit time", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "alibaba-v2018 | m.csv | m_1,0,1,5,,,1,1\\n | m.csv line 1, column 9: row has 8 cells; expected 9 (machine_id,time_stamp,"
            + "cpu_util_percent,mem_util_percent,mem_gps,mkpi,net_in,net_out,disk_io_percent)",
        "swf | s.swf | 1 0 -1 60 2 -1 -1 2 -1 -1 1 4 1 -1 -1 -1 -1\\n | s.swf line 1, column 18: row has 17 fields; expected 18 (SWF)",
        "google-2019 | g.csv | start_time,end_time,collection_id,average_usage.cpus\\n0,300,1\\n | g.csv line 2, column 4: row has 3"
            + " cells; expected 4 (start_time,end_time,collection_id,average_usage.cpus)",
        "prometheus | p.json | " + "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"tenant\":\"a\"},\"values\":[[60]]}]}}"
            + " | p.json line 1, column 97 (data.result[0].values[0]): point has 1 elements; expected 2 ([time, \"value\"])",
        "cloudwatch | c.json | {\"MetricDataResults\":[{\"Label\":\"a\",\"Timestamps\":[0,60],\"Values\":[1]}]}"
            + " | c.json line 1, column 52 (MetricDataResults[0]): Timestamps has 2 elements and Values 1; expected as many of each",
        "opencost | o.json | {\"code\":200,\"data\":[{\"a\":{\"window\":{\"start\":\"2025-03-18T00:00:00Z\"}}}]}"
            + " | o.json line 1, column 26 (data[0].a.cpuCoreUsageAverage): allocation has no cpuCoreUsageAverage; expected its CPU usage in cores",
    })
    void missingColumnsAreLocated(String format, String name, String content, String message) throws IOException {
        TraceFormatException e = strict(format, name, content.replace("\\n", "\n"));
        assertEquals(BadRowCause.WRONG_COLUMN_COUNT, e.badRowCause());
        assertEquals(message, e.getMessage());
    }

    @Test
    void headersThatLackARequiredColumnOrNameAnUnknownOneAreFatalEvenWhenLenient() throws IOException {
        assertEquals("g.csv line 1, column 4 (average_usage.cpus): column (average_usage.cpus) is missing; expected"
                + " start_time,end_time,... with collection_id and average_usage.cpus",
                strict("google-2019", "g.csv", "start_time,end_time,collection_id\n0,300,1\n").getMessage());
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "Label,Timestamp,Value,Unit\na,0,1,Percent\n");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReaderRegistry.standard()
                .reader("cloudwatch").read(f, TraceOptions.LENIENT, new RecordingSink()));
        assertEquals(BadRowCause.UNKNOWN_COLUMN, e.badRowCause());
    }

    @Test
    void errorResponsesAndOtherResultTypesAreFatal() throws IOException {
        assertEquals("p.json line 1, column 79 (status): response status (error) is an error: invalid parameter \"query\"; expected success",
                strict("prometheus", "p.json", "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter \\\"query\\\"\"}")
                        .getMessage());
        assertEquals("p.json line 1, column 42 (data.resultType): result type (vector) must be matrix (the answer of a range"
                + " query, /api/v1/query_range)", strict("prometheus", "p.json",
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}").getMessage());
        assertEquals(BadRowCause.BAD_HEADER, strict("opencost", "o.json", "{\"code\":500,\"message\":\"boom\",\"data\":[]}").badRowCause());
        assertEquals(BadRowCause.BAD_HEADER, strict("cloudwatch", "c.json", "{\"Messages\":[]}").badRowCause());
        assertEquals(BadRowCause.BAD_HEADER, strict("prometheus", "p.json", "{\"status\":\"success\",\"data\":{,}}").badRowCause());
    }

    @Test
    void aTruncatedJsonDocumentIsLocatedAndLenientKeepsTheSeriesBefore() throws IOException {
        String whole = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"tenant\":\"a\"},"
                + "\"values\":[[0,\"1\"],[60,\"2\"]]},\n{\"metric\":{\"tenant\":\"b\"},\"values\":[[0,\"1\"],[60,";
        TraceFormatException e = strict("prometheus", "p.json", whole);
        assertEquals(BadRowCause.TRUNCATED, e.badRowCause());
        assertEquals(2, e.line());
        RecordingSink sink = new RecordingSink();
        TraceReadReport r = TraceReaderRegistry.standard().reader("prometheus").read(dir.resolve("p.json"), TraceOptions.LENIENT, sink);
        assertEquals(2, sink.samples.size(), "series a, read whole before the cut");
        assertEquals(Map.of(BadRowCause.TRUNCATED, 1L), r.rejected());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"alibaba-v2018, m.csv.gz", "swf, s.swf.gz", "prometheus, p.json.gz", "cloudwatch, c.csv.gz"})
    void aTruncatedGzipIsLocatedAndLenientKeepsTheRowsBefore(String format, String name) throws IOException {
        StringBuilder b = new StringBuilder(switch (format) {
            case "swf" -> "; UnixStartTime: 0\n";
            case "prometheus" -> "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n";
            case "cloudwatch" -> "Label,Timestamp,Value\n";
            default -> "";
        });
        for (int i = 0; i < 20_000; i++) {
            b.append(switch (format) {
                case "alibaba-v2018" -> "m_1," + (10 * i) + "," + (i % 97) + ",5,,,1,1,5\n";
                case "swf" -> SWF_JOB.formatted(i + 1, 60 * i);
                case "prometheus" -> (i == 0 ? "" : ",") + "{\"metric\":{\"tenant\":\"t" + i + "\"},\"values\":[[0,\"" + (i % 97) + "\"]]}\n";
                default -> "t" + i + "," + (60 * i) + "," + (i % 97) + "\n";
            });
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = bytes.toByteArray();
        Path f = dir.resolve(name);
        Files.write(f, Arrays.copyOf(whole, whole.length / 2));
        TraceReader reader = TraceReaderRegistry.standard().reader(format);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> reader.read(f, TraceOptions.STRICT, new RecordingSink()));
        assertEquals(BadRowCause.TRUNCATED, e.badRowCause());
        assertTrue(e.getMessage().startsWith(name + " line "), e.getMessage());
        assertTrue(e.line() > 1000, "located where the data ends: " + e.getMessage());
        RecordingSink sink = new RecordingSink();
        TraceReadReport r = reader.read(f, TraceOptions.LENIENT, sink);
        assertEquals(Map.of(BadRowCause.TRUNCATED, 1L), r.rejected());
        assertTrue(r.rowsAccepted() > 1000, "the rows before the cut are kept: " + r.rowsAccepted());
        // and the whole file reads cleanly
        if (format.equals("prometheus")) {
            b.append("]}}");
            bytes.reset();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(b.toString().getBytes(StandardCharsets.UTF_8));
            }
            whole = bytes.toByteArray();
        }
        Files.write(f, whole);
        assertEquals(0, reader.read(f, TraceOptions.STRICT, new RecordingSink()).rejectedTotal());
    }
}
