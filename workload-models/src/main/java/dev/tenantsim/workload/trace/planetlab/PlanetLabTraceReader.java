package dev.tenantsim.workload.trace.planetlab;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.Cells;
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
 * {@code planetlab}: CoMon/PlanetLab CPU traces as shipped with CloudSim — one file per VM (the
 * tenant, named by the file), one CPU utilisation percentage per line, no header and no timestamps.
 * Line n (1-based) is at {@code startEpochSecond + (n − 1) × stepSeconds} (default step 300 s), so
 * a skipped bad line leaves a gap rather than shifting later samples.
 */
public final class PlanetLabTraceReader implements FileTraceReader {
    public static final String NAME = "planetlab";
    private static final List<TraceMetric> METRICS = List.of(TraceMetric.CPU_PERCENT);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "PlanetLab CPU utilisation files (one file per VM = tenant)";
    }

    /** No header: the first line is already a whole CPU percentage. */
    @Override
    public boolean recognises(String header) {
        return header.matches("\\d+");
    }

    @Override
    public String fileSuffix() {
        return "";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        String tenant = file.getFileName().toString();
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        sink.begin(file.toString(), METRICS);
        double[] values = new double[1];
        boolean any = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String row;
            long line = 0;
            while ((row = in.readLine()) != null) {
                line++;
                if (row.isBlank()) {
                    continue;
                }
                report.rowRead();
                try {
                    String d = Cells.foreignDelimiter(row.trim(), '\n');
                    if (d != null) {
                        throw new TraceFormatException(file, line, 0, null, BadRowCause.WRONG_DELIMITER,
                                "row contains " + d + "; expected one CPU percentage per line");
                    }
                    values[0] = Cells.metric(row, file, line, 1, "cpu_percent");
                    if (Double.isNaN(values[0])) {
                        continue;
                    }
                } catch (TraceFormatException e) {
                    report.reject(e);
                    continue;
                }
                any = true;
                sink.sample(tenant, options.startEpochSecond() + (line - 1) * options.stepSeconds(), values);
                report.rowAccepted();
            }
        }
        return report.build(any ? 1 : 0);
    }
}
