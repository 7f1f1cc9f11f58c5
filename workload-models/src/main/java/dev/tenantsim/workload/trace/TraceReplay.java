package dev.tenantsim.workload.trace;

import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.Residency;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import dev.tenantsim.workload.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resamples a streamed trace to one-minute rates per tenant and builds replaying signatures.
 *
 * <p>Resampling: a sample at time t is the average over [t, next sample); it is held over the
 * minutes from ⌊t/60⌋ up to the next sample's minute. Samples starting in the same minute are
 * averaged. An interval longer than {@code maxHoldSeconds} is a gap: the earlier value is held for
 * one normal step (the tenant's previous interval, or one minute if none), then the rest is filled
 * by the {@link GapPolicy}. The last sample is held for one normal step. Only the per-minute
 * rates are kept (a float per tenant-minute), never the rows. Work per request columns
 * ({@code cpu_ms_per_request}, {@code db_cpu_ms_per_request}, {@code io_ops_per_request},
 * {@code connection_hold_ms}) become the means of the tenant's {@link RequestWork}, weighted by the
 * row's request rate; shapes and CVs stay the defaults.
 */
public final class TraceReplay implements TraceSink {
    private final ReplayOptions options;
    private final Map<String, Series> series = new TreeMap<>();
    private RateMapping.Bound mapping;
    /** Positions of the per-request work metrics in the current file's rows (−1 if absent). */
    private final int[] workColumns = new int[WORK_METRICS.size()];
    /** Work metrics, ms or ops per request, and the factor to RequestWork units. */
    private static final List<TraceMetric> WORK_METRICS = List.of(TraceMetric.CPU_MS_PER_REQUEST,
            TraceMetric.DB_CPU_MS_PER_REQUEST, TraceMetric.IO_OPS_PER_REQUEST, TraceMetric.CONNECTION_HOLD_MS);
    private static final double[] WORK_UNIT = {1e-3, 1e-3, 1, 1e-3};

    public TraceReplay(ReplayOptions options) {
        this.options = options;
    }

    /** Reads {@code path} with {@code reader} and replays it. */
    public static TraceWorkload replay(TraceReader reader, Path path, TraceOptions read, ReplayOptions replay)
            throws IOException {
        TraceReplay sink = new TraceReplay(replay);
        TraceReadReport report = reader.read(path, read, sink);
        return sink.build(report);
    }

    @Override
    public void begin(String source, List<TraceMetric> metrics) {
        mapping = options.mapping().bind(metrics);
        for (int i = 0; i < workColumns.length; i++) {
            workColumns[i] = metrics.indexOf(WORK_METRICS.get(i));
        }
    }

    @Override
    public void sample(String tenant, long epochSecond, double[] values) {
        double r = mapping.rate(values);
        if (Double.isNaN(r)) {
            return;
        }
        Series s = series.computeIfAbsent(tenant, k -> new Series());
        s.add(epochSecond, r * options.scale());
        for (int i = 0; i < workColumns.length; i++) {
            int c = workColumns[i];
            if (c >= 0 && !Double.isNaN(values[c]) && r > 0) {
                s.workSum[i] += r * values[c];
                s.workWeight[i] += r;
            }
        }
    }

    /** The tenants and signatures of everything received so far. */
    public TraceWorkload build(TraceReadReport report) {
        long originMinute;
        if (options.originEpochSecond() != Long.MIN_VALUE) {
            originMinute = Math.floorDiv(options.originEpochSecond(), 60);
        } else {
            originMinute = series.values().stream().mapToLong(s -> s.firstMinute).min().orElse(0);
        }
        Tier tier = options.tiers().stream().filter(t -> t.name().equals(options.tier())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("replay.tier (" + options.tier() + ") is not a tier"));
        List<TenantProfile> tenants = new ArrayList<>();
        Signature[] sigs = new Signature[series.size()];
        int[] gaps = new int[series.size()];
        RequestWork work = RequestWork.DEFAULT.withAppCpuMean(options.mapping().cpuMsPerRequest() / 1000);
        int i = 0;
        for (Map.Entry<String, Series> e : series.entrySet()) {
            Series s = e.getValue();
            s.finish();
            long off = s.firstMinute - originMinute;
            if (off > Integer.MAX_VALUE || off < Integer.MIN_VALUE) {
                throw new IllegalArgumentException("trace tenant " + e.getKey() + " starts " + off
                        + " minutes from the origin; out of range");
            }
            sigs[i] = new ReplaySignature(Arrays.copyOf(s.values, s.length), (int) off,
                    options.beyond() == ReplayOptions.Beyond.REPEAT, s.work(work));
            gaps[i] = s.gapMinutes;
            tenants.add(new TenantProfile(e.getKey(), i, tier.name(), 0, 0, options.region(), Residency.ANY,
                    tier.monthlyFee(), Optional.empty()));
            i++;
        }
        return new TraceWorkload(new Population(tenants, options.tiers()), sigs, report, gaps, originMinute * 60);
    }

    /** One tenant's minute series under construction. */
    private final class Series {
        long firstMinute = Long.MIN_VALUE;
        float[] values = new float[1024];
        int length;
        int gapMinutes;
        long pendingTime;
        double pendingSum;
        int pendingCount;
        long previousInterval = -1;
        final double[] workSum = new double[WORK_METRICS.size()];
        final double[] workWeight = new double[WORK_METRICS.size()];

        /** The default work with the request-weighted means of the work the trace measured. */
        RequestWork work(RequestWork dflt) {
            double[] m = new double[workSum.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = workWeight[i] > 0 ? workSum[i] / workWeight[i] * WORK_UNIT[i] : Double.NaN;
            }
            return dflt.withMeans(m[0], m[1], m[2], m[3]);
        }

        void add(long t, double r) {
            long minute = Math.floorDiv(t, 60);
            if (firstMinute == Long.MIN_VALUE) {
                firstMinute = minute;
                start(t, r);
                return;
            }
            long pendingMinute = Math.floorDiv(pendingTime, 60);
            if (minute == pendingMinute) {
                pendingSum += r;
                pendingCount++;
                return;
            }
            double v1 = pendingSum / pendingCount;
            long d = t - pendingTime;
            int m1 = (int) (pendingMinute - firstMinute);
            int m2 = (int) (minute - firstMinute);
            if (d <= options.maxHoldSeconds()) {
                fill(m1, m2, v1);
                previousInterval = d;
            } else {
                int hold = Math.min(m2 - m1, holdMinutes());
                fill(m1, m1 + hold, v1);
                for (int m = m1 + hold; m < m2; m++) {
                    double v = switch (options.gaps()) {
                        case HOLD_LAST -> v1;
                        case ZERO -> 0;
                        case LINEAR -> v1 + (r - v1) * (m - m1) / (double) (m2 - m1);
                    };
                    set(m, v);
                }
                gapMinutes += m2 - m1 - hold;
            }
            start(t, r);
        }

        private int holdMinutes() {
            return previousInterval > 0 ? (int) Math.max(1, (previousInterval + 59) / 60) : 1;
        }

        private void start(long t, double r) {
            pendingTime = t;
            pendingSum = r;
            pendingCount = 1;
        }

        void finish() {
            if (pendingCount > 0) {
                int m1 = (int) (Math.floorDiv(pendingTime, 60) - firstMinute);
                fill(m1, m1 + holdMinutes(), pendingSum / pendingCount);
                pendingCount = 0;
            }
        }

        private void fill(int from, int to, double v) {
            for (int m = from; m < to; m++) {
                set(m, v);
            }
        }

        private void set(int m, double v) {
            if (m >= values.length) {
                values = Arrays.copyOf(values, Math.max(m + 1, values.length * 2));
            }
            values[m] = (float) v;
            length = Math.max(length, m + 1);
        }
    }
}
