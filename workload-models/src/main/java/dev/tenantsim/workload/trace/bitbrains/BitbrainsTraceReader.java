package dev.tenantsim.workload.trace.bitbrains;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.Cells;
import dev.tenantsim.workload.trace.TimeOrder;
import dev.tenantsim.workload.trace.TraceFiles;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceMetric;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.FileTraceReader;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bitbrains}: the GWA-T-12 Bitbrains format, one file per VM (the VM is the tenant, named by
 * the file), a header and rows of 11 cells separated by {@code ;} followed by a tab. The first
 * column's header says {@code Timestamp [ms]} but its values are Unix <b>seconds</b> (a known quirk
 * of the trace); CPU usage [%] may exceed 100.
 */
public final class BitbrainsTraceReader implements FileTraceReader {
    public static final String NAME = "bitbrains";
    /** Expected header cells (trimmed), in order. */
    static final List<String> HEADER = List.of("Timestamp [ms]", "CPU cores", "CPU capacity provisioned [MHZ]",
            "CPU usage [MHZ]", "CPU usage [%]", "Memory capacity provisioned [KB]", "Memory usage [KB]",
            "Disk read throughput [KB/s]", "Disk write throughput [KB/s]", "Network received throughput [KB/s]",
            "Network transmitted throughput [KB/s]");
    /** Metrics of columns 2..11. */
    static final List<TraceMetric> METRICS = List.of(TraceMetric.CPU_CORES, TraceMetric.CPU_CAPACITY_MHZ,
            TraceMetric.CPU_MHZ, TraceMetric.CPU_PERCENT, TraceMetric.MEMORY_CAPACITY_KB, TraceMetric.MEMORY_KB,
            TraceMetric.DISK_READ_KBPS, TraceMetric.DISK_WRITE_KBPS, TraceMetric.NET_RX_KBPS, TraceMetric.NET_TX_KBPS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GWA-T-12 Bitbrains VM traces (one file per VM = tenant)";
    }

    /** The first header cell, {@code Timestamp [ms]}, is Bitbrains' own. */
    @Override
    public boolean recognises(String header) {
        return header.startsWith("timestamp [ms]");
    }

    @Override
    public String fileSuffix() {
        return ".csv";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        String tenant = TraceFiles.stem(file);
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        TimeOrder order = new TimeOrder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            checkHeader(file, in.readLine());
            sink.begin(file.toString(), METRICS);
            double[] values = new double[METRICS.size()];
            String row;
            long line = 1;
            while ((row = in.readLine()) != null) {
                line++;
                if (row.isBlank()) {
                    continue;
                }
                report.rowRead();
                long t;
                try {
                    String[] c = Cells.splitRow(row, ';', "';' followed by a tab", HEADER.size(),
                            String.valueOf(HEADER.size()), file, line);
                    t = timestamp(c[0].trim(), file, line);
                    for (int i = 0; i < values.length; i++) {
                        values[i] = Cells.metric(c[i + 1], file, line, i + 2, HEADER.get(i + 1));
                    }
                    order.check(tenant, t, file, line, 1, HEADER.get(0));
                } catch (TraceFormatException e) {
                    report.reject(e);
                    continue;
                }
                order.accept(tenant, t);
                sink.sample(tenant, t, values);
                report.rowAccepted();
            }
        }
        return report.build(order.tenants());
    }

    private static long timestamp(String s, Path file, long line) {
        try {
            long t = Long.parseLong(s);
            if (t < 0) {
                throw new TraceFormatException(file, line, 1, HEADER.get(0), BadRowCause.NEGATIVE,
                        "timestamp (" + s + ") must be Unix seconds >= 0");
            }
            return t;
        } catch (NumberFormatException e) {
            throw new TraceFormatException(file, line, 1, HEADER.get(0), BadRowCause.BAD_TIMESTAMP,
                    "timestamp (" + s + ") must be Unix seconds (an integer)");
        }
    }

    private static void checkHeader(Path file, String header) {
        if (header == null || header.isBlank()) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.BAD_HEADER,
                    "header is missing; expected " + String.join(";\t", HEADER));
        }
        String[] c = header.split(";", -1);
        if (c.length == 1 && Cells.foreignDelimiter(header, ';') != null) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.WRONG_DELIMITER, "header is separated by "
                    + Cells.foreignDelimiter(header, ';') + "; expected ';' followed by a tab");
        }
        for (int i = 0; i < Math.max(c.length, HEADER.size()); i++) {
            String got = i < c.length ? c[i].trim() : "missing";
            String want = i < HEADER.size() ? HEADER.get(i) : "no column";
            if (!got.equals(want)) {
                throw new TraceFormatException(file, 1, i + 1, got, BadRowCause.UNKNOWN_COLUMN,
                        "column (" + got + ") is not the Bitbrains column " + (i + 1) + "; expected " + want);
            }
        }
    }
}
