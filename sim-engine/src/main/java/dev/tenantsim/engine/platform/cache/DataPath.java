package dev.tenantsim.engine.platform.cache;

/**
 * What lies between a stack's requests and their data: an optional app cache in front of the
 * database ({@code appCache}; a hit answers the request without a DB query), an optional buffer
 * pool in each DB shard ({@code bufferPool}; a hit saves the IO of a page read), and how a
 * query's cost grows with the data it runs against. {@link #NONE} is the engine without them.
 */
public record DataPath(CacheSpec appCache, CacheSpec bufferPool, QueryCost queryCost) {
    public static final DataPath NONE = new DataPath(null, null, QueryCost.FLAT);

    public DataPath {
        if (queryCost == null) {
            throw new IllegalArgumentException("dataPath.queryCost (null) must be given (QueryCost.FLAT for none)");
        }
    }

    /** True when none of the three changes a request's work. */
    public boolean isOff() {
        return appCache == null && bufferPool == null && queryCost.growth() == QueryCost.Growth.NONE;
    }

    public DataPath withAppCache(CacheSpec c) {
        return new DataPath(c, bufferPool, queryCost);
    }

    public DataPath withBufferPool(CacheSpec c) {
        return new DataPath(appCache, c, queryCost);
    }

    public DataPath withQueryCost(QueryCost q) {
        return new DataPath(appCache, bufferPool, q);
    }
}
