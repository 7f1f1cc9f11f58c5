package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.CountedPool;
import dev.tenantsim.engine.kernel.resource.ProcessorSharingStation;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.StackSpec;

/**
 * A database beside the primary that a {@link ClassRouter} sends reads to: the read replica (one
 * per shard, a tenant on its primary shard's replica) or a separate store (an analytics or search
 * database, one for the whole stack). The same steps as the primary — a connection from its own
 * pool within the tenant's pool wait timeout (→ pool-timeout), DB CPU and IO by processor sharing
 * over its own cores and channels (IO operations at its own speed), the connection held for the
 * hold time — without the primary's quotas, bulkheads, breaker, statement timeout or locks, and
 * outside the stack's per-minute DB series.
 */
final class SideDatabase extends Stage implements EventHandler {
    private static final int HOLD_DONE = 0;

    private final Simulation sim;
    private final int self;
    private final TenantTable tenants;
    private final double[] td;
    private final JobSlots jobs;
    private final boolean perShard;
    private final double ioScale;
    private final ProcessorSharingStation[] cpu;
    private final ProcessorSharingStation[] io;
    private final CountedPool[] pool;

    /**
     * @param perShard one instance per primary shard (a replica) rather than one for the stack
     */
    SideDatabase(StackContext ctx, String name, StackSpec.Database spec, boolean perShard) {
        sim = ctx.sim;
        tenants = ctx.tenants;
        td = tenants.td;
        jobs = ctx.jobs;
        this.perShard = perShard;
        ioScale = spec.secondsPerIo() / ctx.spec.db().secondsPerIo();
        int shards = perShard ? ctx.spec.db().shards() : 1;
        cpu = new ProcessorSharingStation[shards];
        io = new ProcessorSharingStation[shards];
        pool = new CountedPool[shards];
        String base = ctx.spec.name() + "/" + name;
        for (int s = 0; s < shards; s++) {
            cpu[s] = new ProcessorSharingStation(sim, base + s + "/cpu", spec.cores(), this::onCpuDone);
            io[s] = new ProcessorSharingStation(sim, base + s + "/io", spec.ioChannels(), this::onIoDone);
            pool[s] = new CountedPool(sim, base + s + "/pool", spec.maxConnections(), Math.max(1, tenants.n),
                    this::onGranted, this::onPoolTimeout);
        }
        self = sim.register(this);
    }

    private int shard(int j) {
        return perShard ? tenants.shard(jobs.tenant[j]) : 0;
    }

    @Override
    void accept(int j) {
        if (jobs.db[j] <= 0 && jobs.io[j] <= 0 && jobs.hold[j] <= 0) {
            outer.ended(j, SUCCESS);
            return;
        }
        int t = jobs.tenant[j];
        pool[shard(j)].acquire(j, t, td[(t << 4) + TenantTable.D_POOL_WAIT]);
    }

    private void onGranted(int j) {
        if (jobs.db[j] > 0) {
            cpu[shard(j)].arrive(j, jobs.db[j]);
        } else {
            onCpuDone(j);
        }
    }

    private void onCpuDone(int j) {
        if (jobs.io[j] > 0) {
            io[shard(j)].arrive(j, jobs.io[j] * ioScale);
        } else {
            onIoDone(j);
        }
    }

    private void onIoDone(int j) {
        if (jobs.hold[j] > 0) {
            sim.schedule(jobs.hold[j], self, HOLD_DONE, j);
        } else {
            done(j);
        }
    }

    @Override
    public void handle(int kind, int j) {
        if (kind != HOLD_DONE) {
            throw new IllegalStateException("unknown side-database event kind " + kind);
        }
        done(j);
    }

    private void done(int j) {
        pool[shard(j)].release(jobs.tenant[j]);
        outer.ended(j, SUCCESS);
    }

    private void onPoolTimeout(int j) {
        outer.ended(j, ErrorCause.POOL_TIMEOUT.ordinal());
    }
}
