package dev.tenantsim.workload.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.trace.bitbrains.BitbrainsTraceReaderAccess;
import dev.tenantsim.workload.trace.csv.LongCsvTraceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every registered reader recognises its own files, and no other reader claims them. */
final class TraceReaderRecognitionTest {
    private static final TraceReaderRegistry READERS = TraceReaderRegistry.standard();

    /** A small file of each registered format (a new format must add one here). */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("csv", "timestamp,tenant,cpu_percent\n0,a,1\n60,a,2\n"),
            Map.entry("bitbrains", String.join(";\t", BitbrainsTraceReaderAccess.header()) + "\n"
                    + "0;\t2;\t5851.9;\t87.7;\t1.5;\t8218624.0;\t1034592.8;\t160.8;\t21.7;\t0.26;\t1.46\n"),
            Map.entry("planetlab", "12\n7\n"),
            Map.entry("azure-v1", "timestamp,vm-a,vm-b\n1,1,2\n2,1,3\n"),
            Map.entry("azure-llm", "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:17:03.0,1,1\n"),
            Map.entry("alibaba-v2018", "m_1932,386640,41,92,,,43.04,33.08,5\n"),
            Map.entry("swf", "; Version: 2.2\n    1        0     -1   1451  128     -1    -1   -1     -1    -1 -1   1   1  -1 -1 -1 -1 -1\n"),
            Map.entry("google-2019", "start_time,end_time,collection_id,instance_index,machine_id,average_usage.cpus\n"
                    + "600000000,900000000,12,0,77,0.02\n"),
            Map.entry("aggregate-curves", "avg_cpu,avg_mem,avg_assigned_mem,avg_cycles_per_instruction\n0.44,0.33,0.62,148.6\n"),
            Map.entry("prometheus", "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":"
                    + "{\"tenant\":\"acme\"},\"values\":[[1742205600,\"12.5\"]]}]}}\n"),
            Map.entry("cloudwatch", "{\"MetricDataResults\":[{\"Id\":\"m1\",\"Label\":\"acme\",\"Timestamps\":"
                    + "[\"2025-03-17T10:00:00Z\"],\"Values\":[41.5],\"StatusCode\":\"Complete\"}],\"Messages\":[]}\n"),
            Map.entry("opencost", "{\"code\":200,\"status\":\"success\",\"data\":[{\"acme\":{\"name\":\"acme\",\"window\":"
                    + "{\"start\":\"2025-03-17T00:00:00Z\",\"end\":\"2025-03-18T00:00:00Z\"},\"cpuCoreUsageAverage\":0.25,"
                    + "\"totalCost\":1.5}}]}\n"));

    @TempDir
    Path dir;

    @Test
    void everyRegisteredReaderRecognisesItsOwnSampleAndNoOtherClaimsIt() {
        for (String name : READERS.names()) {
            String sample = SAMPLES.get(name);
            assertTrue(sample != null, "add a sample of the " + name + " format to this test");
            String firstLine = sample.lines().findFirst().orElseThrow();
            assertEquals(name, READERS.recognising(firstLine).map(TraceReader::name).orElse("none"), firstLine);
            for (String other : READERS.names()) {
                if (!other.equals(name)) {
                    assertFalse(READERS.reader(other).recognises(firstLine.trim().toLowerCase(java.util.Locale.ROOT)),
                            other + " must not claim a " + name + " file: " + firstLine);
                }
            }
        }
    }

    @Test
    void aRecognisedSampleIsReadByItsReader() throws IOException {
        for (String name : READERS.names()) {
            Path f = dir.resolve(name + (name.equals("planetlab") ? "" : ".csv"));
            Files.writeString(f, SAMPLES.get(name));
            TraceReader r = READERS.recognising(Files.readAllLines(f).get(0)).orElseThrow();
            TraceReadReport report = r.read(f, TraceOptions.STRICT, new RealTracesTest.CountingSink());
            assertTrue(report.rowsAccepted() > 0, name);
        }
    }

    @Test
    void aFileNoReaderKnowsIsRecognisedByNone() {
        for (String line : List.of("hello,world", "", "<html>", "time,vm", "12.5", "tenant", "{", "[1,2]",
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\"}}")) {
            assertTrue(READERS.recognising(line).isEmpty(), line);
        }
    }

    @Test
    void everyReaderDescribesItselfAndTheRegistryListsTheDescriptionsInOrder() {
        assertEquals(List.copyOf(READERS.names()), List.copyOf(READERS.describe().keySet()));
        READERS.describe().forEach((name, text) -> assertFalse(text.isBlank(), name));
        assertEquals("timestamp,tenant,<metric>... (one row per tenant per sample)", READERS.describe().get("csv"));
    }

    @Test
    void aNameIsRegisteredOnceAndAnUnknownNameListsTheKnownOnes() {
        assertThrows(IllegalArgumentException.class, () -> READERS.with(LongCsvTraceReader::new));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> READERS.named("alibaba"));
        assertEquals("trace format (alibaba) must be one of csv, bitbrains, planetlab, azure-v1, azure-llm, alibaba-v2018, swf, "
                + "google-2019, aggregate-curves, prometheus, cloudwatch, opencost", e.getMessage());
        assertEquals("planetlab", READERS.named("planetlab").name());
    }

    @Test
    void twoReadersClaimingOneFileIsARegistrationError() {
        TraceReaderRegistry clash = READERS.with(() -> new AnyFirstLine());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> clash.recognising("12"));
        assertTrue(e.getMessage().contains("[planetlab, any]"), e.getMessage());
    }

    /** A reader that claims every file, to show a clash is caught. */
    private static final class AnyFirstLine implements TraceReader {
        @Override
        public String name() {
            return "any";
        }

        @Override
        public String description() {
            return "claims everything";
        }

        @Override
        public boolean recognises(String header) {
            return true;
        }

        @Override
        public TraceReadReport read(Path path, TraceOptions options, TraceSink sink) {
            throw new UnsupportedOperationException();
        }
    }
}
