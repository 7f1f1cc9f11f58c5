package dev.tenantsim.workload.trace.cloudwatch;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.FileTraceReader;
import dev.tenantsim.workload.trace.JsonCursor;
import dev.tenantsim.workload.trace.SeriesRows;
import dev.tenantsim.workload.trace.TimeOrder;
import dev.tenantsim.workload.trace.TraceFiles;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceMetric;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cloudwatch}: a CloudWatch {@code GetMetricData} export, JSON or CSV (told apart by the
 * first character), plain or gzip.
 *
 * <ul>
 *   <li>JSON: the response as the AWS CLI prints it, {@code {"MetricDataResults":[{"Id","Label",
 *       "Timestamps":[...],"Values":[...],"StatusCode"},...]}}. Timestamps are ISO-8601 strings
 *       or epoch seconds; {@code Timestamps[i]} goes with {@code Values[i]}.</li>
 *   <li>CSV: one row per data point, the results flattened — a header with {@code Label},
 *       {@code Timestamp} and {@code Value} (and optionally {@code Id}, {@code StatusCode}), cells
 *       may be double-quoted ({@code jq @csv}); the rows of one result are consecutive.</li>
 * </ul>
 *
 * Each result is a tenant named by its {@code Label} (or its {@code Id}: {@code TraceOptions.tenantKey});
 * values are {@code TraceOptions.valueMetric} (default {@code cpu_percent}, the CPUUtilization
 * average). CloudWatch returns newest first by default: a result in either order is replayed
 * oldest first; a result that changes direction, or a tenant's results that overlap in time, is
 * {@link BadRowCause#TIME_NOT_INCREASING}. For a count statistic (a Sum per period) query
 * {@code m1/PERIOD(m1)} so that values are per second.
 */
public final class CloudWatchTraceReader implements FileTraceReader {
    public static final String NAME = "cloudwatch";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CloudWatch GetMetricData export, JSON or CSV (result Label = tenant, configurable)";
    }

    /** A one-line JSON response with {@code MetricDataResults}, or the CSV header of the flattened results. */
    @Override
    public boolean recognises(String header) {
        if (header.startsWith("{")) {
            return header.contains("\"metricdataresults\"");
        }
        List<String> c = List.of(header.replace("\"", "").replace(" ", "").split(",", -1));
        return (c.get(0).equals("id") || c.get(0).equals("label")) && c.contains("label") && c.contains("timestamp")
                && c.contains("value");
    }

    @Override
    public String fileSuffix() {
        return "";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        String key = options.tenantKeyOr("Label");
        if (!key.equals("Label") && !key.equals("Id")) {
            throw new IllegalArgumentException("trace.tenantKey (" + key + ") must be Label or Id for the cloudwatch format");
        }
        sink.begin(file.toString(), List.of(options.valueMetricOr(TraceMetric.CPU_PERCENT)));
        TimeOrder order = new TimeOrder();
        try {
            if (json(file)) {
                try (JsonCursor j = JsonCursor.open(file)) {
                    new CloudWatchJson(file, j, key, order, report, sink).read();
                }
            } else {
                new CloudWatchCsv(file, key, order, report, sink).read();
            }
        } catch (TraceFormatException e) {
            if (e.badRowCause() != BadRowCause.TRUNCATED) {
                throw e;
            }
            report.rowRead();
            report.reject(e);
        }
        return report.build(order.tenants());
    }

    /** Whether the first non-blank character is {@code '{'}. */
    private static boolean json(Path file) throws IOException {
        try (InputStream in = TraceFiles.open(file)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF);
            return c == '{';
        }
    }

    /** Pairs {@code Timestamps[i]} with {@code Values[i]} into {@code rows}; extra elements of either are bad rows. */
    static void pair(Path file, SeriesRows times, SeriesRows values, SeriesRows rows, String where) {
        int n = Math.max(times.size(), values.size());
        for (int i = 0; i < n; i++) {
            if (i >= times.size() || i >= values.size()) {
                SeriesRows has = i < times.size() ? times : values;
                rows.add(0, Double.NaN, has.line(i), has.column(i), new TraceFormatException(file, has.line(i),
                        has.column(i), where, BadRowCause.WRONG_COLUMN_COUNT, "Timestamps has " + times.size()
                        + " elements and Values " + values.size() + "; expected as many of each"));
                continue;
            }
            TraceFormatException p = times.problem(i) != null ? times.problem(i) : values.problem(i);
            rows.add(times.time(i), values.value(i), times.line(i), times.column(i), p);
        }
    }
}
