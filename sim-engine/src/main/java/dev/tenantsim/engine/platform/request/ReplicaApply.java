package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.LatencySummary;
import org.HdrHistogram.AbstractHistogram;

/**
 * Replication lag of each shard's read replica: the replica applies the writes its primary
 * committed, in commit order, on one apply thread (as single-threaded replay does); a write's
 * apply takes the DB time it took on the primary (CPU plus IO). Its lag is the stated lag plus its
 * wait for the apply thread plus its own apply: a FIFO single server computed by Lindley's
 * recursion at commit, with no event. The apply thread is not one of the replica's cores: reads
 * on the replica do not slow it, nor it them.
 */
final class ReplicaApply {
    private final double statedLag;
    private final double[] freeAt;
    private final AbstractHistogram lag = TenantLedger.newMergeHistogram();

    ReplicaApply(int shards, double statedLag) {
        this.statedLag = statedLag;
        this.freeAt = new double[shards];
    }

    /** A write committed on shard s's primary at {@code now}, with {@code applySeconds} of work to replay. */
    void committed(int s, double now, double applySeconds) {
        double done = Math.max(now, freeAt[s]) + applySeconds;
        freeAt[s] = done;
        lag.recordValue(Math.max(1L, Math.round((done - now + statedLag) * 1e6)));
    }

    long applied() {
        return lag.getTotalCount();
    }

    LatencySummary lag() {
        return TenantLedger.summary(lag);
    }
}
