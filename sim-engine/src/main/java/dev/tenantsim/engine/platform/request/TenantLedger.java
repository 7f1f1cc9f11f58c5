package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.JobStats;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.LoadSeries;
import dev.tenantsim.engine.platform.metrics.SloJudge;
import java.util.Arrays;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * What a stack measures per tenant (dense local index): totals, the current minute's requests,
 * errors and latencies (judged against the SLO when the minute closes), latency histograms, the
 * completed requests slower than each tenant's latency threshold, the violation minutes, and the load each tenant put on the stack per minute (work demanded plus
 * DB connection-seconds). Only tenants touched in a minute are visited when it closes.
 */
final class TenantLedger {
    /**
     * Significant digits of the per-tenant latency histograms: 2 keeps a tenant's histogram at a
     * few KB (12,000 tenants fit in memory); percentiles are then within 1% (relative) of the
     * exact order statistic. 3 digits would cost 8x the memory.
     */
    static final int LATENCY_DIGITS = 2;
    private static final int CAUSES = ErrorCause.count();

    private final int n;
    private final double[] p99Objective;
    private final double[] errorBudget;
    private final int minRequests;
    private final double[] slowThreshold;

    // The counters every request touches, packed one tenant per cache line (12,000 tenants: one
    // miss per request instead of one per array). Longs at stride 8, doubles at stride 4.
    private static final int OFFERED = 0;
    private static final int COMPLETED = 1;
    private static final int ATTEMPTS = 2;
    private static final int MINUTE_REQUESTS = 3;
    private static final int MINUTE_ERRORS = 4;
    private static final int MINUTE_LATENCIES = 5;
    private static final int TOUCHED = 6;
    private static final int HELD = 7;
    private static final int MINUTE_WORK = 0;
    private static final int HELD_SINCE = 1;
    private static final int CONNECTION_SECONDS = 2;
    private final long[] hot;
    private final double[] hotWork;

    private final long[] errors;
    private final AbstractHistogram[] latency;
    private final long[] slow;
    private final long[] jobsSubmitted;
    private final long[] jobsCompleted;
    private final double[] jobSojournSum;
    private final double[] jobSojournMax;
    private final long[] queriesKilled;

    // Current minute: latencies of each tenant, and which tenants were touched.
    // The minute's latencies as one sequential log (tenant, seconds): appending stays in cache,
    // unlike a buffer per tenant; the minute's close groups it by tenant (a counting sort).
    private int[] logTenant = new int[1024];
    private float[] logLatency = new float[1024];
    private int logSize;
    private float[] grouped = new float[1024];
    private final int[] cursor;
    private final int[] touchedList;
    private int touchedCount;
    private final int[] carry;

    // Over the horizon.
    private final int[][] violations;
    private final int[] violationCount;
    private final int[] violatorsPerMinute;
    // Sparse load per (minute, tenant), in minute order.
    private int[] usageMinute = new int[256];
    private int[] usageTenant = new int[256];
    private double[] usageWork = new double[256];
    private int usageCount;

    TenantLedger(int tenants, int minutes, double[] p99Objective, double[] errorBudget, int minRequests,
                 double[] slowThreshold) {
        this.n = tenants;
        this.p99Objective = p99Objective;
        this.errorBudget = errorBudget;
        this.minRequests = minRequests;
        this.slowThreshold = slowThreshold;
        slow = new long[n];
        hot = new long[8 * n];
        hotWork = new double[4 * n];
        errors = new long[n * CAUSES];
        latency = new AbstractHistogram[n];
        jobsSubmitted = new long[n];
        jobsCompleted = new long[n];
        jobSojournSum = new double[n];
        jobSojournMax = new double[n];
        queriesKilled = new long[n];
        cursor = new int[n];
        touchedList = new int[n];
        carry = new int[n];
        violations = new int[n][];
        violationCount = new int[n];
        violatorsPerMinute = new int[minutes];
    }

    /** A new, empty per-tenant latency histogram (microseconds). */
    static AbstractHistogram newHistogram() {
        return new IntCountsHistogram(LATENCY_DIGITS);
    }

    /** An empty histogram for merging many tenants (long counts: no overflow over long runs). */
    static AbstractHistogram newMergeHistogram() {
        return new Histogram(LATENCY_DIGITS);
    }

    static LatencySummary summary(AbstractHistogram h) {
        if (h == null || h.getTotalCount() == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(h.getTotalCount(), h.getMean() / 1e6, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(95) / 1e6, h.getValueAtPercentile(99) / 1e6,
                h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6);
    }

    // ------------------------------------------------------------------ recording

    /** A client issued a request whose work (seconds) is {@code work}. */
    void offered(int t, double work) {
        hot[8 * t + OFFERED]++;
        touch(t);
        hotWork[4 * t + MINUTE_WORK] += work;
    }

    /** Background work (seconds) was started for the tenant. */
    void demanded(int t, double work) {
        touch(t);
        hotWork[4 * t + MINUTE_WORK] += work;
    }

    void attempt(int t) {
        hot[8 * t + ATTEMPTS]++;
    }

    /** A request completed after {@code latency} seconds. */
    void completed(int t, double latencySeconds) {
        int h = 8 * t;
        hot[h + COMPLETED]++;
        touch(t); // the latency goes to the tenant's histogram when the minute closes
        hot[h + MINUTE_REQUESTS]++;
        hot[h + MINUTE_LATENCIES]++;
        if (logSize == logTenant.length) {
            logTenant = Arrays.copyOf(logTenant, logSize * 2);
            logLatency = Arrays.copyOf(logLatency, logSize * 2);
        }
        logTenant[logSize] = t;
        logLatency[logSize++] = (float) latencySeconds;
    }

    /** A request failed for good (its client will not retry). */
    void failed(int t, int cause) {
        errors[t * CAUSES + cause]++;
        touch(t);
        hot[8 * t + MINUTE_REQUESTS]++;
        hot[8 * t + MINUTE_ERRORS]++;
    }

    void connectionGranted(int t, double now) {
        accrue(t, now);
        hot[8 * t + HELD]++;
    }

    void connectionReleased(int t, double now) {
        accrue(t, now);
        hot[8 * t + HELD]--;
    }

    void jobSubmitted(int t) {
        jobsSubmitted[t]++;
    }

    void jobFinished(int t, double sojourn) {
        jobsCompleted[t]++;
        jobSojournSum[t] += sojourn;
        jobSojournMax[t] = Math.max(jobSojournMax[t], sojourn);
    }

    void queryKilled(int t) {
        queriesKilled[t]++;
    }

    private void accrue(int t, double now) {
        int w = 4 * t;
        hotWork[w + CONNECTION_SECONDS] += hot[8 * t + HELD] * (now - hotWork[w + HELD_SINCE]);
        hotWork[w + HELD_SINCE] = now;
        touch(t);
    }

    private void touch(int t) {
        int i = 8 * t + TOUCHED;
        if (hot[i] == 0) {
            hot[i] = 1;
            touchedList[touchedCount++] = t;
        }
    }

    // ------------------------------------------------------------------ minutes

    /** Judges minute {@code m} (ending at {@code end}) for every tenant touched in it; returns the violators. */
    int closeMinute(int m, double end) {
        groupLatencies();
        int violators = 0;
        int carried = 0;
        for (int k = 0; k < touchedCount; k++) {
            int t = touchedList[k];
            int h = 8 * t;
            int w = 4 * t;
            hot[h + TOUCHED] = 0;
            hotWork[w + CONNECTION_SECONDS] += hot[h + HELD] * (end - hotWork[w + HELD_SINCE]);
            hotWork[w + HELD_SINCE] = end;
            hotWork[w + MINUTE_WORK] += hotWork[w + CONNECTION_SECONDS];
            hotWork[w + CONNECTION_SECONDS] = 0;
            if (hot[h + HELD] > 0) {
                carry[carried++] = t; // still holding connections: part of the next minute too
            }
            int req = (int) hot[h + MINUTE_REQUESTS];
            if (req > 0) {
                int count = (int) hot[h + MINUTE_LATENCIES];
                int from = cursor[t] - count; // after grouping, cursor[t] is the end of t's run
                recordLatencies(t, from, count);
                double p99 = SloJudge.nearestRank(grouped, from, from + count, 0.99);
                if (SloJudge.violates(req, (int) hot[h + MINUTE_ERRORS], p99, p99Objective[t], errorBudget[t], minRequests)) {
                    violators++;
                    int[] v = violations[t];
                    if (v == null || violationCount[t] == v.length) {
                        v = v == null ? new int[8] : Arrays.copyOf(v, v.length * 2);
                        violations[t] = v;
                    }
                    v[violationCount[t]++] = m;
                }
            }
            if (hotWork[w + MINUTE_WORK] > 0) {
                addUsage(m, t, hotWork[w + MINUTE_WORK]);
            }
            hot[h + MINUTE_REQUESTS] = 0;
            hot[h + MINUTE_ERRORS] = 0;
            hot[h + MINUTE_LATENCIES] = 0;
            hotWork[w + MINUTE_WORK] = 0;
        }
        touchedCount = 0;
        logSize = 0;
        for (int k = 0; k < carried; k++) {
            touch(carry[k]);
        }
        if (m < violatorsPerMinute.length) {
            violatorsPerMinute[m] = violators;
        }
        return violators;
    }

    /** Groups the minute's latency log by tenant into {@code grouped} (counting sort). */
    private void groupLatencies() {
        int offset = 0;
        for (int k = 0; k < touchedCount; k++) {
            int t = touchedList[k];
            cursor[t] = offset;
            offset += (int) hot[8 * t + MINUTE_LATENCIES];
        }
        if (grouped.length < logSize) {
            grouped = new float[logTenant.length];
        }
        for (int i = 0; i < logSize; i++) {
            grouped[cursor[logTenant[i]]++] = logLatency[i];
        }
    }

    /**
     * Moves the minute's latencies of a tenant into its histogram and counts those above its slow
     * threshold: batched per tenant, so the histogram is touched once a minute rather than once a
     * request (12,000 histograms do not stay in cache).
     */
    private void recordLatencies(int t, int from, int count) {
        if (count == 0) {
            return;
        }
        AbstractHistogram h = latency[t];
        if (h == null) {
            h = newHistogram();
            latency[t] = h;
        }
        float threshold = (float) slowThreshold[t]; // the latencies are floats: a latency equal to the threshold is not slow
        long slower = 0;
        for (int i = from; i < from + count; i++) {
            float seconds = grouped[i];
            h.recordValue(Math.max(1L, Math.round(seconds * 1e6)));
            if (seconds > threshold) {
                slower++;
            }
        }
        slow[t] += slower;
    }

    private void addUsage(int m, int t, double work) {
        if (usageCount == usageMinute.length) {
            usageMinute = Arrays.copyOf(usageMinute, usageCount * 2);
            usageTenant = Arrays.copyOf(usageTenant, usageCount * 2);
            usageWork = Arrays.copyOf(usageWork, usageCount * 2);
        }
        usageMinute[usageCount] = m;
        usageTenant[usageCount] = t;
        usageWork[usageCount] = work;
        usageCount++;
    }

    // ------------------------------------------------------------------ results

    long offered(int t) {
        return hot[8 * t + OFFERED];
    }

    long completed(int t) {
        return hot[8 * t + COMPLETED];
    }

    long attempts(int t) {
        return hot[8 * t + ATTEMPTS];
    }

    /** Completed requests slower than the tenant's threshold (latency &gt; threshold). */
    long slow(int t) {
        return slow[t];
    }

    int[] violatorsPerMinute() {
        return violatorsPerMinute;
    }

    long[] errorsOf(int t) {
        return Arrays.copyOfRange(errors, t * CAUSES, (t + 1) * CAUSES);
    }

    int[] violationMinutes(int t) {
        return violations[t] == null ? new int[0] : Arrays.copyOf(violations[t], violationCount[t]);
    }

    AbstractHistogram histogram(int t) {
        return latency[t];
    }

    JobStats jobStats(int t) {
        if (jobsSubmitted[t] == 0) {
            return JobStats.NONE;
        }
        long done = jobsCompleted[t];
        return new JobStats(jobsSubmitted[t], done, done == 0 ? Double.NaN : jobSojournSum[t] / done,
                done == 0 ? Double.NaN : jobSojournMax[t], queriesKilled[t]);
    }

    /** Each tenant's load series (usage is recorded in minute order, so each is sorted). */
    LoadSeries[] loadSeries() {
        int[] count = new int[n];
        for (int k = 0; k < usageCount; k++) {
            count[usageTenant[k]]++;
        }
        int[][] minutes = new int[n][];
        double[][] seconds = new double[n][];
        for (int t = 0; t < n; t++) {
            minutes[t] = new int[count[t]];
            seconds[t] = new double[count[t]];
            count[t] = 0;
        }
        for (int k = 0; k < usageCount; k++) {
            int t = usageTenant[k];
            minutes[t][count[t]] = usageMinute[k];
            seconds[t][count[t]++] = usageWork[k];
        }
        LoadSeries[] out = new LoadSeries[n];
        for (int t = 0; t < n; t++) {
            out[t] = new LoadSeries(minutes[t], seconds[t]);
        }
        return out;
    }

    /** The tenant with the most load in minutes [from, to), or -1. */
    int aggressorIn(int from, int to) {
        double[] sum = new double[n];
        for (int k = 0; k < usageCount; k++) {
            int m = usageMinute[k];
            if (m >= from && m < to) {
                sum[usageTenant[k]] += usageWork[k];
            }
        }
        int best = -1;
        for (int t = 0; t < n; t++) {
            if (sum[t] > 0 && (best < 0 || sum[t] > sum[best])) {
                best = t;
            }
        }
        return best;
    }
}
