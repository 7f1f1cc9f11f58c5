package dev.tenantsim.engine.platform;

/**
 * Background jobs a tenant submits (exports, reports, imports): {@code count} identical jobs, the
 * first at {@code startSeconds}, then one every {@code intervalSeconds} (0: all at once).
 *
 * <p>A job waits for a worker of its stack's background pool (in the pool's queue discipline),
 * then holds the worker while it runs {@code workerSeconds} of worker time and, in parallel,
 * {@code connections} DB queries: each query takes a connection from the stack's pool (the
 * tenant's connection quota applies), runs {@code dbCpuSecondsPerConnection} of DB CPU and then
 * {@code dbIoOpsPerConnection} IO operations (a scan), and releases its connection. The worker is
 * released when the worker time and every query have ended (a statement timeout ends a query).
 * A job that reads {@code scanBytes} of data (an export) streams them through its shard's buffer
 * pool while it runs, over its nominal duration (the longer of its worker time and query time).
 */
public record JobBatch(double startSeconds, int count, double intervalSeconds, double workerSeconds,
                       int connections, double dbCpuSecondsPerConnection, double dbIoOpsPerConnection,
                       double scanBytes) {
    public JobBatch(double startSeconds, int count, double intervalSeconds, double workerSeconds,
                    int connections, double dbCpuSecondsPerConnection, double dbIoOpsPerConnection) {
        this(startSeconds, count, intervalSeconds, workerSeconds, connections, dbCpuSecondsPerConnection,
                dbIoOpsPerConnection, 0);
    }

    public JobBatch {
        if (!(scanBytes >= 0) || Double.isInfinite(scanBytes)) {
            throw new IllegalArgumentException("job.scanBytes (" + scanBytes + ") must be finite and >= 0");
        }
        if (!(startSeconds >= 0) || Double.isInfinite(startSeconds)) {
            throw new IllegalArgumentException("job.startSeconds (" + startSeconds + ") must be a finite time >= 0");
        }
        if (count < 1) {
            throw new IllegalArgumentException("job.count (" + count + ") must be >= 1");
        }
        if (!(intervalSeconds >= 0) || Double.isInfinite(intervalSeconds)) {
            throw new IllegalArgumentException("job.intervalSeconds (" + intervalSeconds + ") must be a finite duration >= 0");
        }
        if (!(workerSeconds >= 0) || Double.isInfinite(workerSeconds)) {
            throw new IllegalArgumentException("job.workerSeconds (" + workerSeconds + ") must be a finite duration >= 0");
        }
        if (connections < 0) {
            throw new IllegalArgumentException("job.connections (" + connections + ") must be >= 0");
        }
        if (!(dbCpuSecondsPerConnection >= 0) || Double.isInfinite(dbCpuSecondsPerConnection)) {
            throw new IllegalArgumentException("job.dbCpuSecondsPerConnection (" + dbCpuSecondsPerConnection + ") must be finite and >= 0");
        }
        if (!(dbIoOpsPerConnection >= 0) || Double.isInfinite(dbIoOpsPerConnection)) {
            throw new IllegalArgumentException("job.dbIoOpsPerConnection (" + dbIoOpsPerConnection + ") must be finite and >= 0");
        }
        if (workerSeconds == 0 && connections == 0) {
            throw new IllegalArgumentException("job (workerSeconds 0, connections 0) must do some work");
        }
    }

    /** The same jobs reading {@code bytes} of data through the buffer pool. */
    public JobBatch scanning(double bytes) {
        return new JobBatch(startSeconds, count, intervalSeconds, workerSeconds, connections, dbCpuSecondsPerConnection,
                dbIoOpsPerConnection, bytes);
    }

    /** Seconds one job nominally runs alone: the longer of its worker time and one query's CPU and IO time. */
    public double nominalSeconds(double secondsPerIo) {
        return Math.max(workerSeconds, connections > 0 ? dbCpuSecondsPerConnection + dbIoOpsPerConnection * secondsPerIo : 0);
    }

    /** Jobs that only occupy a worker for {@code workerSeconds} each. */
    public static JobBatch workerOnly(double startSeconds, int count, double intervalSeconds, double workerSeconds) {
        return new JobBatch(startSeconds, count, intervalSeconds, workerSeconds, 0, 0, 0);
    }

    /** One export job that opens {@code connections} connections, each running a scan. */
    public static JobBatch export(double startSeconds, int connections, double dbCpuSecondsPerConnection,
                                  double dbIoOpsPerConnection) {
        return new JobBatch(startSeconds, 1, 0, 0, connections, dbCpuSecondsPerConnection, dbIoOpsPerConnection);
    }
}
