package dev.tenantsim.workload.trace.google;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.Cells;
import dev.tenantsim.workload.trace.FileTraceReader;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceLines;
import dev.tenantsim.workload.trace.TraceMetric;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code google-2019}: a CSV export of the {@code instance_usage} table of Google cluster data 2019
 * (e.g. from BigQuery, {@code ORDER BY start_time}) — a header naming columns of that table
 * (nested fields written {@code average_usage.cpus} or {@code average_usage_cpus}), at least
 * {@code start_time}, {@code end_time}, the tenant column ({@code collection_id} unless
 * {@code TraceOptions.tenantKey} names another, e.g. {@code user} joined from
 * {@code collection_events}) and {@code average_usage.cpus}. Times are microseconds from the
 * trace's time 0 (600 s before its start), placed at {@code TraceOptions.startEpochSecond}.
 *
 * <p>Every instance of a tenant is summed per window of {@code stepSeconds} (300 s, the table's
 * own): CPU-seconds = {@code average_usage.cpus × (end_time − start_time)}, attributed to the window
 * of {@code start_time}; the sample is {@code cpu_percent} = 100 × CPU-seconds / window, the CPU in
 * Google's normalised compute units counted as cores. Rows must not go back in time (a window is
 * emitted once the rows have passed it); a window without rows of a tenant is a gap of the replay.
 */
public final class Google2019TraceReader implements FileTraceReader {
    public static final String NAME = "google-2019";
    /** Columns of {@code instance_usage} (flattened) and {@code user}, the collection's owner. */
    static final List<String> KNOWN = List.of("start_time", "end_time", "collection_id", "instance_index", "machine_id",
            "alloc_collection_id", "alloc_instance_index", "collection_type", "average_usage.cpus",
            "average_usage.memory", "maximum_usage.cpus", "maximum_usage.memory", "random_sample_usage.cpus",
            "assigned_memory", "page_cache_memory", "cycles_per_instruction", "memory_accesses_per_instruction",
            "sample_rate", "user");
    private static final List<TraceMetric> METRICS = List.of(TraceMetric.CPU_PERCENT);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Google cluster data 2019 instance_usage CSV export (collection = tenant, instances summed per 300 s)";
    }

    /** A header with {@code start_time} and {@code end_time} first, as the table has them. */
    @Override
    public boolean recognises(String header) {
        String[] c = header.split(",", -1);
        return c.length > 2 && c[0].strip().equals("start_time") && c[1].strip().equals("end_time");
    }

    @Override
    public String fileSuffix() {
        return ".csv";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        String tenantColumn = options.tenantKeyOr("collection_id").toLowerCase(Locale.ROOT);
        long windowMicros = options.stepSeconds() * 1_000_000L;
        Set<String> tenants = new HashSet<>();
        try (TraceLines in = TraceLines.open(file)) {
            String[] names = header(file, in.next(), tenantColumn);
            int start = indexOf(names, "start_time");
            int end = indexOf(names, "end_time");
            int tenant = indexOf(names, tenantColumn);
            int cpus = indexOf(names, "average_usage.cpus");
            sink.begin(file.toString(), METRICS);
            Window window = new Window(sink, options.startEpochSecond(), options.stepSeconds());
            long lastStart = Long.MIN_VALUE;
            String row;
            while ((row = in.nextRow(report)) != null) {
                long line = in.line();
                long t0;
                long t1;
                String id;
                double cpu;
                try {
                    String[] c = Cells.splitRow(row, ',', "','", names.length,
                            names.length + " (" + String.join(",", names) + ")", file, line);
                    t0 = micros(c[start], file, line, start, names[start]);
                    t1 = micros(c[end], file, line, end, names[end]);
                    if (t1 <= t0) {
                        throw new TraceFormatException(file, line, end + 1, names[end], BadRowCause.BAD_TIMESTAMP,
                                "end_time (" + t1 + ") must be after start_time (" + t0 + ")");
                    }
                    id = c[tenant].trim();
                    if (id.isEmpty()) {
                        throw new TraceFormatException(file, line, tenant + 1, tenantColumn, BadRowCause.MISSING_TENANT,
                                tenantColumn + " (empty) must be a tenant id");
                    }
                    cpu = Cells.metric(c[cpus], file, line, cpus + 1, names[cpus]);
                    if (t0 < lastStart) {
                        throw new TraceFormatException(file, line, start + 1, names[start], BadRowCause.TIME_NOT_INCREASING,
                                "start_time (" + t0 + ") must not be before the previous row's (" + lastStart
                                        + "); export the table ORDER BY start_time");
                    }
                } catch (TraceFormatException e) {
                    report.reject(e);
                    continue;
                }
                lastStart = t0;
                window.moveTo(Math.floorDiv(t0, windowMicros));
                if (!Double.isNaN(cpu)) {
                    window.add(id, cpu * (t1 - t0) / 1e6);
                    tenants.add(id);
                }
                report.rowAccepted();
            }
            window.flush();
        }
        return report.build(tenants.size());
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }

    private static long micros(String cell, Path file, long line, int column, String name) {
        String s = cell.trim();
        try {
            long v = Long.parseLong(s);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new TraceFormatException(file, line, column + 1, name, BadRowCause.BAD_TIMESTAMP,
                name + " (" + s + ") must be whole microseconds >= 0");
    }

    private static String[] header(Path file, String header, String tenantColumn) {
        String expected = "expected start_time,end_time,..." + " with " + tenantColumn + " and average_usage.cpus";
        if (header == null || header.isBlank()) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.BAD_HEADER, "header is missing; " + expected);
        }
        String[] names = header.split(",", -1);
        if (names.length == 1 && Cells.foreignDelimiter(header, ',') != null) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.WRONG_DELIMITER,
                    "header is separated by " + Cells.foreignDelimiter(header, ',') + "; expected ','");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String n = names[i].trim().replace("\"", "").toLowerCase(Locale.ROOT)
                    .replaceFirst("^(average_usage|maximum_usage|random_sample_usage)_(cpus|memory)$", "$1.$2");
            if (!KNOWN.contains(n) && !n.equals(tenantColumn)) {
                throw new TraceFormatException(file, 1, i + 1, names[i].trim(), BadRowCause.UNKNOWN_COLUMN,
                        "column (" + names[i].trim() + ") is not a column of instance_usage; expected one of " + KNOWN);
            }
            if (!seen.add(n)) {
                throw new TraceFormatException(file, 1, i + 1, n, BadRowCause.BAD_HEADER, "column (" + n + ") appears twice");
            }
            names[i] = n;
        }
        for (String required : List.of("start_time", "end_time", tenantColumn, "average_usage.cpus")) {
            if (!seen.contains(required)) {
                throw new TraceFormatException(file, 1, names.length + 1, required, BadRowCause.BAD_HEADER,
                        "column (" + required + ") is missing; " + expected);
            }
        }
        return names;
    }

    /** The window being summed: CPU-seconds per tenant, emitted in tenant order when time moves on. */
    private static final class Window {
        private final TraceSink sink;
        private final long epoch;
        private final int seconds;
        private final TreeMap<String, double[]> cpuSeconds = new TreeMap<>();
        private final List<double[]> spare = new ArrayList<>();
        private final double[] one = new double[1];
        private long index = Long.MIN_VALUE;

        Window(TraceSink sink, long epoch, int seconds) {
            this.sink = sink;
            this.epoch = epoch;
            this.seconds = seconds;
        }

        void moveTo(long i) {
            if (i != index) {
                flush();
                index = i;
            }
        }

        void add(String tenant, double cpuSecs) {
            cpuSeconds.computeIfAbsent(tenant, k -> spare.isEmpty() ? new double[1] : spare.remove(spare.size() - 1))[0]
                    += cpuSecs;
        }

        void flush() {
            for (var e : cpuSeconds.entrySet()) {
                one[0] = 100 * e.getValue()[0] / seconds;
                sink.sample(e.getKey(), epoch + index * seconds, one);
                e.getValue()[0] = 0;
                spare.add(e.getValue());
            }
            cpuSeconds.clear();
        }
    }
}
