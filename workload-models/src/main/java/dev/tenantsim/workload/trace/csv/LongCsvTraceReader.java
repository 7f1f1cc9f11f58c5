package dev.tenantsim.workload.trace.csv;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.Cells;
import dev.tenantsim.workload.trace.TimeOrder;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code csv}: the documented long format {@code timestamp,tenant,<metric>...} (one row per tenant
 * and sample; see {@code workload-models/TRACE-FORMAT.md}). Timestamps are ISO-8601 (with offset,
 * or without one meaning UTC; a space may replace the {@code T}) or epoch seconds.
 */
public final class LongCsvTraceReader implements FileTraceReader {
    public static final String NAME = "csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "timestamp,tenant,<metric>... (one row per tenant per sample)";
    }

    /** The documented header, or one that starts with the tenant column (so its reader can say what is wrong). */
    @Override
    public boolean recognises(String header) {
        String[] c = header.split(",", -1);
        return c.length > 1 && (c[0].strip().equals("tenant") || c[0].strip().equals("timestamp") && c[1].strip().equals("tenant"));
    }

    @Override
    public String fileSuffix() {
        return ".csv";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        TimeOrder order = new TimeOrder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            String[] names = parseHeader(file, header);
            List<TraceMetric> metrics = new ArrayList<>();
            for (int i = 2; i < names.length; i++) {
                metrics.add(TraceMetric.byColumn(names[i]).orElseThrow());
            }
            sink.begin(file.toString(), metrics);
            double[] values = new double[metrics.size()];
            String row;
            long line = 1;
            while ((row = in.readLine()) != null) {
                line++;
                if (row.isBlank()) {
                    continue;
                }
                report.rowRead();
                String tenant;
                long t;
                try {
                    String[] c = Cells.splitRow(row, ',', "','", names.length,
                            names.length + " (" + String.join(",", names) + ")", file, line);
                    t = parseTime(c[0].trim(), file, line);
                    tenant = c[1].trim();
                    if (tenant.isEmpty()) {
                        throw new TraceFormatException(file, line, 2, "tenant", BadRowCause.MISSING_TENANT,
                                "tenant (empty) must be a tenant id");
                    }
                    for (int i = 0; i < values.length; i++) {
                        values[i] = Cells.metric(c[i + 2], file, line, i + 3, names[i + 2]);
                    }
                    order.check(tenant, t, file, line, 1, "timestamp");
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

    private static String[] parseHeader(Path file, String header) {
        String expected = "expected timestamp,tenant,<metric>... with metrics from " + TraceMetric.columns();
        if (header == null || header.isBlank()) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.BAD_HEADER, "header is missing; " + expected);
        }
        String[] names = header.split(",", -1);
        if (names.length == 1 && Cells.foreignDelimiter(header, ',') != null) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.WRONG_DELIMITER, "header is separated by "
                    + Cells.foreignDelimiter(header, ',') + "; expected ','");
        }
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].trim();
        }
        if (!names[0].equals("timestamp")) {
            throw new TraceFormatException(file, 1, 1, names[0], BadRowCause.BAD_HEADER,
                    "column (" + names[0] + ") must be timestamp; " + expected);
        }
        if (names.length < 2 || !names[1].equals("tenant")) {
            throw new TraceFormatException(file, 1, 2, names.length < 2 ? "" : names[1], BadRowCause.BAD_HEADER,
                    "column (" + (names.length < 2 ? "missing" : names[1]) + ") must be tenant; " + expected);
        }
        if (names.length < 3) {
            throw new TraceFormatException(file, 1, 3, null, BadRowCause.BAD_HEADER, "no metric column; " + expected);
        }
        for (int i = 2; i < names.length; i++) {
            if (TraceMetric.byColumn(names[i]).isEmpty()) {
                throw new TraceFormatException(file, 1, i + 1, names[i], BadRowCause.UNKNOWN_COLUMN,
                        "column (" + names[i] + ") is not a known metric; expected one of " + TraceMetric.columns());
            }
            for (int j = 2; j < i; j++) {
                if (names[j].equals(names[i])) {
                    throw new TraceFormatException(file, 1, i + 1, names[i], BadRowCause.BAD_HEADER,
                            "column (" + names[i] + ") appears twice (columns " + (j + 1) + " and " + (i + 1) + ")");
                }
            }
        }
        return names;
    }

    /** ISO-8601 or epoch seconds (a fraction is truncated); package-visible for tests. */
    static long parseTime(String s, Path file, long line) {
        if (!s.isEmpty() && (Character.isDigit(s.charAt(0))) && s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            try {
                return (long) Math.floor(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        } else {
            String iso = s.replace(' ', 'T');
            try {
                return Instant.parse(iso).getEpochSecond();
            } catch (DateTimeParseException e1) {
                try {
                    return OffsetDateTime.parse(iso).toEpochSecond();
                } catch (DateTimeParseException e2) {
                    try {
                        return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
                    } catch (DateTimeParseException e3) {
                        // falls through
                    }
                }
            }
        }
        throw new TraceFormatException(file, line, 1, "timestamp", BadRowCause.BAD_TIMESTAMP, "timestamp (" + s
                + ") must be ISO-8601 (e.g. 2025-03-17T10:00:00Z) or epoch seconds");
    }
}
