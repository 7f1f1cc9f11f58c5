package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.JobListener;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.CountedPool;
import dev.tenantsim.engine.kernel.resource.ProcessorSharingStation;
import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.StackSpec;
import java.util.Arrays;

/**
 * The kernel resources of one stack, set up from its {@link StackSpec}: the app tier's CPU
 * (processor sharing over its cores), and per DB shard a CPU and an IO station and connection
 * pools — one general pool plus one per bulkheaded tier present on the stack, the bulkheads'
 * connections taken from the general pool, each tenant's connection quota set on its pool. The
 * stage that uses a resource creates it here with its own callbacks.
 */
final class StackResources {
    private final Simulation sim;
    private final StackSpec spec;
    private final TenantTable tenants;
    private final Controls controls;
    /** Pools per shard: 1 general + one per bulkheaded tier. */
    private final int pools;
    private final int general;
    /** Each tier's pool within a shard (0: the general pool). */
    private final int[] poolOfTier;

    StackResources(Simulation sim, StackSpec spec, TenantTable tenants, Controls controls) {
        this.sim = sim;
        this.spec = spec;
        this.tenants = tenants;
        this.controls = controls;
        StackSpec.Database db = spec.db();
        int[] ofTier = new int[0];
        int count = 1;
        int left = db.maxConnections();
        for (int t = 0; t < tenants.n; t++) {
            int tier = tenants.load[t].tier();
            if (controls.bulkhead(tier) > 0) {
                if (tier >= ofTier.length) {
                    ofTier = Arrays.copyOf(ofTier, tier + 1);
                }
                if (ofTier[tier] == 0) {
                    ofTier[tier] = count++;
                    left -= controls.bulkhead(tier);
                }
            }
        }
        if (left < 1) {
            throw new IllegalArgumentException("controls.bulkheads (" + (db.maxConnections() - left)
                    + " connections) must leave at least 1 of stack " + spec.name() + "'s db.maxConnections ("
                    + db.maxConnections() + ") to the other tiers");
        }
        pools = count;
        general = left;
        poolOfTier = ofTier;
        for (int t = 0; t < tenants.n; t++) {
            int tier = tenants.load[t].tier();
            int p = tier < poolOfTier.length ? poolOfTier[tier] : 0;
            tenants.setInt(t, TenantTable.I_POOL, tenants.shard(t) * pools + p);
        }
    }

    /** The app tier's CPU. */
    ProcessorSharingStation appCpu(JobListener done) {
        return new ProcessorSharingStation(sim, spec.name() + "/app", spec.app().cores(), done);
    }

    /** The database's stations and pools, by shard; a tenant's pool is its {@link TenantTable#I_POOL}. */
    Database database(JobListener cpuDone, JobListener ioDone, JobListener granted, JobListener waitTimeout) {
        StackSpec.Database db = spec.db();
        int shards = db.shards();
        int keys = Math.max(1, tenants.n);
        ProcessorSharingStation[] cpu = new ProcessorSharingStation[shards];
        ProcessorSharingStation[] io = new ProcessorSharingStation[shards];
        CountedPool[] pool = new CountedPool[shards * pools];
        for (int s = 0; s < shards; s++) {
            cpu[s] = new ProcessorSharingStation(sim, spec.name() + "/db" + s + "/cpu", db.cores(), cpuDone);
            io[s] = new ProcessorSharingStation(sim, spec.name() + "/db" + s + "/io", db.ioChannels(), ioDone);
            pool[s * pools] = new CountedPool(sim, spec.name() + "/db" + s + "/pool", general, keys, granted, waitTimeout);
            for (int tier = 0; tier < poolOfTier.length; tier++) {
                if (poolOfTier[tier] > 0) {
                    pool[s * pools + poolOfTier[tier]] = new CountedPool(sim, spec.name() + "/db" + s + "/pool/tier" + tier,
                            controls.bulkhead(tier), keys, granted, waitTimeout);
                }
            }
        }
        for (int t = 0; t < tenants.n; t++) {
            int q = tenants.controls[t].connectionQuota();
            if (q != Controls.UNLIMITED) {
                pool[tenants.getInt(t, TenantTable.I_POOL)].setQuota(t, q);
            }
        }
        return new Database(cpu, io, pool);
    }

    /** A database's CPU and IO stations by shard, and its pools by pool index. */
    record Database(ProcessorSharingStation[] cpu, ProcessorSharingStation[] io, CountedPool[] pools) {
    }
}
