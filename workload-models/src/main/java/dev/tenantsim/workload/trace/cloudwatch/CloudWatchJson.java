package dev.tenantsim.workload.trace.cloudwatch;

import com.fasterxml.jackson.core.JsonToken;
import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.JsonCursor;
import dev.tenantsim.workload.trace.SeriesRows;
import dev.tenantsim.workload.trace.TimeOrder;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.IOException;
import java.nio.file.Path;

/** The JSON side of {@link CloudWatchTraceReader}: a {@code GetMetricData} response, result by result. */
final class CloudWatchJson {
    private final Path file;
    private final JsonCursor j;
    private final String key;
    private final TimeOrder order;
    private final TraceReadReport.Builder report;
    private final TraceSink sink;
    private final SeriesRows times = new SeriesRows();
    private final SeriesRows values = new SeriesRows();
    private final SeriesRows rows = new SeriesRows();
    private final double[] one = new double[1];

    CloudWatchJson(Path file, JsonCursor j, String key, TimeOrder order, TraceReadReport.Builder report, TraceSink sink) {
        this.file = file;
        this.j = j;
        this.key = key;
        this.order = order;
        this.report = report;
        this.sink = sink;
    }

    void read() throws IOException {
        j.expect(JsonToken.START_OBJECT, null, "a GetMetricData response {\"MetricDataResults\":[...]}");
        boolean results = false;
        while (j.next() == JsonToken.FIELD_NAME) {
            String f = j.fieldName();
            j.next();
            if (f.equals("MetricDataResults")) {
                if (j.current() != JsonToken.START_ARRAY) {
                    throw j.error(BadRowCause.BAD_HEADER, f, "found " + JsonCursor.describe(j.current()) + "; expected an array");
                }
                int k = 0;
                while (j.next() == JsonToken.START_OBJECT) {
                    result("MetricDataResults[" + k++ + "]");
                }
                results = true;
            } else {
                j.skipValue();
            }
        }
        if (!results) {
            throw j.error(BadRowCause.BAD_HEADER, null, "response has no MetricDataResults; expected a GetMetricData response");
        }
    }

    private void result(String where) throws IOException {
        times.clear();
        values.clear();
        rows.clear();
        String tenant = null;
        long line = j.line();
        int column = j.column();
        while (j.next() == JsonToken.FIELD_NAME) {
            String f = j.fieldName();
            j.next();
            if (f.equals(key)) {
                tenant = j.string();
            } else if (f.equals("Timestamps") && j.current() == JsonToken.START_ARRAY) {
                array(times, where + ".Timestamps", true);
                continue;
            } else if (f.equals("Values") && j.current() == JsonToken.START_ARRAY) {
                array(values, where + ".Values", false);
                continue;
            }
            j.skipValue();
        }
        CloudWatchTraceReader.pair(file, times, values, rows, where);
        TraceFormatException noTenant = tenant == null || tenant.isEmpty()
                ? new TraceFormatException(file, line, column, where + "." + key, BadRowCause.MISSING_TENANT,
                        key + " (missing or empty) must name the tenant")
                : null;
        rows.emit(file, noTenant == null ? tenant : null, noTenant, order, where + ".Timestamps", report, sink, one, true);
    }

    private void array(SeriesRows into, String where, boolean time) throws IOException {
        int k = 0;
        while (j.next() != JsonToken.END_ARRAY) {
            if (j.current() == null) {
                throw j.error(BadRowCause.TRUNCATED, where, "document ends inside an array");
            }
            String at = where + "[" + k++ + "]";
            long line = j.line();
            int column = j.column();
            try {
                if (time) {
                    into.add(j.epochSecond(at), Double.NaN, line, column, null);
                } else {
                    into.add(0, j.metric(at), line, column, null);
                }
            } catch (TraceFormatException e) {
                into.add(0, Double.NaN, line, column, e);
            }
            j.skipValue();
        }
    }
}
