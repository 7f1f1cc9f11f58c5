package dev.tenantsim.workload.trace.alibaba;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.Cells;
import dev.tenantsim.workload.trace.FileTraceReader;
import dev.tenantsim.workload.trace.TimeOrder;
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
 * {@code alibaba-v2018}: the {@code machine_usage} table of Alibaba cluster-trace-v2018 — no
 * header, nine cells per row: machine_id, time_stamp (seconds from the trace start), cpu_util_percent,
 * mem_util_percent, mem_gps, mkpi, net_in, net_out, disk_io_percent. Each machine is a tenant.
 * Rows of machines may interleave; per machine, time must strictly increase. The CPU percentage is
 * of the whole machine (96 cores in {@code machine_meta}); it is replayed as {@code cpu_percent} of
 * one core, so scale the replay for the machine size. Cells 3 to 8 must be finite numbers {@code >= 0}
 * (empty: not measured); disk_io_percent is not read (the trace marks abnormal readings −1 and 101).
 * Time 0 is {@code TraceOptions.startEpochSecond}. Plain or gzip.
 */
public final class AlibabaTraceReader implements FileTraceReader {
    public static final String NAME = "alibaba-v2018";
    static final List<String> COLUMNS = List.of("machine_id", "time_stamp", "cpu_util_percent", "mem_util_percent",
            "mem_gps", "mkpi", "net_in", "net_out", "disk_io_percent");
    private static final List<TraceMetric> METRICS = List.of(TraceMetric.CPU_PERCENT);
    private static final String EXPECTED = "9 (" + String.join(",", COLUMNS) + ")";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Alibaba cluster-trace-v2018 machine_usage (no header; machine = tenant)";
    }

    /** No header: the first row is already {@code m_<n>,<seconds>,...} with nine cells. */
    @Override
    public boolean recognises(String header) {
        String[] c = header.split(",", -1);
        return c.length == COLUMNS.size() && c[0].strip().matches("m_\\d+") && c[1].strip().matches("\\d+");
    }

    @Override
    public String fileSuffix() {
        return "";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        TimeOrder order = new TimeOrder();
        sink.begin(file.toString(), METRICS);
        double[] cpu = new double[1];
        try (TraceLines in = TraceLines.open(file)) {
            String row;
            while ((row = in.nextRow(report)) != null) {
                long line = in.line();
                String machine;
                long t;
                try {
                    String[] c = Cells.splitRow(row, ',', "','", COLUMNS.size(), EXPECTED, file, line);
                    machine = c[0].trim();
                    if (machine.isEmpty()) {
                        throw new TraceFormatException(file, line, 1, COLUMNS.get(0), BadRowCause.MISSING_TENANT,
                                "machine_id (empty) must be a machine id");
                    }
                    t = seconds(c[1].trim(), file, line);
                    cpu[0] = Cells.metric(c[2], file, line, 3, COLUMNS.get(2));
                    for (int i = 3; i < 8; i++) {
                        Cells.metric(c[i], file, line, i + 1, COLUMNS.get(i));
                    }
                    order.check(machine, t, file, line, 2, COLUMNS.get(1));
                } catch (TraceFormatException e) {
                    report.reject(e);
                    continue;
                }
                order.accept(machine, t);
                if (!Double.isNaN(cpu[0])) {
                    sink.sample(machine, options.startEpochSecond() + t, cpu);
                }
                report.rowAccepted();
            }
        }
        return report.build(order.tenants());
    }

    private static long seconds(String s, Path file, long line) {
        try {
            long t = Long.parseLong(s);
            if (t >= 0) {
                return t;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new TraceFormatException(file, line, 2, COLUMNS.get(1), BadRowCause.BAD_TIMESTAMP,
                "time_stamp (" + s + ") must be whole seconds >= 0 from the trace start");
    }
}
