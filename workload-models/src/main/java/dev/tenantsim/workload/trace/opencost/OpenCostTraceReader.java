package dev.tenantsim.workload.trace.opencost;

import com.fasterxml.jackson.core.JsonToken;
import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.FileTraceReader;
import dev.tenantsim.workload.trace.JsonCursor;
import dev.tenantsim.workload.trace.TimeOrder;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceMetric;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code opencost}: the JSON response of the OpenCost allocation API ({@code /allocation} or
 * {@code /allocation/compute}, with {@code aggregate=namespace} or {@code aggregate=label:<name>}
 * and a {@code step}), plain or gzip — {@code {"code":200,"data":[{"<name>":{allocation},...},...]}},
 * one set per step. Each allocation name is a tenant ({@code __idle__}, capacity nobody used, is
 * skipped). An allocation is a row: its {@code window.start} (or {@code start}) is the sample time,
 * {@code cpuCoreUsageAverage} (required) becomes {@code cpu_percent} = 100 × cores and
 * {@code ramByteUsageAverage} (optional) {@code memory_kb}; its {@code totalCost}, exact, goes to
 * {@link TraceSink#cost} with the window. Per tenant, windows must move forward in time.
 */
public final class OpenCostTraceReader implements FileTraceReader {
    public static final String NAME = "opencost";
    static final String IDLE = "__idle__";
    private static final List<TraceMetric> METRICS = List.of(TraceMetric.CPU_PERCENT, TraceMetric.MEMORY_KB);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OpenCost allocation API JSON (namespace or label = tenant; CPU, memory and cost per step)";
    }

    /** A one-line response: {@code "code"} and a {@code "data"} array of allocation sets. */
    @Override
    public boolean recognises(String header) {
        return header.startsWith("{") && header.matches(".*\"code\"\\s*:.*") && header.matches(".*\"data\"\\s*:\\s*\\[.*");
    }

    @Override
    public String fileSuffix() {
        return ".json";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        sink.begin(file.toString(), METRICS);
        TimeOrder order = new TimeOrder();
        try (JsonCursor j = JsonCursor.open(file)) {
            try {
                read(file, j, order, report, sink);
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

    private static void read(Path file, JsonCursor j, TimeOrder order, TraceReadReport.Builder report, TraceSink sink)
            throws IOException {
        j.expect(JsonToken.START_OBJECT, null, "an OpenCost response {\"code\":200,\"data\":[...]}");
        boolean data = false;
        String code = null;
        String message = null;
        double[] values = new double[METRICS.size()];
        while (j.next() == JsonToken.FIELD_NAME) {
            String f = j.fieldName();
            j.next();
            switch (f) {
                case "code" -> code = j.string();
                case "message" -> message = j.string();
                case "data" -> {
                    if (code != null && !code.equals("200")) {
                        throw j.error(BadRowCause.BAD_HEADER, "code", "response code (" + code + ") is an error"
                                + (message == null ? "" : ": " + message) + "; expected 200");
                    }
                    if (j.current() != JsonToken.START_ARRAY) {
                        throw j.error(BadRowCause.BAD_HEADER, "data", "found " + JsonCursor.describe(j.current())
                                + "; expected an array of allocation sets, one per step");
                    }
                    int step = 0;
                    while (j.next() == JsonToken.START_OBJECT) {
                        while (j.next() == JsonToken.FIELD_NAME) {
                            String name = j.fieldName();
                            j.next();
                            String where = "data[" + step + "]." + name;
                            if (name.equals(IDLE) || j.current() != JsonToken.START_OBJECT) {
                                j.skipValue();
                                continue;
                            }
                            allocation(file, j, name, where, order, report, sink, values);
                        }
                        step++;
                    }
                    data = true;
                }
                default -> j.skipValue();
            }
        }
        if (code != null && !code.equals("200")) {
            throw j.error(BadRowCause.BAD_HEADER, "code", "response code (" + code + ") is an error"
                    + (message == null ? "" : ": " + message) + "; expected 200");
        }
        if (!data) {
            throw j.error(BadRowCause.BAD_HEADER, null, "response has no data; expected {\"code\":200,\"data\":[...]}");
        }
    }

    /** One allocation, read whole before it is judged, so a bad one is skipped cleanly when lenient. */
    private static void allocation(Path file, JsonCursor j, String tenant, String where, TimeOrder order,
                                   TraceReadReport.Builder report, TraceSink sink, double[] values) throws IOException {
        report.rowRead();
        long line = j.line();
        int column = j.column();
        TraceFormatException problem = null;
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        double cpu = Double.NaN;
        double ram = Double.NaN;
        BigDecimal cost = null;
        boolean hasCpu = false;
        while (j.next() == JsonToken.FIELD_NAME) {
            String f = j.fieldName();
            j.next();
            try {
                switch (f) {
                    case "window" -> {
                        if (j.current() == JsonToken.START_OBJECT) {
                            while (j.next() == JsonToken.FIELD_NAME) {
                                String w = j.fieldName();
                                j.next();
                                try {
                                    if (w.equals("start")) {
                                        start = j.epochSecond(where + ".window.start");
                                    } else if (w.equals("end")) {
                                        end = j.epochSecond(where + ".window.end");
                                    }
                                } catch (TraceFormatException e) {
                                    problem = problem == null ? e : problem;
                                }
                                j.skipValue();
                            }
                            continue;
                        }
                    }
                    case "start" -> start = start == Long.MIN_VALUE ? j.epochSecond(where + ".start") : start;
                    case "end" -> end = end == Long.MIN_VALUE ? j.epochSecond(where + ".end") : end;
                    case "cpuCoreUsageAverage" -> {
                        hasCpu = true;
                        cpu = j.metric(where + ".cpuCoreUsageAverage");
                    }
                    case "ramByteUsageAverage" -> ram = j.metric(where + ".ramByteUsageAverage");
                    case "totalCost" -> cost = j.decimal(where + ".totalCost");
                    default -> {
                    }
                }
            } catch (TraceFormatException e) {
                problem = problem == null ? e : problem;
            }
            j.skipValue();
        }
        try {
            if (problem != null) {
                throw problem;
            }
            if (start == Long.MIN_VALUE) {
                throw new TraceFormatException(file, line, column, where + ".window.start", BadRowCause.WRONG_COLUMN_COUNT,
                        "allocation has no window.start; expected the start of its window");
            }
            if (!hasCpu) {
                throw new TraceFormatException(file, line, column, where + ".cpuCoreUsageAverage",
                        BadRowCause.WRONG_COLUMN_COUNT, "allocation has no cpuCoreUsageAverage; expected its CPU usage in cores");
            }
            order.check(tenant, start, file, line, column, where + ".window.start");
        } catch (TraceFormatException e) {
            report.reject(e);
            return;
        }
        order.accept(tenant, start);
        values[0] = 100 * cpu;
        values[1] = ram / 1024;
        sink.sample(tenant, start, values);
        if (cost != null) {
            sink.cost(tenant, start, end == Long.MIN_VALUE ? start : end, cost);
        }
        report.rowAccepted();
    }
}
