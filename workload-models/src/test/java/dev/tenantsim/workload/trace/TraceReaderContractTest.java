package dev.tenantsim.workload.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every reader rejects a NaN and a negative cell the same way: strict names file, line and column
 * with the same words; lenient counts it per cause and keeps the good rows.
 */
final class TraceReaderContractTest {
    private static final String BB = String.join(";\t", dev.tenantsim.workload.trace.bitbrains.BitbrainsTraceReaderAccess.header());
    /** An SWF job of user 4 at submit time 100 × n with run time {@code %s} on 2 processors. */
    private static final String SWF_JOB = "%1$d %1$d00 -1 %2$s 2 -1 -1 2 -1 -1 1 4 1 -1 -1 -1 -1 -1";
    /** Formats without a header: their bad row is the second line. */
    private static final java.util.Set<String> HEADERLESS = java.util.Set.of("planetlab", "alibaba-v2018");
    private static final String BB_ROW = "%d;\t2;\t5851.9;\t87.7;\t%s;\t8218624.0;\t1034592.8;\t160.8;\t21.7;\t0.26;\t1.46";

    /** Fixture: header (if any), good row, bad row with {@code bad} in a metric cell, good row. */
    private static String fixture(String format, String bad) {
        return switch (format) {
            case "csv" -> "timestamp,tenant,cpu_percent\n0,a,1\n60,a," + bad + "\n120,a,1\n";
            case "bitbrains" -> BB + "\n" + String.format(BB_ROW, 0, "1.5") + "\n" + String.format(BB_ROW, 300, bad) + "\n"
                    + String.format(BB_ROW, 600, "1.5") + "\n";
            case "planetlab" -> "1\n" + bad + "\n1\n";
            case "azure-v1" -> "timestamp,vm\n1,1\n2," + bad + "\n3,1\n";
            case "azure-llm" -> "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:17:03.0,1,1\n2023-11-16 18:17:04.0,"
                    + bad + ",1\n2023-11-16 18:17:05.0,1,1\n";
            case "alibaba-v2018" -> "m_1,0,1,5,,,1,1,5\nm_1,10," + bad + ",5,,,1,1,5\nm_1,20,1,5,,,1,1,5\n";
            case "swf" -> "; UnixStartTime: 0\n" + SWF_JOB.formatted(1, "10") + "\n" + SWF_JOB.formatted(2, bad) + "\n"
                    + SWF_JOB.formatted(3, "10") + "\n";
            case "google-2019" -> "start_time,end_time,collection_id,average_usage.cpus\n0,300000000,7,0.5\n"
                    + "300000000,600000000,7," + bad + "\n600000000,900000000,7,0.5\n";
            case "aggregate-curves" -> "timestamp,cpu_usage,assigned_mem\n0,10,1\n300," + bad + ",1\n600,10,1\n";
            case "prometheus" -> "{\"status\":\"success\",\n\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"tenant\":\"a\"},"
                    + "\"values\":[[0,\"1\"],\n[60,\"" + bad + "\"],\n[120,\"1\"]]}]}}\n";
            case "cloudwatch" -> "{\"MetricDataResults\":[{\"Id\":\"m1\",\n\"Label\":\"a\",\"Timestamps\":[0,60,120],\"Values\":[1,\n"
                    + bad + ",\n1]}]}\n";
            case "opencost" -> "{\"code\":200,\"data\":[{\"a\":{\"window\":{\"start\":\"2024-01-01T00:00:00Z\"},\"cpuCoreUsageAverage\":1}},\n"
                    + "{\"a\":{\"window\":{\"start\":\"2024-01-01T01:00:00Z\"},\"cpuCoreUsageAverage\":\n"
                    + bad + "}},{\"a\":{\"window\":{\"start\":\"2024-01-01T02:00:00Z\"},\"cpuCoreUsageAverage\":1}}]}\n";
            default -> throw new IllegalArgumentException(format);
        };
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"csv, 3", "bitbrains, 5", "planetlab, 1", "azure-v1, 2", "azure-llm, 2", "alibaba-v2018, 3", "swf, 4",
        "google-2019, 4", "aggregate-curves, 2", "prometheus, 5", "cloudwatch, 1", "opencost, 1"})
    void everyReaderRejectsNanAndNegativeCellsTheSameWay(String format, int column) throws IOException {
        int line = HEADERLESS.contains(format) ? 2 : 3;
        for (String bad : new String[] {"NaN", "-3"}) {
            Path f = dir.resolve(format + (format.equals("planetlab") ? "" : ".csv"));
            Files.writeString(f, fixture(format, bad));
            TraceReader reader = TraceReaderRegistry.standard().reader(format);
            TraceFormatException e = assertThrows(TraceFormatException.class,
                    () -> reader.read(f, TraceOptions.STRICT, new RealTracesTest.CountingSink()));
            assertEquals(line, e.line(), format);
            assertEquals(column, e.column(), format);
            assertTrue(e.getMessage().startsWith(f.getFileName() + " line " + line + ", column " + column + " ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("value (" + bad + ") must be a finite number >= 0"), e.getMessage());
            TraceReadReport r = reader.read(f, TraceOptions.LENIENT, new RealTracesTest.CountingSink());
            assertEquals(3, r.rowsRead(), format);
            assertEquals(2, r.rowsAccepted(), format);
            assertEquals(Map.of(bad.equals("NaN") ? BadRowCause.NAN_OR_INFINITE : BadRowCause.NEGATIVE, 1L), r.rejected());
        }
    }
}
