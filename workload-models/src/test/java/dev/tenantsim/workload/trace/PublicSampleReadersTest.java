package dev.tenantsim.workload.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Alibaba 2018, SWF and aggregate-curve readers on the real public samples in ../shared/data
 * (see its README). Counts were taken from the files with awk, independently of the readers.
 */
final class PublicSampleReadersTest {
    private static final Path DATA = RealTracesTest.DATA;
    private static final TraceReaderRegistry READERS = TraceReaderRegistry.standard();

    @Test
    void alibabaMachineUsageOfSixteenMachinesIsReadWithoutRejections() throws IOException {
        Sums sink = new Sums();
        TraceReadReport r = READERS.reader("alibaba-v2018").read(DATA.resolve("alibaba-v2018/machine_usage_sample.csv"),
                TraceOptions.STRICT, sink);
        assertEquals(100_002, r.rowsRead());
        assertEquals(100_002, r.rowsAccepted());
        assertEquals(16, r.tenants());
        // awk: m_1933 has 7,193 rows whose cpu_util_percent adds up to 41,075
        assertEquals(7193, sink.count.get("m_1933"));
        assertEquals(41_075, sink.sum.get("m_1933"), 1e-9);
        assertEquals("m_1932@386640=41.0", sink.first);
    }

    @Test
    void swfJobsBecomePerUserBusyProcessorsMinuteByMinuteWithoutLosingAProcessorSecond() throws IOException {
        Sums sink = new Sums();
        Path log = DATA.resolve("swf/NASA-iPSC-1993-3.1-cln.swf.gz");
        TraceReadReport r = READERS.reader("swf").read(log, TraceOptions.STRICT, sink);
        assertEquals(18_239, r.rowsRead());
        assertEquals(18_239, r.rowsAccepted());
        assertEquals(69, r.tenants(), "69 distinct user ids");
        // awk over the log: the sum of run time × processors of every job is 474,238,015 processor-seconds
        double total = 0;
        for (double v : sink.sum.values()) {
            total += v / 100 * 60;
        }
        assertEquals(474_238_015, total, 1e-3);
        // user 4 runs 2,607 jobs of 171,530,396 processor-seconds
        assertEquals(171_530_396, sink.sum.get("user-4") / 100 * 60, 1e-3);
        // UnixStartTime 749458803: every user spans the log, from the first job's minute to the last job's end
        long first = 749_458_803L / 60;
        long last = (749_458_803L + 7_949_022 - 1) / 60;
        for (int n : sink.count.values()) {
            assertEquals(last - first + 1, n);
        }
        assertEquals(first * 60, sink.minTime);
        // awk over job starts and ends: one user never holds more than 144 processors at once (user 7 at
        // 3,010,441 s; the log's submit times are start times, so jobs overlap past the 128 nodes)
        assertTrue(sink.maxPercent <= 144 * 100 + 1e-6, "a minute's average is at most the user's peak");
        assertTrue(sink.maxPercent > 128 * 100, "user 7's minute at the overlap is above 128 processors");
    }

    @Test
    void aggregateCurvesAreOneTenantPerPlatformAtFiveMinuteSteps() throws IOException {
        Sums sink = new Sums();
        TraceReadReport r = READERS.reader("aggregate-curves").read(DATA.resolve("aggregate-dc-curves"), TraceOptions.STRICT, sink);
        assertEquals(2243 + 8640 + 8064, r.rowsAccepted());
        assertEquals(3, r.tenants());
        assertEquals(Map.of("alibaba2018_machine_usage_days_1_to_8_grouped_300_seconds", 2243,
                "azure_v2_vm_cpu_readings_month_aggregated_cpu_mem", 8640,
                "google2019_instance_usage_grouped_300_seconds_month", 8064), sink.count);
        assertEquals(8063 * 300, sink.lastTime.get("google2019_instance_usage_grouped_300_seconds_month"));
        assertEquals(8639 * 300, sink.lastTime.get("azure_v2_vm_cpu_readings_month_aggregated_cpu_mem"), "its own timestamps");
        assertEquals(44.16155843647663, sink.firstValue.get("google2019_instance_usage_grouped_300_seconds_month"), 1e-12,
                "avg_cpu 0.4416... as a percentage");
        assertEquals(16.126976521322472, sink.firstValue.get("alibaba2018_machine_usage_days_1_to_8_grouped_300_seconds"), 1e-12);
    }

    @Test
    void aReplayedSwfLogHasTheBusyProcessorsAsRequestRates() throws IOException {
        TraceWorkload w = TraceReplay.replay(READERS.reader("swf"), DATA.resolve("swf/NASA-iPSC-1993-3.1-cln.swf.gz"),
                TraceOptions.STRICT, ReplayOptions.DEFAULT);
        assertEquals(69, w.signatures().length);
        assertEquals(0, w.report().rejectedTotal());
        // job 1 of user 1 holds 128 processors from time 0 for 1,451 s: minute 0 is 57 s of it (the log starts at :03)
        int user1 = w.population().tenants().stream().map(t -> t.id()).toList().indexOf("user-1");
        assertEquals(128 * 57 / 60.0 / 0.008, w.signatures()[user1].rate(0), 1e-3);
        assertEquals(128 / 0.008, w.signatures()[user1].rate(1), 1e-3);
    }

    /** Per tenant: count, sum of the first value, first value, last time; overall first sample and extremes. */
    static final class Sums implements TraceSink {
        final Map<String, Integer> count = new HashMap<>();
        final Map<String, Double> sum = new HashMap<>();
        final Map<String, Double> firstValue = new HashMap<>();
        final Map<String, Long> lastTime = new HashMap<>();
        String first;
        long minTime = Long.MAX_VALUE;
        double maxPercent;

        @Override
        public void begin(String source, List<TraceMetric> metrics) {
        }

        @Override
        public void sample(String tenant, long epochSecond, double[] values) {
            if (first == null) {
                first = tenant + "@" + epochSecond + "=" + values[0];
            }
            count.merge(tenant, 1, Integer::sum);
            sum.merge(tenant, values[0], Double::sum);
            firstValue.putIfAbsent(tenant, values[0]);
            lastTime.put(tenant, epochSecond);
            minTime = Math.min(minTime, epochSecond);
            maxPercent = Math.max(maxPercent, values[0]);
        }
    }
}
