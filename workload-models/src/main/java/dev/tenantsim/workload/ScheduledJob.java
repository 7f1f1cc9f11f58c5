package dev.tenantsim.workload;

import java.util.Objects;

/**
 * A background job of a tenant: a report, an export, a re-index. Jobs run on the platform's
 * background workers and hold database connections for their duration.
 *
 * @param startSecond     start, seconds from the horizon start
 * @param kind            e.g. {@code "export"}, {@code "batch"}
 * @param rows            rows scanned (the job's size)
 * @param connections     DB connections held while it runs (≥ 1)
 * @param durationSeconds how long it runs when unobstructed, seconds (&gt; 0)
 */
public record ScheduledJob(long startSecond, String kind, double rows, int connections, double durationSeconds)
        implements Comparable<ScheduledJob> {
    public ScheduledJob {
        Objects.requireNonNull(kind, "job.kind");
        if (startSecond < 0) {
            throw new IllegalArgumentException("job.start (" + startSecond + ") must be >= 0 seconds");
        }
        if (!(rows >= 0) || Double.isInfinite(rows)) {
            throw new IllegalArgumentException("job.rows (" + rows + ") must be a finite number >= 0");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("job.connections (" + connections + ") must be >= 1");
        }
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("job.duration (" + durationSeconds + ") must be a positive number of seconds");
        }
    }

    @Override
    public int compareTo(ScheduledJob o) {
        int c = Long.compare(startSecond, o.startSecond);
        return c != 0 ? c : kind.compareTo(o.kind);
    }
}
