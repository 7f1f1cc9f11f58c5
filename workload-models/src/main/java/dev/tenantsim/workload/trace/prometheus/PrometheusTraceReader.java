package dev.tenantsim.workload.trace.prometheus;

import com.fasterxml.jackson.core.JsonToken;
import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.FileTraceReader;
import dev.tenantsim.workload.trace.JsonCursor;
import dev.tenantsim.workload.trace.SeriesRows;
import dev.tenantsim.workload.trace.TimeOrder;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceMetric;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code prometheus}: the JSON response of a Prometheus range query ({@code /api/v1/query_range}),
 * plain or gzip — {@code {"status":"success","data":{"resultType":"matrix","result":[{"metric":
 * {labels},"values":[[t,"v"],...]},...]}}}. Each series is a tenant, named by its label
 * {@code TraceOptions.tenantKey} (default {@code tenant}); values (strings, as Prometheus writes
 * them) are {@code TraceOptions.valueMetric} (default {@code requests_per_s}, e.g. from
 * {@code sum by (tenant) (rate(http_requests_total[5m]))}). Two series of one tenant must not
 * overlap in time: aggregate by the tenant label in the query. An error response, or a result type
 * other than {@code matrix}, is fatal; a series without the label rejects its points
 * ({@link BadRowCause#MISSING_TENANT}). Each point is a row, located at its line and column.
 */
public final class PrometheusTraceReader implements FileTraceReader {
    public static final String NAME = "prometheus";
    static final String DEFAULT_LABEL = "tenant";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Prometheus range-query JSON (matrix; series label tenant = tenant, configurable)";
    }

    /** A one-line response ({@code curl} writes one) with a matrix result. */
    @Override
    public boolean recognises(String header) {
        return header.startsWith("{") && header.matches(".*\"resulttype\"\\s*:\\s*\"matrix\".*");
    }

    @Override
    public String fileSuffix() {
        return ".json";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        String label = options.tenantKeyOr(DEFAULT_LABEL);
        sink.begin(file.toString(), List.of(options.valueMetricOr(TraceMetric.REQUESTS_PER_S)));
        TimeOrder order = new TimeOrder();
        try (JsonCursor json = JsonCursor.open(file)) {
            Response r = new Response(file, json, label, order, report, sink);
            try {
                r.read();
            } catch (TraceFormatException e) {
                if (e.badRowCause() != BadRowCause.TRUNCATED) {
                    throw e;
                }
                report.rowRead();
                report.reject(e);
            }
        }
        return report.build(order.tenants());
    }

    /** One response being read; the series buffer is reused. */
    private static final class Response {
        private final Path file;
        private final JsonCursor json;
        private final String label;
        private final TimeOrder order;
        private final TraceReadReport.Builder report;
        private final TraceSink sink;
        private final SeriesRows rows = new SeriesRows();
        private final double[] one = new double[1];
        private String status;
        private String error;
        private int seriesIndex;

        Response(Path file, JsonCursor json, String label, TimeOrder order, TraceReadReport.Builder report, TraceSink sink) {
            this.file = file;
            this.json = json;
            this.label = label;
            this.order = order;
            this.report = report;
            this.sink = sink;
        }

        void read() throws IOException {
            json.expect(JsonToken.START_OBJECT, null, "a Prometheus API response {\"status\":...,\"data\":...}");
            boolean data = false;
            while (json.next() == JsonToken.FIELD_NAME) {
                String f = json.fieldName();
                json.next();
                switch (f) {
                    case "status" -> status = json.string();
                    case "error" -> error = json.string();
                    case "data" -> {
                        checkStatus();
                        data(json);
                        data = true;
                    }
                    default -> json.skipValue();
                }
            }
            checkStatus();
            if (!data) {
                throw json.error(BadRowCause.BAD_HEADER, null, "response has no data; expected {\"status\":\"success\",\"data\":{...}}");
            }
        }

        private void checkStatus() {
            if (status != null && !status.equals("success") || error != null) {
                throw json.error(BadRowCause.BAD_HEADER, "status", "response status (" + status + ") is an error"
                        + (error == null ? "" : ": " + error) + "; expected success");
            }
        }

        private void data(JsonCursor j) throws IOException {
            if (j.current() != JsonToken.START_OBJECT) {
                throw j.error(BadRowCause.BAD_HEADER, "data", "found " + JsonCursor.describe(j.current()) + "; expected an object");
            }
            String type = null;
            while (j.next() == JsonToken.FIELD_NAME) {
                String f = j.fieldName();
                j.next();
                if (f.equals("resultType")) {
                    type = j.string();
                    if (!"matrix".equals(type)) {
                        throw j.error(BadRowCause.BAD_HEADER, "data.resultType", "result type (" + type
                                + ") must be matrix (the answer of a range query, /api/v1/query_range)");
                    }
                } else if (f.equals("result")) {
                    if (j.current() != JsonToken.START_ARRAY) {
                        throw j.error(BadRowCause.BAD_HEADER, "data.result", "found " + JsonCursor.describe(j.current())
                                + "; expected an array of series");
                    }
                    while (j.next() == JsonToken.START_OBJECT) {
                        series(j);
                        seriesIndex++;
                    }
                } else {
                    j.skipValue();
                }
            }
        }

        private void series(JsonCursor j) throws IOException {
            String where = "data.result[" + seriesIndex + "]";
            rows.clear();
            String tenant = null;
            TreeSet<String> labels = new TreeSet<>();
            long seriesLine = j.line();
            int seriesColumn = j.column();
            while (j.next() == JsonToken.FIELD_NAME) {
                String f = j.fieldName();
                j.next();
                if (f.equals("metric") && j.current() == JsonToken.START_OBJECT) {
                    while (j.next() == JsonToken.FIELD_NAME) {
                        String name = j.fieldName();
                        j.next();
                        labels.add(name);
                        if (name.equals(label)) {
                            tenant = j.string();
                        }
                        j.skipValue();
                    }
                } else if (f.equals("values") && j.current() == JsonToken.START_ARRAY) {
                    values(j, where + ".values");
                } else {
                    j.skipValue();
                }
            }
            TraceFormatException noTenant = tenant == null || tenant.isEmpty()
                    ? new TraceFormatException(file, seriesLine, seriesColumn, where + ".metric", BadRowCause.MISSING_TENANT,
                            "series has no label " + label + " (labels: " + labels + "); aggregate by it, e.g. sum by ("
                                    + label + ") (...)")
                    : null;
            rows.emit(file, noTenant == null ? tenant : null, noTenant, order, where + ".values", report, sink, one, false);
        }

        /** The {@code [t, "v"]} pairs; a bad pair is kept with its problem so the rest is still read. */
        private void values(JsonCursor j, String where) throws IOException {
            int k = 0;
            while (j.next() == JsonToken.START_ARRAY) {
                String at = where + "[" + k++ + "]";
                long line = j.line();
                int column = j.column();
                long t = 0;
                double v = Double.NaN;
                TraceFormatException problem = null;
                int cells = 0;
                while (j.next() != JsonToken.END_ARRAY) {
                    if (j.current() == null) {
                        throw j.error(BadRowCause.TRUNCATED, at, "document ends inside a point; expected [time, \"value\"]");
                    }
                    try {
                        if (cells == 0) {
                            line = j.line();
                            column = j.column();
                            t = j.epochSecond(at + "[0]");
                        } else if (cells == 1) {
                            v = j.metric(at + "[1]");
                        }
                    } catch (TraceFormatException e) {
                        problem = problem == null ? e : problem;
                    }
                    j.skipValue();
                    cells++;
                }
                if (problem == null && cells != 2) {
                    problem = new TraceFormatException(file, line, column, at, BadRowCause.WRONG_COLUMN_COUNT,
                            "point has " + cells + " elements; expected 2 ([time, \"value\"])");
                }
                rows.add(t, v, line, column, problem);
            }
        }
    }
}
