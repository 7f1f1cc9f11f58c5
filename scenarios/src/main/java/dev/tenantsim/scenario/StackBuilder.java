package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.unit.DataSize;
import dev.tenantsim.scenario.yaml.YMap;

/** One stack of a topology ({@link ScenarioBuilder#pooled}, {@code cells}, ...): app tier, DB, workers. */
public final class StackBuilder {
    private final YMap m;

    StackBuilder(YMap m) {
        this.m = m;
    }

    public StackBuilder app(int nodes, int coresPerNode) {
        YMap a = child(m, "app");
        set(a, "nodes", (long) nodes);
        set(a, "coresPerNode", (long) coresPerNode);
        return this;
    }

    public StackBuilder db(int maxConnections, int cores) {
        YMap d = child(m, "db");
        set(d, "maxConnections", (long) maxConnections);
        set(d, "cores", (long) cores);
        return this;
    }

    public StackBuilder dbIops(int iops) {
        set(child(m, "db"), "iops", (long) iops);
        return this;
    }

    /** The region the stack lives in (requests pay the round trip from their users' region). */
    public StackBuilder region(String region) {
        set(m, "region", region);
        return this;
    }

    /** The round trip to this stack from users in {@code usersRegion}, over the built-in table. */
    public StackBuilder roundTrip(String usersRegion, java.time.Duration rtt) {
        set(child(m, "roundTrip"), usersRegion, rtt);
        return this;
    }

    /** {@code shards} identical database shards, each with the pool, cores, IOPS and buffer pool given. */
    public StackBuilder dbShards(int shards) {
        set(child(m, "db"), "shards", (long) shards);
        return this;
    }

    /** Each DB shard's buffer pool of {@code size} (8 KiB pages). */
    public StackBuilder bufferPool(DataSize size) {
        set(child(child(m, "db"), "bufferPool"), "size", size);
        return this;
    }

    /** An app cache (e.g. Redis) of {@code size} in front of the database (4 KiB items). */
    public StackBuilder cache(DataSize size) {
        set(child(m, "cache"), "size", size);
        return this;
    }

    /**
     * {@code size: auto}: the app nodes, DB cores, IOPS and connections are derived from the tenants
     * placed on the stack, each resource's peak × (1 + headroom) at or below {@code target}
     * utilization; the counts given to {@link #app} and {@link #db} are the floor.
     */
    public StackBuilder autoSize(double target) {
        set(m, "size", "auto");
        set(child(m, "sizing"), "target", target);
        return this;
    }

    /** The headroom added to each resource's peak before sizing (with {@link #autoSize}). */
    public StackBuilder sizingHeadroom(double appCpu, double dbCpu, double iops, double connections) {
        YMap h = child(child(m, "sizing"), "headroom");
        set(h, "appCpu", appCpu);
        set(h, "dbCpu", dbCpu);
        set(h, "iops", iops);
        set(h, "connections", connections);
        return this;
    }

    public StackBuilder workers(int count, String discipline) {
        YMap w = child(m, "workers");
        set(w, "count", (long) count);
        set(w, "discipline", discipline);
        return this;
    }
}
