package dev.tenantsim.scenario;

import java.time.Duration;

/**
 * The values an optional key takes when a scenario leaves it out — the one place they are
 * written down (the JSON Schema's descriptions and the README repeat them).
 */
public final class Defaults {
    /** Seed of every random stream when the file gives none: results are still reproducible. */
    public static final long SEED = 1L;
    /** One replication: enough for a first look; use more for intervals. */
    public static final int REPLICATIONS = 1;
    /** Fluid-pass step and the width of per-minute statistics (docs/metrics.md judges SLOs per minute). */
    public static final Duration STEP = Duration.ofMinutes(1);
    /** Engine choice when the horizon names none: request level up to 6 h, fluid pass beyond. */
    public static final String FIDELITY = "auto";

    /** Budgeting method of a tier's SLO when it names none: good one-minute slices, the per-minute rule. */
    public static final String SLO_METHOD = "timeslices";
    /** Errors allowed per minute when a tier's SLO names no error budget. */
    public static final double ERROR_BUDGET = 0.01;
    /** Coefficient of variation of request work when not given (exponential-like). */
    public static final double CV = 1.0;
    /** Arrival pattern of tenants when not given. */
    public static final String PATTERN = "poisson";
    /** Tenant size distribution when not given. */
    public static final String USER_SHAPE = "lognormal";
    /** Placement strategy when not given. */
    public static final String STRATEGY = "round-robin";
    /** Worker queue discipline when not given. */
    public static final String DISCIPLINE = "fifo";
    /** Requests per user per minute for named tenants when neither they nor a generated population say. */
    public static final double REQUESTS_PER_USER_PER_MINUTE = 1.0;

    /** Zipf exponent of tenants' lookups over their keys (see DataAccess.DEFAULT_SKEW for the source). */
    public static final double ACCESS_SKEW = dev.tenantsim.engine.platform.cache.DataAccess.DEFAULT_SKEW;
    /** Bytes per item of an app cache (cached results). */
    public static final double CACHE_ITEM_BYTES = dev.tenantsim.engine.platform.cache.CacheSpec.DEFAULT_ITEM_BYTES;
    /** Bytes per page of a buffer pool (PostgreSQL's 8 KiB page). */
    public static final double PAGE_BYTES = dev.tenantsim.engine.platform.cache.CacheSpec.DEFAULT_PAGE_BYTES;
    /** Growth law of query cost once {@code request.queryCost} is given: B-tree lookups. */
    public static final String QUERY_COST_GROWTH = "log";
    /** What size query cost follows: the shard's data. */
    public static final String QUERY_COST_BASIS = "shard";
    /** Data size at which request.dbCpu and request.dbIo hold. */
    public static final double QUERY_COST_REFERENCE_BYTES = dev.tenantsim.engine.platform.cache.QueryCost.DEFAULT_REFERENCE_BYTES;
    /** Bytes per row. */
    public static final double ROW_BYTES = dev.tenantsim.engine.platform.cache.QueryCost.DEFAULT_ROW_BYTES;

    private Defaults() {
    }
}
