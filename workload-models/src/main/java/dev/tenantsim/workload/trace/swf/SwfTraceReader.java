package dev.tenantsim.workload.trace.swf;

import dev.tenantsim.workload.trace.BadRowCause;
import dev.tenantsim.workload.trace.TraceFiles;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceLines;
import dev.tenantsim.workload.trace.TraceMetric;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceReader;
import dev.tenantsim.workload.trace.TraceSink;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code swf}: the Standard Workload Format of the Parallel Workloads Archive (plain or gzip) —
 * {@code ;} comment lines (the header; {@code ; UnixStartTime: n} places time 0 on the calendar,
 * else {@code TraceOptions.startEpochSecond}), then one job per line, 18 whitespace-separated
 * numbers, −1 meaning unknown. Jobs are ordered by submit time.
 *
 * <p>Jobs become per-user CPU demand: each user (field 12) is a tenant {@code user-<id>}, and a job
 * keeps its processors (field 5, else the requested field 8) busy from its start (submit + wait,
 * or submit when the wait is unknown) for its run time (field 4). Emitted per minute and per user,
 * from the log's first minute to the end of its last job: {@code cpu_percent} = 100 × the average
 * busy processors in that minute (a processor counted as one core; 0 when the user runs nothing —
 * real zeros, not gaps). A job with an unknown or zero run time or processor count adds nothing.
 * Streaming: only the minutes of jobs still running are held.
 */
public final class SwfTraceReader implements TraceReader {
    public static final String NAME = "swf";
    /** The 18 SWF fields, by the names of the format's definition. */
    static final List<String> FIELDS = List.of("Job Number", "Submit Time", "Wait Time", "Run Time",
            "Number of Allocated Processors", "Average CPU Time Used", "Used Memory", "Requested Number of Processors",
            "Requested Time", "Requested Memory", "Status", "User ID", "Group ID", "Executable Number", "Queue Number",
            "Partition Number", "Preceding Job Number", "Think Time from Preceding Job");
    private static final List<TraceMetric> METRICS = List.of(TraceMetric.CPU_PERCENT);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Standard Workload Format job logs, .swf or .swf.gz (user = tenant, busy processors per minute)";
    }

    /** A {@code ;} comment header, or a first job line of 18 numbers. */
    @Override
    public boolean recognises(String header) {
        return header.startsWith(";") || header.split("\\s+").length == FIELDS.size() && header.matches("[-0-9.\\s]+");
    }

    @Override
    public TraceReadReport read(Path path, TraceOptions options, TraceSink sink) throws IOException {
        List<Path> files = TraceFiles.of(path, "").stream().filter(f -> !java.nio.file.Files.isDirectory(path)
                || f.getFileName().toString().endsWith(".swf") || f.getFileName().toString().endsWith(".swf.gz")).toList();
        if (files.isEmpty()) {
            throw new FileNotFoundException("trace directory (" + path + ") has no *.swf or *.swf.gz files");
        }
        TraceReadReport total = null;
        for (Path f : files) {
            String prefix = files.size() > 1 ? TraceFiles.stem(f).replaceAll("\\.swf$", "") + "/" : "";
            TraceReadReport r = readFile(f, prefix, options, sink);
            total = total == null ? r : total.plus(r);
        }
        return total;
    }

    private TraceReadReport readFile(Path file, String prefix, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport.Builder report = new TraceReadReport.Builder(file.toString(), options.badRows());
        sink.begin(file.toString(), METRICS);
        Users users = new Users(prefix, sink);
        long base = options.startEpochSecond();
        boolean jobsStarted = false;
        long lastSubmit = Long.MIN_VALUE;
        double[] f = new double[FIELDS.size()];
        try (TraceLines in = TraceLines.open(file)) {
            String row;
            while ((row = in.next(report)) != null) {
                String s = row.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (s.startsWith(";")) {
                    if (!jobsStarted) {
                        base = startTime(s, base);
                    }
                    continue;
                }
                jobsStarted = true;
                long line = in.line();
                report.rowRead();
                try {
                    fields(s, f, file, line);
                    if (f[11] == -1) {
                        throw new TraceFormatException(file, line, 12, FIELDS.get(11), BadRowCause.MISSING_TENANT,
                                "user id (-1, unknown) must be a user id >= 0: the user is the tenant");
                    }
                    if (f[1] < lastSubmit) {
                        throw new TraceFormatException(file, line, 2, FIELDS.get(1), BadRowCause.TIME_NOT_INCREASING,
                                "submit time (" + (long) f[1] + ") must not be before the previous job's (" + lastSubmit
                                        + "); SWF orders jobs by submit time");
                    }
                } catch (TraceFormatException e) {
                    report.reject(e);
                    continue;
                }
                long submit = base + (long) f[1];
                lastSubmit = (long) f[1];
                users.advance(Math.floorDiv(submit, 60));
                long start = submit + (f[2] > 0 ? (long) f[2] : 0);
                double procs = f[4] > 0 ? f[4] : f[7] > 0 ? f[7] : 0;
                users.add("user-" + (long) f[11], start, start + (f[3] > 0 ? (long) f[3] : 0), procs);
                report.rowAccepted();
            }
        }
        users.finish();
        return report.build(users.size());
    }

    /** {@code ; UnixStartTime: n} sets time 0; other header lines are kept as comments. */
    private static long startTime(String comment, long base) {
        String c = comment.substring(1).strip();
        if (c.startsWith("UnixStartTime:")) {
            try {
                return Long.parseLong(c.substring("UnixStartTime:".length()).strip());
            } catch (NumberFormatException e) {
                return base;
            }
        }
        return base;
    }

    /** Parses the 18 fields: numbers, each {@code >= 0} or −1 (unknown). */
    private static void fields(String s, double[] f, Path file, long line) {
        for (char d : new char[] {',', ';', '|'}) {
            if (s.indexOf(d) >= 0) {
                throw new TraceFormatException(file, line, 0, null, BadRowCause.WRONG_DELIMITER,
                        "row is separated by '" + d + "'; expected whitespace between 18 fields");
            }
        }
        String[] c = s.split("\\s+");
        if (c.length != FIELDS.size()) {
            throw new TraceFormatException(file, line, Math.min(c.length, FIELDS.size()) + 1, null,
                    BadRowCause.WRONG_COLUMN_COUNT, "row has " + c.length + " fields; expected " + FIELDS.size() + " (SWF)");
        }
        for (int i = 0; i < c.length; i++) {
            double v;
            try {
                v = Double.parseDouble(c[i]);
            } catch (NumberFormatException e) {
                throw new TraceFormatException(file, line, i + 1, FIELDS.get(i), BadRowCause.NOT_A_NUMBER,
                        "value (" + c[i] + ") must be a number");
            }
            if (!Double.isFinite(v)) {
                throw new TraceFormatException(file, line, i + 1, FIELDS.get(i), BadRowCause.NAN_OR_INFINITE,
                        "value (" + c[i] + ") must be a finite number >= 0");
            }
            if (v < 0 && v != -1) {
                throw new TraceFormatException(file, line, i + 1, FIELDS.get(i), BadRowCause.NEGATIVE,
                        "value (" + c[i] + ") must be a finite number >= 0");
            }
            f[i] = v;
        }
    }

    /** The users seen so far and the busy processor-seconds of their minutes not yet emitted. */
    private static final class Users {
        private final String prefix;
        private final TraceSink sink;
        private final Map<String, Ledger> byName = new LinkedHashMap<>();
        private final double[] one = new double[1];
        /** First minute of the log; minutes before {@link #frontier} are final for every user. */
        private long firstMinute = Long.MIN_VALUE;
        private long frontier = Long.MIN_VALUE;
        private long lastMinute = Long.MIN_VALUE;

        Users(String prefix, TraceSink sink) {
            this.prefix = prefix;
            this.sink = sink;
        }

        int size() {
            return byName.size();
        }

        /** No later job starts before {@code minute}: every user's minutes before it are final. */
        void advance(long minute) {
            if (firstMinute == Long.MIN_VALUE) {
                firstMinute = minute;
                frontier = minute;
                lastMinute = minute;
            }
            if (minute > frontier) {
                frontier = minute;
                for (Ledger l : byName.values()) {
                    l.emitUntil(frontier, sink, one);
                }
            }
        }

        void add(String user, long startSecond, long endSecond, double procs) {
            Ledger l = byName.computeIfAbsent(prefix + user, n -> {
                Ledger created = new Ledger(n, firstMinute);
                created.emitUntil(frontier, sink, one);
                return created;
            });
            if (endSecond > startSecond && procs > 0) {
                l.add(startSecond, endSecond, procs);
                lastMinute = Math.max(lastMinute, Math.floorDiv(endSecond - 1, 60));
            }
        }

        void finish() {
            for (Ledger l : byName.values()) {
                l.emitUntil(lastMinute + 1, sink, one);
            }
        }
    }

    /** One user's busy processor-seconds per minute, from the first minute not yet emitted (a ring buffer). */
    private static final class Ledger {
        private final String tenant;
        private double[] ring = new double[64];
        private long next;

        Ledger(String tenant, long firstMinute) {
            this.tenant = tenant;
            this.next = firstMinute;
        }

        void add(long from, long to, double procs) {
            long lastMinute = Math.floorDiv(to - 1, 60);
            grow(lastMinute - next + 1);
            for (long m = Math.floorDiv(from, 60); m <= lastMinute; m++) {
                long a = Math.max(from, m * 60);
                long b = Math.min(to, m * 60 + 60);
                ring[(int) (m & (ring.length - 1))] += procs * (b - a);
            }
        }

        void emitUntil(long minuteExclusive, TraceSink sink, double[] one) {
            for (; next < minuteExclusive; next++) {
                int i = (int) (next & (ring.length - 1));
                one[0] = 100 * ring[i] / 60;
                ring[i] = 0;
                sink.sample(tenant, next * 60, one);
            }
        }

        private void grow(long span) {
            if (span <= ring.length) {
                return;
            }
            int c = ring.length;
            while (c < span) {
                c *= 2;
            }
            double[] bigger = new double[c];
            for (long m = next; m < next + ring.length; m++) {
                bigger[(int) (m & (c - 1))] = ring[(int) (m & (ring.length - 1))];
            }
            ring = bigger;
        }
    }
}
