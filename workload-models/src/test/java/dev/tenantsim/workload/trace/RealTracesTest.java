package dev.tenantsim.workload.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.Signature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers parse the real public samples in ../shared/data (see its README). */
final class RealTracesTest {
    static final Path DATA = Path.of(System.getProperty("tenantsim.data", "../../shared/data"));
    private static final TraceReaderRegistry READERS = TraceReaderRegistry.standard();

    @Test
    void bitbrainsMonthOfFiveVmsIsReadWithoutRejectionsAndReplayedWithGapsFilled() throws IOException {
        Path dir = DATA.resolve("bitbrains-rnd/2013-7");
        TraceWorkload w = TraceReplay.replay(READERS.reader("bitbrains"), dir, TraceOptions.STRICT, ReplayOptions.DEFAULT);
        assertEquals(42_049 - 5, w.report().rowsRead());
        assertEquals(w.report().rowsRead(), w.report().rowsAccepted());
        assertEquals(0, w.report().rejectedTotal());
        assertEquals(List.of("1", "386", "407", "412", "92"), w.population().tenants().stream().map(t -> t.id()).toList());
        // VM 1, first row 1372629804: 2 cores, CPU 1.5 % -> 0.03 busy cores / 8 ms = 3.75 req/s
        int vm1 = 0;
        Signature s = w.signatures()[vm1];
        long firstMinute = 1372629804L / 60;
        assertEquals(3.75, s.rate((int) (firstMinute - w.originEpochSecond() / 60)), 1e-5);
        // VM 1 has a 3,300 s and a 110,414 s gap: both longer than the 900 s hold limit
        int expectedGap = (3300 - 300) / 60 + (110_414 - 300) / 60;
        assertEquals(expectedGap, w.gapMinutes()[vm1], 4, "gap minutes of VM 1");
        assertTrue(((ReplaySignature) s).tracedMinutes() > 30 * 1440 - 60, "about a month of minutes");
    }

    @Test
    void planetLabDayOfTwentyOneVmsIsReadAtFiveMinuteSteps() throws IOException {
        Path dir = DATA.resolve("planetlab/20110303");
        CountingSink sink = new CountingSink();
        TraceReadReport r = READERS.reader("planetlab").read(dir, TraceOptions.STRICT, sink);
        assertEquals(21, r.tenants());
        assertEquals(21 * 288, r.rowsAccepted());
        assertEquals(287 * 300, sink.lastTime, "line 288 is at 287 × 300 s");
        TraceWorkload w = TraceReplay.replay(READERS.reader("planetlab"), dir, TraceOptions.STRICT,
                ReplayOptions.DEFAULT.withBeyond(ReplayOptions.Beyond.REPEAT));
        Signature s = w.signatures()[0];
        assertEquals(1440, ((ReplaySignature) s).tracedMinutes());
        assertEquals(s.rate(17), s.rate(17 + 1440), 0, "a one-day trace repeats into a week");
        String first = Files.readAllLines(dir.resolve(w.population().get(0).id())).get(0).trim();
        assertEquals(Double.parseDouble(first) / 100 / 0.008, s.rate(0), 1e-4);
    }

    @Test
    void azureV1WideCsvGivesTwentyFiveVmsOf8004Readings() throws IOException {
        Path file = DATA.resolve("azure-v1-vm-cpu/azure_v1_avg_cpu_25vms_5min.csv");
        CountingSink sink = new CountingSink();
        TraceReadReport r = READERS.reader("azure-v1").read(file, TraceOptions.STRICT, sink);
        assertEquals(8004, r.rowsAccepted());
        assertEquals(25, r.tenants());
        assertEquals(25 * 8004, sink.samples);
        assertEquals(8003 * 300, sink.lastTime);
    }

    @Test
    void azureLlmArrivalsAreCountedPerMinuteWithoutLosingOne() throws IOException {
        for (String name : List.of("code", "conv")) {
            Path file = DATA.resolve("azure-llm-2023/AzureLLMInferenceTrace_" + name + ".csv");
            long lines = Files.lines(file).count() - 1;
            TraceWorkload w = TraceReplay.replay(READERS.reader("azure-llm"), file, TraceOptions.STRICT, ReplayOptions.DEFAULT);
            assertEquals(lines, w.report().rowsAccepted());
            double[] r = new double[120];
            w.signatures()[0].fillRates(0, r);
            double total = 0;
            for (double v : r) {
                total += v * 60;
            }
            assertEquals(lines, total, 1e-3 * lines, name + ": every arrival is in some minute");
        }
    }

    /** Counts samples and remembers the last time. */
    static final class CountingSink implements TraceSink {
        long samples;
        long lastTime;

        @Override
        public void begin(String source, List<TraceMetric> metrics) {
        }

        @Override
        public void sample(String tenant, long epochSecond, double[] values) {
            samples++;
            lastTime = Math.max(lastTime, epochSecond);
        }
    }
}
