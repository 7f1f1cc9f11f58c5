package dev.tenantsim.engine.platform.cache;

/**
 * The {@link DataPath} of one stack applied to its tenants: per tenant, the app cache's hit ratio,
 * the buffer pool's hit ratio and the multipliers of a request's DB CPU and IO. Both passes use it
 * (the request level per attempt, the fluid pass on its work moments), so a figure has one model.
 *
 * <ul>
 *   <li>App cache (one per stack, {@link CheCache} over every tenant): a tenant looks up one key
 *       per request among {@code data / itemBytes} keys; a hit skips the database.</li>
 *   <li>Query cost: DB CPU and IO times {@link QueryCost#factor} of the shard's data (or the
 *       tenant's own).</li>
 *   <li>Buffer pool (one per shard, over that shard's tenants): a tenant references its pages at
 *       its request rate × (1 − app hit) × IO ops per request × cost factor; the IO a request
 *       does is its page reads that miss: {@code ioFactor = cost × (1 − pool hit)}.</li>
 *   <li>A scan ({@link #scanStarted}) streams one-time page references through its tenant's
 *       shard's pool while it runs; the pool is solved again on each start and end.</li>
 * </ul>
 * With the data path off every factor is 1 and every hit ratio 0.
 */
public final class StackDataModel {
    private final DataPath path;
    private final int n;
    private final int shards;
    private final int[] shardOf;
    private final double[] appHit;
    private final double[] poolHit;
    private final double[] cpuFactor;
    private final double[] ioFactor;
    private final CheCache[] pools;     // per shard, or null
    private final int[][] poolMembers;  // local tenant of each pool index, per shard
    private final int[] poolIndex;      // tenant's index in its shard's pool
    private final double[] scanRate;
    private final double[] scanPages;
    private final double[] scratch;

    /**
     * @param shardOf        shard of each tenant (0..shards-1)
     * @param data           each tenant's data, skew and quota
     * @param requestRate    each tenant's mean requests/s
     * @param ioOpsPerRequest each tenant's mean IO ops (page reads) per request at the reference size
     */
    public StackDataModel(DataPath path, int shards, int[] shardOf, DataAccess[] data, double[] requestRate,
                          double[] ioOpsPerRequest) {
        this.path = path;
        this.n = data.length;
        this.shards = shards;
        this.shardOf = shardOf.clone();
        appHit = new double[n];
        poolHit = new double[n];
        cpuFactor = new double[n];
        ioFactor = new double[n];
        scanRate = new double[n];
        scanPages = new double[n];
        poolIndex = new int[n];
        java.util.Arrays.fill(cpuFactor, 1);
        java.util.Arrays.fill(ioFactor, 1);
        double[] shardBytes = new double[shards];
        for (int t = 0; t < n; t++) {
            shardBytes[shardOf[t]] += data[t].dataBytes();
        }
        QueryCost qc = path.queryCost();
        for (int t = 0; t < n; t++) {
            cpuFactor[t] = qc.factor(qc.basis() == QueryCost.Basis.SHARD ? shardBytes[shardOf[t]] : data[t].dataBytes());
        }
        if (path.appCache() != null) {
            CheCache app = cache(path.appCache(), data, requestRate, allTenants());
            app.solve(path.appCache().capacityItems(), appHit);
        }
        pools = path.bufferPool() == null ? null : new CheCache[shards];
        poolMembers = new int[shards][];
        int maxMembers = 1;
        for (int s = 0; s < shards; s++) {
            int count = 0;
            for (int t = 0; t < n; t++) {
                count += shardOf[t] == s ? 1 : 0;
            }
            int[] members = new int[count];
            int k = 0;
            for (int t = 0; t < n; t++) {
                if (shardOf[t] == s) {
                    poolIndex[t] = k;
                    members[k++] = t;
                }
            }
            poolMembers[s] = members;
            maxMembers = Math.max(maxMembers, count);
        }
        scratch = new double[maxMembers];
        if (pools != null) {
            double[] pageRate = new double[n];
            for (int t = 0; t < n; t++) {
                pageRate[t] = requestRate[t] * (1 - appHit[t]) * ioOpsPerRequest[t] * cpuFactor[t];
            }
            for (int s = 0; s < shards; s++) {
                pools[s] = cache(path.bufferPool(), data, pageRate, poolMembers[s]);
                solvePool(s);
            }
        } else {
            System.arraycopy(cpuFactor, 0, ioFactor, 0, n);
        }
    }

    private int[] allTenants() {
        int[] all = new int[n];
        for (int t = 0; t < n; t++) {
            all[t] = t;
        }
        return all;
    }

    private static CheCache cache(CacheSpec spec, DataAccess[] data, double[] rate, int[] members) {
        int m = members.length;
        double[] keys = new double[m];
        double[] skew = new double[m];
        double[] rates = new double[m];
        double[] quota = new double[m];
        for (int k = 0; k < m; k++) {
            DataAccess d = data[members[k]];
            keys[k] = spec.items(d.dataBytes());
            skew[k] = d.skew();
            rates[k] = rate[members[k]];
            quota[k] = d.quotaBytes() == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY
                    : Math.max(1, Math.floor(d.quotaBytes() / spec.itemBytes()));
        }
        return new CheCache(keys, skew, rates, quota);
    }

    private void solvePool(int s) {
        int[] members = poolMembers[s];
        if (members.length == 0) {
            return;
        }
        pools[s].solve(path.bufferPool().capacityItems(), scratch);
        for (int k = 0; k < members.length; k++) {
            int t = members[k];
            poolHit[t] = scratch[k];
            ioFactor[t] = cpuFactor[t] * (1 - scratch[k]);
        }
    }

    /**
     * Tenant t starts a scan reading {@code bytes} of its data at {@code bytesPerSecond} through its
     * shard's buffer pool (nothing without a pool); returns whether any hit ratio changed.
     */
    public boolean scanStarted(int t, double bytes, double bytesPerSecond) {
        return scan(t, bytes, bytesPerSecond, 1);
    }

    /** The scan {@link #scanStarted} began has ended. */
    public boolean scanEnded(int t, double bytes, double bytesPerSecond) {
        return scan(t, bytes, bytesPerSecond, -1);
    }

    private boolean scan(int t, double bytes, double bytesPerSecond, int sign) {
        if (pools == null || !(bytes > 0) || !(bytesPerSecond > 0)) {
            return false;
        }
        double page = path.bufferPool().itemBytes();
        scanRate[t] = Math.max(0, scanRate[t] + sign * bytesPerSecond / page);
        scanPages[t] = Math.max(0, scanPages[t] + sign * bytes / page);
        if (scanRate[t] < 1e-9) {
            scanRate[t] = 0;
            scanPages[t] = 0;
        }
        int s = shardOf[t];
        pools[s].setScan(poolIndex[t], scanRate[t], scanPages[t]);
        solvePool(s);
        return true;
    }

    public DataPath path() {
        return path;
    }

    public boolean hasAppCache() {
        return path.appCache() != null;
    }

    public boolean hasBufferPool() {
        return pools != null;
    }

    /** Tenant t's app-cache hit ratio (0 without an app cache). */
    public double appHit(int t) {
        return appHit[t];
    }

    /** Tenant t's buffer-pool hit ratio now (0 without a pool). */
    public double poolHit(int t) {
        return poolHit[t];
    }

    /** Multiplier of tenant t's DB CPU per query (the query-cost growth). */
    public double cpuFactor(int t) {
        return cpuFactor[t];
    }

    /** Multiplier of tenant t's DB IO per query: cost growth × buffer-pool miss ratio. */
    public double ioFactor(int t) {
        return ioFactor[t];
    }

    public int tenants() {
        return n;
    }

    public int shards() {
        return shards;
    }
}
