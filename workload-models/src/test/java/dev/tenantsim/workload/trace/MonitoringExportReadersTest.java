package dev.tenantsim.workload.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The readers of monitoring exports (Prometheus, CloudWatch, OpenCost) and of the Google 2019
 * instance_usage export on the documented fixtures in {@code src/test/resources/.../exports}
 * (see the README there); every expected sample below is computed by hand from the fixture.
 */
final class MonitoringExportReadersTest {
    private static final TraceReaderRegistry READERS = TraceReaderRegistry.standard();
    private static final long T10 = Instant.parse("2025-03-17T10:00:00Z").getEpochSecond();
    private static final long DAY17 = Instant.parse("2025-03-17T00:00:00Z").getEpochSecond();

    static Path fixture(String name) {
        try {
            return Path.of(MonitoringExportReadersTest.class.getResource("exports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordingSink read(String format, String file, TraceOptions options) throws IOException {
        RecordingSink sink = new RecordingSink();
        READERS.reader(format).read(fixture(file), options, sink);
        return sink;
    }

    @Test
    void prometheusMatrixGivesOneTenantPerSeriesByItsTenantLabel() throws IOException {
        RecordingSink sink = new RecordingSink();
        TraceReadReport r = READERS.reader("prometheus").read(fixture("prometheus-range.json"), TraceOptions.STRICT, sink);
        assertEquals(List.of(TraceMetric.REQUESTS_PER_S), sink.metrics);
        // the second series lists its values before its labels; fractional seconds are truncated
        assertEquals(List.of("acme@1742205600=12.5", "acme@1742205660=13.0", "acme@1742205720=12.75",
                "globex@1742205600=0.4", "globex@1742205660=0.0"), sink.samples);
        assertEquals(5, r.rowsAccepted());
        assertEquals(2, r.tenants());
    }

    @Test
    void prometheusTenantLabelAndValueMetricAreOptions() throws IOException {
        RecordingSink sink = read("prometheus", "prometheus-range.json",
                TraceOptions.LENIENT.withTenantKey("__name__").withValueMetric(TraceMetric.CPU_PERCENT));
        assertEquals(List.of(TraceMetric.CPU_PERCENT), sink.metrics);
        // one name for both series: the second overlaps the first in time, so its points are rejected
        assertEquals(3, sink.samples.size());
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read("prometheus", "prometheus-range.json",
                TraceOptions.STRICT.withTenantKey("job")));
        assertEquals(BadRowCause.TIME_NOT_INCREASING, e.badRowCause());
        assertEquals("prometheus-range.json line 20, column 18 (data.result[1].values): time (1742205600) of tenant api must be"
                + " after its previous sample (1742205720)", e.getMessage());
    }

    @Test
    void prometheusSeriesWithoutTheTenantLabelIsRejectedPointByPoint() throws IOException {
        RecordingSink sink = new RecordingSink();
        TraceReadReport r = READERS.reader("prometheus").read(fixture("prometheus-range.json"),
                TraceOptions.LENIENT.withTenantKey("namespace"), sink);
        assertEquals(Map.of(BadRowCause.MISSING_TENANT, 5L), r.rejected());
        assertEquals("prometheus-range.json line 6, column 10 (data.result[0].metric): series has no label namespace (labels:"
                + " [__name__, job, tenant]); aggregate by it, e.g. sum by (namespace) (...)", r.examples().get(0));
    }

    @Test
    void cloudWatchJsonAndCsvGiveTheSameSamplesOldestFirst() throws IOException {
        List<String> expected = List.of("acme@" + T10 + "=35.25", "acme@" + (T10 + 300) + "=38.0", "acme@" + (T10 + 600) + "=41.5",
                "globex@" + T10 + "=2.5", "globex@" + (T10 + 300) + "=3.0");
        assertEquals(expected, read("cloudwatch", "cloudwatch-get-metric-data.json", TraceOptions.STRICT).samples);
        assertEquals(expected, read("cloudwatch", "cloudwatch-get-metric-data.csv", TraceOptions.STRICT).samples);
        RecordingSink byId = read("cloudwatch", "cloudwatch-get-metric-data.csv", TraceOptions.STRICT.withTenantKey("Id"));
        assertEquals(Map.of("m1", 3, "m2", 2), byId.perTenant);
        assertEquals(List.of(TraceMetric.CPU_PERCENT), byId.metrics);
    }

    @Test
    void openCostAllocationsGiveCpuMemoryAndExactCostPerStepWithoutIdle() throws IOException {
        RecordingSink sink = new RecordingSink();
        TraceReadReport r = READERS.reader("opencost").read(fixture("opencost-allocation.json"), TraceOptions.STRICT, sink);
        long d18 = DAY17 + 86_400;
        long d19 = d18 + 86_400;
        assertEquals(List.of(TraceMetric.CPU_PERCENT, TraceMetric.MEMORY_KB), sink.metrics);
        // 1.25 cores = 125 %, 2 GiB = 2,097,152 KB; 1 MiB = 1,024 KB
        assertEquals(List.of("acme@" + DAY17 + "=125.0;2097152.0", "globex@" + DAY17 + "=10.0;1024.0",
                "acme@" + d18 + "=150.0;2097152.0", "globex@" + d18 + "=20.0;2048.0"), sink.samples);
        assertEquals(List.of("acme@" + DAY17 + ".." + d18 + "=2.03", "globex@" + DAY17 + ".." + d18 + "=0.31",
                "acme@" + d18 + ".." + d19 + "=2.1", "globex@" + d18 + ".." + d19 + "=0.3"), sink.costs);
        assertEquals(4, r.rowsRead());
        assertEquals(2, r.tenants());
    }

    @Test
    void google2019InstancesAreSummedPerTenantAndWindow() throws IOException {
        long epoch = Instant.parse("2019-05-01T07:00:00Z").getEpochSecond();
        RecordingSink sink = read("google-2019", "google2019-instance-usage.csv", TraceOptions.STRICT.withStartEpochSecond(epoch));
        // window at 600 s: 280506 has 0.02×300 + 0.04×300 + 0.06×150 = 27 CPU-s = 9 % of 300 s; 391002 0.5 × 300 = 50 %
        assertEquals(List.of("280506@" + (epoch + 600) + "=9.0", "391002@" + (epoch + 600) + "=50.0",
                "280506@" + (epoch + 900) + "=3.0", "391002@" + (epoch + 900) + "=25.0"), round(sink.samples));
        RecordingSink byMachine = read("google-2019", "google2019-instance-usage.csv", TraceOptions.STRICT.withTenantKey("machine_id"));
        assertEquals(List.of("102@600=52.0", "215@600=4.0", "307@600=3.0", "102@900=28.0"), round(byMachine.samples));
    }

    /** Values to 9 decimals (sums of products of decimals are not exact in binary). */
    private static List<String> round(List<String> samples) {
        return samples.stream().map(s -> {
            int eq = s.indexOf('=');
            return s.substring(0, eq + 1) + Double.toString(Math.round(Double.parseDouble(s.substring(eq + 1)) * 1e9) / 1e9);
        }).toList();
    }

    @Test
    void aReplayOfAPrometheusExportHasTheTracedRates() throws IOException {
        TraceWorkload w = TraceReplay.replay(READERS.reader("prometheus"), fixture("prometheus-range.json"), TraceOptions.STRICT,
                ReplayOptions.DEFAULT);
        assertEquals(List.of("acme", "globex"), w.population().tenants().stream().map(t -> t.id()).toList());
        assertEquals(12.5, w.signatures()[0].rate(0), 1e-6);
        assertEquals(13.0, w.signatures()[0].rate(1), 1e-6);
    }
}
