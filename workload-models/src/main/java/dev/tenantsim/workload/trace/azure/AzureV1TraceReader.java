package dev.tenantsim.workload.trace.azure;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code azure-v1}: the wide CSV derived from Azure Public Dataset V1 — header
 * {@code timestamp,<vm id>...}, then one row per reading: the row index (1, 2, …) and one CPU
 * percentage per VM. Row index i is at {@code startEpochSecond + (i − 1) × stepSeconds} (300 s).
 * Each VM is a tenant; an empty cell is a missing reading for that VM.
 */
public final class AzureV1TraceReader implements FileTraceReader {
    public static final String NAME = "azure-v1";
    private static final List<TraceMetric> METRICS = List.of(TraceMetric.CPU_PERCENT);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Azure public dataset V1 VM CPU (column = tenant)";
    }

    /**
     * {@code timestamp,<vm id>...}; a second column named {@code tenant} is the long csv format,
     * one named {@code contexttokens} is azure-llm and {@code cpu_usage} is the Azure V2 aggregate
     * curve, so those are not VM ids.
     */
    @Override
    public boolean recognises(String header) {
        String[] c = header.split(",", -1);
        return c.length > 1 && c[0].strip().equals("timestamp") && !c[1].strip().equals("tenant")
                && !c[1].strip().equals("contexttokens") && !c[1].strip().equals("cpu_usage");
    }

    @Override
    public String fileSuffix() {
        return ".csv";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] names = header(file, in.readLine());
            sink.begin(file.toString(), METRICS);
            double[] cpu = new double[names.length];
            double[] one = new double[1];
            long lastIndex = 0;
            String row;
            long line = 1;
            while ((row = in.readLine()) != null) {
                line++;
                if (row.isBlank()) {
                    continue;
                }
                report.rowRead();
                long index;
                try {
                    String[] c = Cells.splitRow(row, ',', "','", names.length, String.valueOf(names.length), file, line);
                    try {
                        index = Long.parseLong(c[0].trim());
                    } catch (NumberFormatException e) {
                        throw new TraceFormatException(file, line, 1, "timestamp", BadRowCause.BAD_TIMESTAMP,
                                "timestamp (" + c[0].trim() + ") must be a row index 1, 2, ...");
                    }
                    if (index <= lastIndex) {
                        throw new TraceFormatException(file, line, 1, "timestamp", BadRowCause.TIME_NOT_INCREASING,
                                "timestamp (" + index + ") must be after the previous row's (" + lastIndex + ")");
                    }
                    for (int i = 1; i < names.length; i++) {
                        cpu[i] = Cells.metric(c[i], file, line, i + 1, names[i]);
                    }
                } catch (TraceFormatException e) {
                    report.reject(e);
                    continue;
                }
                lastIndex = index;
                long t = options.startEpochSecond() + (index - 1) * options.stepSeconds();
                for (int i = 1; i < names.length; i++) {
                    if (!Double.isNaN(cpu[i])) {
                        one[0] = cpu[i];
                        sink.sample(names[i], t, one);
                    }
                }
                report.rowAccepted();
            }
            return report.build(names.length - 1);
        }
    }

    private static String[] header(Path file, String header) {
        if (header == null || header.isBlank()) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.BAD_HEADER, "header is missing; expected timestamp,<vm id>...");
        }
        String[] names = header.split(",", -1);
        if (names.length == 1 && Cells.foreignDelimiter(header, ',') != null) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.WRONG_DELIMITER,
                    "header is separated by " + Cells.foreignDelimiter(header, ',') + "; expected ','");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].trim();
            if (i == 0 && !names[0].equals("timestamp")) {
                throw new TraceFormatException(file, 1, 1, names[0], BadRowCause.UNKNOWN_COLUMN,
                        "column (" + names[0] + ") must be timestamp");
            }
            if (i > 0 && (names[i].isEmpty() || !seen.add(names[i]))) {
                throw new TraceFormatException(file, 1, i + 1, names[i], BadRowCause.BAD_HEADER,
                        "column (" + names[i] + ") must be a distinct, non-empty VM id");
            }
        }
        if (names.length < 2) {
            throw new TraceFormatException(file, 1, 2, null, BadRowCause.BAD_HEADER, "no VM column; expected timestamp,<vm id>...");
        }
        return names;
    }
}
