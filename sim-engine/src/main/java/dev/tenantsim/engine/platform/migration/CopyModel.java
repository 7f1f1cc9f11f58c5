package dev.tenantsim.engine.platform.migration;

/**
 * How a tenant is moved between stacks: the parameters of every phase of a migration.
 *
 * <p>One attempt is: <b>copy</b> (the tenant's data, {@code dataGb}, at {@code copyMBps}: its
 * duration is data size / throughput, and while it runs the source's DB reads and the target's DB
 * writes {@code copyMBps / copyIoKb} extra IO operations per second), then the <b>dual-write</b>
 * window ({@code dualWriteSeconds}: the change stream catches up and every write of the tenant costs
 * on both stacks), then <b>verification</b> ({@code verifySeconds}: row counts and checksums). The
 * attempt fails with probability {@code failureProbability}, found at verification: the routing rolls
 * back to the source, the target's copy is dropped and, after {@code retryBackoffSeconds}, the
 * attempt is repeated, at most {@code maxAttempts} times in all (after which the tenant stays where it
 * was). A verified attempt cuts over ({@code cutoverSeconds}: reads and writes on the target, the
 * source kept as fallback) and then is final.
 *
 * @param copyMBps            copy throughput, MB/s (decimal: 1 GB = 1,000 MB)
 * @param copyIoKb            size of one IO operation of the copy, KB (the DB page the copy reads and writes)
 * @param dualWriteSeconds    length of the dual-write window after the copy
 * @param verifySeconds       length of the verification step
 * @param cutoverSeconds      length of the cutover (routing on the target, source kept as fallback)
 * @param writeShare          share of the tenant's requests that write (they cost on both stacks while dual-writing)
 * @param failureProbability  probability that one attempt fails verification, in [0, 1)
 * @param maxAttempts         attempts at most (1: no retry)
 * @param retryBackoffSeconds wait after a rollback before the next attempt
 */
public record CopyModel(double copyMBps, double copyIoKb, double dualWriteSeconds, double verifySeconds, double cutoverSeconds,
                        double writeShare, double failureProbability, int maxAttempts, double retryBackoffSeconds) {

    /**
     * Copy throughput of the defaults: 20 MB/s (72 GB/h), one logical dump-and-restore stream of a
     * tenant's rows with its indexes rebuilt on the target, the rate of a single-stream logical copy
     * (pg_dump | pg_restore, AWS DMS full load of one task) with the source serving production
     * traffic at the same time. Chosen once, not per figure.
     */
    public static final double DEFAULT_COPY_MBPS = 20.0;

    /**
     * Failure probability of the defaults: 340 / 12,000, the share of the MegaCorp-style source's
     * migrations that failed and were retried (the source states the rate; the simulation draws
     * failures from it).
     */
    public static final double DEFAULT_FAILURE_PROBABILITY = 340.0 / 12_000.0;

    public CopyModel {
        positive("copyMBps", copyMBps);
        positive("copyIoKb", copyIoKb);
        nonNegative("dualWriteSeconds", dualWriteSeconds);
        nonNegative("verifySeconds", verifySeconds);
        nonNegative("cutoverSeconds", cutoverSeconds);
        nonNegative("retryBackoffSeconds", retryBackoffSeconds);
        if (!(writeShare >= 0 && writeShare <= 1)) {
            throw new IllegalArgumentException("migration writeShare (" + writeShare + ") must be in [0, 1]");
        }
        if (!(failureProbability >= 0 && failureProbability < 1)) {
            throw new IllegalArgumentException("migration failureProbability (" + failureProbability + ") must be in [0, 1)");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("migration maxAttempts (" + maxAttempts + ") must be >= 1");
        }
    }

    /**
     * The documented defaults: 20 MB/s in 16 KB operations (InnoDB's page); 10 minutes of dual
     * writes (change-stream catch-up and a soak before cutover), 5 minutes of verification, 1 minute
     * of cutover; 20% of requests write; failure probability 340/12,000 per attempt, 3 attempts,
     * 30 minutes between them.
     */
    public static CopyModel defaults() {
        return new CopyModel(DEFAULT_COPY_MBPS, 16, 600, 300, 60, 0.2, DEFAULT_FAILURE_PROBABILITY, 3, 1800);
    }

    /** The same model at another copy throughput (MB/s). */
    public CopyModel withCopyMBps(double mbps) {
        return new CopyModel(mbps, copyIoKb, dualWriteSeconds, verifySeconds, cutoverSeconds, writeShare, failureProbability,
                maxAttempts, retryBackoffSeconds);
    }

    /** The same model with another failure probability per attempt. */
    public CopyModel withFailureProbability(double p) {
        return new CopyModel(copyMBps, copyIoKb, dualWriteSeconds, verifySeconds, cutoverSeconds, writeShare, p,
                maxAttempts, retryBackoffSeconds);
    }

    /** Seconds the copy of {@code dataGb} takes: data size / throughput. */
    public double copySeconds(double dataGb) {
        if (!(dataGb >= 0) || Double.isInfinite(dataGb)) {
            throw new IllegalArgumentException("migration dataGb (" + dataGb + ") must be a finite size >= 0");
        }
        return dataGb * 1000.0 / copyMBps;
    }

    /** Seconds of one attempt: copy, dual-write window, verification. */
    public double attemptSeconds(double dataGb) {
        return copySeconds(dataGb) + dualWriteSeconds + verifySeconds;
    }

    /** Extra IO operations per second the copy puts on the source (reads) and on the target (writes). */
    public double copyIops() {
        return copyMBps * 1000.0 / copyIoKb;
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("migration " + field + " (" + v + ") must be a finite number > 0");
        }
    }

    private static void nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("migration " + field + " (" + v + ") must be a finite number >= 0");
        }
    }
}
