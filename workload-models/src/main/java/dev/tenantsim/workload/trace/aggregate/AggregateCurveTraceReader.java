package dev.tenantsim.workload.trace.aggregate;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.Cells;
import dev.tenantsim.workload.trace.FileTraceReader;
import dev.tenantsim.workload.trace.TraceFiles;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceLines;
import dev.tenantsim.workload.trace.TraceMetric;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code aggregate-curves}: whole-platform load curves at 300 s of the DataCenter-Traces-Datasets
 * (Zenodo doi 10.5281/zenodo.14564847, CC-BY-4.0; {@code ../shared/data/aggregate-dc-curves}), one
 * file per platform and each file one tenant (named by the file). Three headers are known
 * ({@link Curve}): the Google 2019 cell average ({@code avg_cpu}, a fraction of capacity, × 100),
 * the Alibaba 2018 datacentre average ({@code cpu_util_percent}) and the Azure V2 region total
 * ({@code timestamp} in seconds and {@code cpu_usage}, the sum of the VMs' CPU readings: scale the
 * replay). All cells must be finite numbers {@code >= 0}; only the CPU column is replayed, as
 * {@code cpu_percent}. Without a timestamp column, data row n is at
 * {@code startEpochSecond + (n − 1) × stepSeconds}.
 */
public final class AggregateCurveTraceReader implements FileTraceReader {
    public static final String NAME = "aggregate-curves";
    private static final List<TraceMetric> METRICS = List.of(TraceMetric.CPU_PERCENT);

    /** The known curves: header, the CPU column and its factor to percent, whether column 1 is time. */
    enum Curve {
        GOOGLE_2019(List.of("avg_cpu", "avg_mem", "avg_assigned_mem", "avg_cycles_per_instruction"), 0, 100, false),
        ALIBABA_2018(List.of("cpu_util_percent", "mem_util_percent", "net_in", "net_out", "disk_io_percent"), 0, 1, false),
        AZURE_V2(List.of("timestamp", "cpu_usage", "assigned_mem"), 1, 1, true);

        final List<String> header;
        final int cpu;
        final double toPercent;
        final boolean timed;

        Curve(List<String> header, int cpu, double toPercent, boolean timed) {
            this.header = header;
            this.cpu = cpu;
            this.toPercent = toPercent;
            this.timed = timed;
        }

        static Curve of(String header) {
            for (Curve c : values()) {
                if (String.join(",", c.header).equals(header)) {
                    return c;
                }
            }
            return null;
        }

        static String known() {
            StringBuilder b = new StringBuilder();
            for (Curve c : values()) {
                b.append(b.length() == 0 ? "" : " or ").append(String.join(",", c.header));
            }
            return b.toString();
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "whole-platform curves of Google 2019, Alibaba 2018 and Azure V2 at 300 s (one file = one tenant)";
    }

    @Override
    public boolean recognises(String header) {
        return Curve.of(header.replace(" ", "")) != null;
    }

    @Override
    public String fileSuffix() {
        return ".csv";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        String tenant = TraceFiles.stem(file);
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        boolean any = false;
        try (TraceLines in = TraceLines.open(file)) {
            Curve curve = header(file, in.next());
            sink.begin(file.toString(), METRICS);
            int cells = curve.header.size();
            String expected = cells + " (" + String.join(",", curve.header) + ")";
            double[] one = new double[1];
            long lastTime = Long.MIN_VALUE;
            String row;
            while ((row = in.nextRow(report)) != null) {
                long line = in.line();
                long t;
                try {
                    String[] c = Cells.splitRow(row, ',', "','", cells, expected, file, line);
                    for (int i = 0; i < cells; i++) {
                        double v = Cells.metric(c[i], file, line, i + 1, curve.header.get(i));
                        if (i == curve.cpu) {
                            one[0] = v * curve.toPercent;
                        }
                    }
                    t = curve.timed ? time(c[0], file, line) : options.startEpochSecond() + (line - 2) * options.stepSeconds();
                    if (t <= lastTime) {
                        throw new TraceFormatException(file, line, 1, curve.header.get(0), BadRowCause.TIME_NOT_INCREASING,
                                "timestamp (" + c[0].trim() + ") must be after the previous row's");
                    }
                } catch (TraceFormatException e) {
                    report.reject(e);
                    continue;
                }
                lastTime = t;
                if (!Double.isNaN(one[0])) {
                    sink.sample(tenant, t, one);
                    any = true;
                }
                report.rowAccepted();
            }
        }
        return report.build(any ? 1 : 0);
    }

    private static long time(String cell, Path file, long line) {
        String s = cell.trim();
        try {
            long v = Long.parseLong(s);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new TraceFormatException(file, line, 1, "timestamp", BadRowCause.BAD_TIMESTAMP,
                "timestamp (" + s + ") must be whole seconds >= 0");
    }

    private static Curve header(Path file, String header) {
        if (header == null || header.isBlank()) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.BAD_HEADER,
                    "header is missing; expected " + Curve.known());
        }
        if (header.indexOf(',') < 0 && Cells.foreignDelimiter(header, ',') != null) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.WRONG_DELIMITER,
                    "header is separated by " + Cells.foreignDelimiter(header, ',') + "; expected ','");
        }
        Curve c = Curve.of(header.replace(" ", "").strip());
        if (c == null) {
            throw new TraceFormatException(file, 1, 1, null, BadRowCause.UNKNOWN_COLUMN,
                    "header (" + header.strip() + ") is not a known curve; expected " + Curve.known());
        }
        return c;
    }
}
