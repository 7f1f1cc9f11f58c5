package dev.tenantsim.workload.trace.cloudwatch;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.Cells;
import dev.tenantsim.workload.trace.SeriesRows;
import dev.tenantsim.workload.trace.TimeOrder;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceLines;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV side of {@link CloudWatchTraceReader}: {@code [Id,]Label,Timestamp,Value[,StatusCode]},
 * one row per point, the rows of a result consecutive; cells may be double-quoted.
 */
final class CloudWatchCsv {
    static final List<String> KNOWN = List.of("Id", "Label", "Timestamp", "Value", "StatusCode");
    private final Path file;
    private final String key;
    private final TimeOrder order;
    private final TraceReadReport.Builder report;
    private final TraceSink sink;
    private final SeriesRows rows = new SeriesRows();
    private final double[] one = new double[1];

    CloudWatchCsv(Path file, String key, TimeOrder order, TraceReadReport.Builder report, TraceSink sink) {
        this.file = file;
        this.key = key;
        this.order = order;
        this.report = report;
        this.sink = sink;
    }

    void read() throws IOException {
        try (TraceLines in = TraceLines.open(file)) {
            List<String> names = header(in.next());
            int tenantAt = names.indexOf(key);
            int timeAt = names.indexOf("Timestamp");
            int valueAt = names.indexOf("Value");
            String expected = names.size() + " (" + String.join(",", names) + ")";
            String current = null;
            String row;
            while ((row = in.next(report)) != null) {
                if (row.isBlank()) {
                    continue;
                }
                long line = in.line();
                List<String> c = split(row);
                if (c.size() != names.size()) {
                    String d = Cells.foreignDelimiter(row, ',');
                    rows.add(0, Double.NaN, line, 0, c.size() == 1 && d != null
                            ? new TraceFormatException(file, line, 0, null, BadRowCause.WRONG_DELIMITER,
                                    "row is separated by " + d + "; expected ','")
                            : new TraceFormatException(file, line, Math.min(c.size(), names.size()) + 1, null,
                                    BadRowCause.WRONG_COLUMN_COUNT, "row has " + c.size() + " cells; expected " + expected));
                    continue;
                }
                String tenant = c.get(tenantAt);
                if (!tenant.equals(current)) {
                    flush(current);
                    current = tenant;
                }
                TraceFormatException problem = null;
                long t = 0;
                double v = Double.NaN;
                try {
                    if (tenant.isEmpty()) {
                        throw new TraceFormatException(file, line, tenantAt + 1, key, BadRowCause.MISSING_TENANT,
                                key + " (empty) must name the tenant");
                    }
                    t = time(c.get(timeAt), line, timeAt + 1);
                    v = Cells.metric(c.get(valueAt), file, line, valueAt + 1, "Value");
                } catch (TraceFormatException e) {
                    problem = e;
                }
                rows.add(t, v, line, timeAt + 1, problem);
            }
            flush(current);
        }
    }

    private void flush(String tenant) {
        if (rows.size() > 0) {
            rows.emit(file, tenant == null || tenant.isEmpty() ? "" : tenant, null, order, "Timestamp", report, sink, one, true);
            rows.clear();
        }
    }

    private long time(String s, long line, int column) {
        try {
            if (!s.isEmpty() && s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
                return (long) Math.floor(Double.parseDouble(s));
            }
            try {
                return Instant.parse(s).getEpochSecond();
            } catch (DateTimeParseException e) {
                return OffsetDateTime.parse(s).toEpochSecond();
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new TraceFormatException(file, line, column, "Timestamp", BadRowCause.BAD_TIMESTAMP, "timestamp (" + s
                    + ") must be ISO-8601 with an offset (e.g. 2025-03-17T10:00:00Z) or epoch seconds");
        }
    }

    private List<String> header(String header) {
        String expected = "expected [Id,]Label,Timestamp,Value (the flattened MetricDataResults)";
        if (header == null || header.isBlank()) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.BAD_HEADER, "header is missing; " + expected);
        }
        List<String> names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
        if (names.size() == 1 && Cells.foreignDelimiter(header, ',') != null) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.WRONG_DELIMITER,
                    "header is separated by " + Cells.foreignDelimiter(header, ',') + "; expected ','");
        }
        for (int i = 0; i < names.size(); i++) {
            if (!KNOWN.contains(names.get(i)) || names.indexOf(names.get(i)) != i) {
                throw new TraceFormatException(file, 1, i + 1, names.get(i), BadRowCause.UNKNOWN_COLUMN,
                        "column (" + names.get(i) + ") is not known or appears twice; expected each of " + KNOWN + " at most once");
            }
        }
        for (String required : List.of(key, "Timestamp", "Value")) {
            if (!names.contains(required)) {
                throw new TraceFormatException(file, 1, names.size() + 1, required, BadRowCause.BAD_HEADER,
                        "column (" + required + ") is missing; " + expected);
            }
        }
        return names;
    }

    /** Splits a CSV row on commas outside double quotes; {@code ""} inside quotes is a quote. Cells are trimmed. */
    static List<String> split(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    b.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(b.toString().trim());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        out.add(b.toString().trim());
        return out;
    }
}
