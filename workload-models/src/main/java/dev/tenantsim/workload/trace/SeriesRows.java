package dev.tenantsim.workload.trace;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * One series of a JSON or CSV export (a Prometheus series, a CloudWatch result) held while it is
 * read, so that its tenant may come after its values and a newest-first series (CloudWatch's
 * default order) can be given to the sink oldest-first. A series is small (an API caps its points);
 * the file is still streamed series by series. Each point remembers where it was read and the
 * first problem found in it, so that it is rejected with its own line and column.
 */
public final class SeriesRows {
    private long[] times = new long[64];
    private double[] values = new double[64];
    private long[] lines = new long[64];
    private int[] columns = new int[64];
    private TraceFormatException[] problems = new TraceFormatException[64];
    private int n;

    public void clear() {
        Arrays.fill(problems, 0, n, null);
        n = 0;
    }

    public int size() {
        return n;
    }

    public long time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    public long line(int i) {
        return lines[i];
    }

    public int column(int i) {
        return columns[i];
    }

    /** The problem of point {@code i}, or null. */
    public TraceFormatException problem(int i) {
        return problems[i];
    }

    /** A point read at {@code line}, {@code column}; {@code problem} is null for a good point. */
    public void add(long time, double value, long line, int column, TraceFormatException problem) {
        if (n == times.length) {
            int c = n * 2;
            times = Arrays.copyOf(times, c);
            values = Arrays.copyOf(values, c);
            lines = Arrays.copyOf(lines, c);
            columns = Arrays.copyOf(columns, c);
            problems = Arrays.copyOf(problems, c);
        }
        times[n] = time;
        values[n] = value;
        lines[n] = line;
        columns[n] = column;
        problems[n] = problem;
        n++;
    }

    /**
     * Gives the points to {@code sink} as samples of {@code tenant}, oldest first: when
     * {@code eitherOrder} and the first two good points go back in time, the series is read
     * newest-first. A point out of that order,
     * or not after the tenant's previous sample, is {@link BadRowCause#TIME_NOT_INCREASING}; a
     * point with a problem, or of a series without a tenant ({@code tenant == null}, rejected with
     * {@code noTenant}), is rejected through {@code report}. NaN values (not measured) are read but
     * not given to the sink.
     */
    public void emit(Path file, String tenant, TraceFormatException noTenant, TimeOrder order, String timeName,
                     TraceReadReport.Builder report, TraceSink sink, double[] one, boolean eitherOrder) {
        boolean newestFirst = eitherOrder && newestFirst();
        for (int k = 0; k < n; k++) {
            int i = newestFirst ? n - 1 - k : k;
            report.rowRead();
            try {
                if (problems[i] != null) {
                    throw problems[i];
                }
                if (tenant == null) {
                    throw noTenant;
                }
                order.check(tenant, times[i], file, lines[i], columns[i], timeName);
            } catch (TraceFormatException e) {
                report.reject(e);
                continue;
            }
            if (Double.isNaN(values[i])) {
                continue;
            }
            order.accept(tenant, times[i]);
            one[0] = values[i];
            sink.sample(tenant, times[i], one);
            report.rowAccepted();
        }
    }

    private boolean newestFirst() {
        long first = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (problems[i] == null) {
                if (first == Long.MIN_VALUE) {
                    first = times[i];
                } else {
                    return times[i] < first;
                }
            }
        }
        return false;
    }
}
