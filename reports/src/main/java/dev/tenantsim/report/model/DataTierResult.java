package dev.tenantsim.report.model;

import java.util.Objects;

/**
 * One stack's writes against the primary's shared locks and its read replica's lag
 * (docs/metrics.md "Lock wait" and "Replica lag"), per replication, means over replications.
 * Milliseconds are NaN where nothing was measured (no write waited, no replica).
 *
 * @param writes          writes that got a connection on the primary
 * @param lockWaited      writes that waited for a lock
 * @param lockTimeouts    writes that waited past the lock-wait timeout
 * @param replicated      writes the replica applied
 */
public record DataTierResult(String stack, double writes, double lockWaited, double lockTimeouts, double meanLockWaitMs,
                             double p99LockWaitMs, double replicated, double meanReplicaLagMs, double p99ReplicaLagMs,
                             double maxReplicaLagMs) implements java.io.Serializable {
    public DataTierResult {
        Objects.requireNonNull(stack, "stack");
    }
}
