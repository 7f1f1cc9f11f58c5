package dev.tenantsim.workload.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.trace.csv.LongCsvTraceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Samples at 0, 300, 600 s (value 6) then at 3,000 s (value 12): the 2,400 s interval is a gap
 * (&gt; 900 s). Minutes 10..14 hold 6 (one normal step), minutes 15..49 are the gap.
 */
final class GapPolicyTest {
    @TempDir
    Path dir;

    private Signature replay(GapPolicy policy) throws IOException {
        Path f = dir.resolve("g.csv");
        Files.writeString(f, """
                timestamp,tenant,requests_per_s
                1970-01-01T00:00:00Z,acme,6
                300,acme,6
                600,acme,6
                3000,acme,12
                3300,acme,12
                """);
        TraceWorkload w = TraceReplay.replay(new LongCsvTraceReader(), f, TraceOptions.STRICT,
                ReplayOptions.DEFAULT.withGaps(policy));
        assertEquals(35, w.gapMinutes()[0]);
        return w.signatures()[0];
    }

    @Test
    void holdLastCarriesTheEarlierValueAcrossTheGap() throws IOException {
        Signature s = replay(GapPolicy.HOLD_LAST);
        assertEquals(6, s.rate(0));
        assertEquals(6, s.rate(14));
        assertEquals(6, s.rate(30));
        assertEquals(6, s.rate(49));
        assertEquals(12, s.rate(50));
        assertEquals(12, s.rate(59), "the last sample is held one step");
        assertEquals(0, s.rate(60), "beyond the trace: zero");
    }

    @Test
    void zeroFillsTheGapWithNothing() throws IOException {
        Signature s = replay(GapPolicy.ZERO);
        assertEquals(6, s.rate(14));
        assertEquals(0, s.rate(15));
        assertEquals(0, s.rate(49));
        assertEquals(12, s.rate(50));
    }

    @Test
    void linearInterpolatesInTimeBetweenTheTwoSamples() throws IOException {
        Signature s = replay(GapPolicy.LINEAR);
        assertEquals(6, s.rate(14));
        // minute m in the gap: 6 + (12 − 6)(m − 10)/(50 − 10)
        assertEquals(6 + 6 * 5 / 40.0, s.rate(15), 1e-6);
        assertEquals(6 + 6 * 30 / 40.0, s.rate(40), 1e-6);
        assertEquals(12, s.rate(50));
    }

    @Test
    void workColumnsBecomeRequestWeightedMeansOfTheTenantsWork() throws IOException {
        Path f = dir.resolve("w.csv");
        Files.writeString(f, """
                timestamp,tenant,requests_per_s,cpu_ms_per_request,io_ops_per_request
                0,acme,1,10,
                60,acme,3,20,4
                """);
        TraceWorkload w = TraceReplay.replay(new LongCsvTraceReader(), f, TraceOptions.STRICT, ReplayOptions.DEFAULT);
        assertEquals((1 * 10 + 3 * 20) / 4.0 / 1000, w.signatures()[0].work().appCpuSeconds().mean(), 1e-12);
        assertEquals(4.0, w.signatures()[0].work().dbIoOps().mean(), 1e-12, "only rows that measured it");
        assertEquals(dev.tenantsim.workload.RequestWork.DEFAULT.dbCpuSeconds(), w.signatures()[0].work().dbCpuSeconds(),
                "not measured: the default");
    }

    @Test
    void isoAndEpochTimestampsAgreeAndSubMinuteSamplesAreAveraged() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, """
                timestamp,tenant,requests_per_s
                1742205600,acme,2
                2025-03-17T10:00:30Z,acme,4
                2025-03-17 10:01:00,acme,10
                """);
        TraceWorkload w = TraceReplay.replay(new LongCsvTraceReader(), f, TraceOptions.STRICT, ReplayOptions.DEFAULT);
        assertEquals(1742205600L, w.originEpochSecond());
        assertEquals(3, w.signatures()[0].rate(0), 1e-9);
        assertEquals(10, w.signatures()[0].rate(1), 1e-9);
    }
}
