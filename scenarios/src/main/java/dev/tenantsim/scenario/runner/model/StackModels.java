package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.cache.CacheSpec;
import dev.tenantsim.engine.platform.cache.DataPath;
import dev.tenantsim.engine.platform.cache.QueryCost;
import dev.tenantsim.scenario.model.CacheSetting;
import dev.tenantsim.scenario.model.QueryCostSetting;
import dev.tenantsim.scenario.model.Stack;

/**
 * One scenario stack ({@code app}, {@code db}, {@code workers}) as the platform's {@link StackSpec}.
 * What the scenario format leaves out gets a documented default: threads per app core, IO
 * channels (one op takes about a millisecond on an idle channel), IOPS when none are provisioned,
 * {@code app.maxConcurrent} when not given, a database when the stack names none (large enough never to bind), one worker when none are given.
 * Its data path is the stack's app cache ({@code cache}), its shards' buffer pool ({@code db.bufferPool}) and the scenario's
 * {@code request.queryCost}; all off unless given.
 */
public final class StackModels {
    /** Requests in progress per app core (a thread pool); more wait in the accept queue. */
    public static final int THREADS_PER_CORE = 64;
    /** Provisioned IOPS per DB core when {@code db.iops} is not given. */
    public static final int IOPS_PER_DB_CORE = 1000;
    /** IO operations per second one channel serves: an idle op takes 1 / this seconds. */
    public static final double IOPS_PER_CHANNEL = 1000;
    /** Connections of the stand-in database of a stack without {@code db}. */
    public static final int UNBOUNDED_CONNECTIONS = 1_000_000;

    private StackModels() {
    }

    /**
     * @param disciplineOverride worker discipline from {@code controls.workers.discipline}, or null
     */
    public static StackSpec of(String name, Stack s, String disciplineOverride) {
        return of(name, s, disciplineOverride, QueryCost.FLAT);
    }

    /** The engine's query cost of a {@code request.queryCost} (null: flat). */
    public static QueryCost queryCost(QueryCostSetting q) {
        return q == null ? QueryCost.FLAT : new QueryCost(QueryCost.Growth.named(q.growth()), QueryCost.Basis.named(q.basis()),
                q.referenceBytes(), q.rowBytes());
    }

    private static CacheSpec cache(CacheSetting c) {
        return c == null ? null : new CacheSpec(c.bytes(), c.itemBytes());
    }

    public static StackSpec of(String name, Stack s, String disciplineOverride, QueryCost queryCost) {
        int appCores = s.app().cores();
        int threads = s.app().maxConcurrent() != null ? s.app().maxConcurrent()
                : (int) Math.min(Integer.MAX_VALUE, (long) appCores * THREADS_PER_CORE);
        StackSpec.AppTier app = new StackSpec.AppTier(appCores, threads);
        StackSpec.Database db;
        if (s.db() == null) {
            db = new StackSpec.Database(UNBOUNDED_CONNECTIONS, appCores, 1e9, (int) 1e6);
        } else {
            db = database(s.db());
        }
        int workers = s.workers() == null ? 1 : s.workers().count();
        String discipline = disciplineOverride != null ? disciplineOverride
                : s.workers() == null || s.workers().discipline() == null ? "fifo" : s.workers().discipline();
        DataPath path = new DataPath(cache(s.cache()), s.db() == null ? null : cache(s.db().bufferPool()), queryCost);
        return new StackSpec(name, app, db, new StackSpec.WorkerPool(workers, discipline), path);
    }

    /**
     * A database of the stated size (per shard, {@code d.shards()} of them): IOPS by default {@link #IOPS_PER_DB_CORE}
     * per core, one IO channel per {@link #IOPS_PER_CHANNEL}.
     */
    static StackSpec.Database database(Stack.Db d) {
        double iops = d.iops() > 0 ? d.iops() : (double) IOPS_PER_DB_CORE * d.cores();
        int channels = (int) Math.max(1, Math.ceil(iops / IOPS_PER_CHANNEL));
        return new StackSpec.Database(d.maxConnections(), d.cores(), iops, channels, d.shards());
    }
}
