package dev.tenantsim.workload.trace.azure;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.Cells;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code azure-llm}: Azure LLM inference request arrivals (Splitwise, ISCA 2024) — header
 * {@code TIMESTAMP,ContextTokens,GeneratedTokens}, one row per request, timestamps
 * {@code yyyy-MM-dd HH:mm:ss.fffffff} in UTC. Each file is a tenant (named by the file). Arrivals are
 * counted per minute while streaming and emitted as one sample per minute: requests_per_s =
 * count / 60 (minutes without a request between the first and last are emitted as 0, they are
 * real zeros, not gaps), and mean tokens per request. Arrivals may share a timestamp but must not
 * go back in time.
 */
public final class AzureLlmTraceReader implements FileTraceReader {
    public static final String NAME = "azure-llm";
    private static final List<String> HEADER = List.of("TIMESTAMP", "ContextTokens", "GeneratedTokens");
    private static final List<TraceMetric> METRICS = List.of(TraceMetric.REQUESTS_PER_S,
            TraceMetric.CONTEXT_TOKENS_PER_REQUEST, TraceMetric.GENERATED_TOKENS_PER_REQUEST);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Azure LLM inference arrivals (one file = one tenant)";
    }

    /** {@code TIMESTAMP,ContextTokens,GeneratedTokens}. */
    @Override
    public boolean recognises(String header) {
        String[] c = header.split(",", -1);
        return c.length > 1 && c[0].strip().equals("timestamp") && c[1].strip().equals("contexttokens");
    }

    @Override
    public String fileSuffix() {
        return ".csv";
    }

    @Override
    public TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException {
        String tenant = TraceFiles.stem(file);
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header(file, in.readLine());
            sink.begin(file.toString(), METRICS);
            Minute bin = new Minute(tenant, sink);
            long lastNanos = Long.MIN_VALUE;
            String row;
            long line = 1;
            while ((row = in.readLine()) != null) {
                line++;
                if (row.isBlank()) {
                    continue;
                }
                report.rowRead();
                long nanos;
                double ctx;
                double gen;
                try {
                    String[] c = Cells.splitRow(row, ',', "','", HEADER.size(),
                            "3 (TIMESTAMP,ContextTokens,GeneratedTokens)", file, line);
                    nanos = epochNanos(c[0].trim(), file, line);
                    ctx = Cells.metric(c[1], file, line, 2, HEADER.get(1));
                    gen = Cells.metric(c[2], file, line, 3, HEADER.get(2));
                    if (nanos < lastNanos) {
                        throw new TraceFormatException(file, line, 1, "TIMESTAMP", BadRowCause.TIME_NOT_INCREASING,
                                "time (" + c[0].trim() + ") must not be before the previous arrival");
                    }
                } catch (TraceFormatException e) {
                    report.reject(e);
                    continue;
                }
                lastNanos = nanos;
                bin.add(Math.floorDiv(nanos, 60_000_000_000L), ctx, gen);
                report.rowAccepted();
            }
            bin.flush();
            return report.build(bin.started ? 1 : 0);
        }
    }

    private static long epochNanos(String s, Path file, long line) {
        try {
            LocalDateTime t = LocalDateTime.parse(s.replace(' ', 'T'));
            return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + t.getNano();
        } catch (DateTimeParseException e) {
            throw new TraceFormatException(file, line, 1, "TIMESTAMP", BadRowCause.BAD_TIMESTAMP,
                    "timestamp (" + s + ") must be yyyy-MM-dd HH:mm:ss[.fffffff] (UTC)");
        }
    }

    private static void header(Path file, String header) {
        if (header == null || header.isBlank()) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.BAD_HEADER,
                    "header is missing; expected TIMESTAMP,ContextTokens,GeneratedTokens");
        }
        String[] c = header.split(",", -1);
        if (c.length == 1 && Cells.foreignDelimiter(header, ',') != null) {
            throw new TraceFormatException(file, 1, 0, null, BadRowCause.WRONG_DELIMITER,
                    "header is separated by " + Cells.foreignDelimiter(header, ',') + "; expected ','");
        }
        for (int i = 0; i < Math.max(c.length, HEADER.size()); i++) {
            String got = i < c.length ? c[i].trim() : "missing";
            String want = i < HEADER.size() ? HEADER.get(i) : "no column";
            if (!got.equals(want)) {
                throw new TraceFormatException(file, 1, i + 1, got, BadRowCause.UNKNOWN_COLUMN,
                        "column (" + got + ") is not expected here; expected " + want);
            }
        }
    }

    /** The minute being counted; emits it (and empty minutes in between) when time moves on. */
    private static final class Minute {
        private final String tenant;
        private final TraceSink sink;
        private final double[] values = new double[3];
        private boolean started;
        private long minute;
        private long count;
        private double ctx;
        private double gen;

        Minute(String tenant, TraceSink sink) {
            this.tenant = tenant;
            this.sink = sink;
        }

        void add(long m, double context, double generated) {
            if (started && m != minute) {
                flush();
                for (long e = minute + 1; e < m; e++) {
                    values[0] = 0;
                    values[1] = Double.NaN;
                    values[2] = Double.NaN;
                    sink.sample(tenant, e * 60, values);
                }
            }
            if (!started || m != minute) {
                started = true;
                minute = m;
                count = 0;
                ctx = 0;
                gen = 0;
            }
            count++;
            ctx += context;
            gen += generated;
        }

        void flush() {
            if (started && count > 0) {
                values[0] = count / 60.0;
                values[1] = ctx / count;
                values[2] = gen / count;
                sink.sample(tenant, minute * 60, values);
                count = 0;
            }
        }
    }
}
