package dev.tenantsim.scenario.schema;

import dev.tenantsim.scenario.catalog.Catalog;
import java.util.List;
import java.util.Set;

/**
 * The scenario file format, described once: every key, whether it is required, its kind, its
 * allowed range and one line of meaning. The validator walks files against it, the binder reads
 * the validated tree, and the published JSON Schema for editors is generated from it.
 * Defaults for optional keys are in {@link dev.tenantsim.scenario.Defaults}.
 */
public final class ScenarioSchema {
    /** The longest horizon a scenario may ask for. */
    public static final String MAX_HORIZON_TEXT = "366d (one year)";
    static final double MAX_HORIZON_SECONDS = 366 * 86_400.0;
    static final double INF = Double.POSITIVE_INFINITY;

    private ScenarioSchema() {
    }

    // ---- building blocks -------------------------------------------------------------------

    static Field req(String name, Shape shape, String doc) {
        return new Field(name, shape, true, doc);
    }

    static Field opt(String name, Shape shape, String doc) {
        return new Field(name, shape, false, doc);
    }

    static ScalarShape scalar(ValueKind kind, String doc) {
        return new ScalarShape(kind, -INF, false, INF, null, null, null, doc);
    }

    static ScalarShape count(long min, long max, String doc) {
        return new ScalarShape(ValueKind.COUNT, min, false, max, null, null, null, doc);
    }

    static ScalarShape number(double min, boolean minExclusive, double max, String doc) {
        return new ScalarShape(ValueKind.NUMBER, min, minExclusive, max, null, null, null, doc);
    }

    static ScalarShape duration(double minSeconds, boolean minExclusive, String minText, double maxSeconds, String maxText, String doc) {
        return new ScalarShape(ValueKind.DURATION, minSeconds, minExclusive, maxSeconds, minText, maxText, null, doc);
    }

    static ScalarShape percent(double min, boolean minExclusive, double max, String doc) {
        return new ScalarShape(ValueKind.PERCENT, min, minExclusive, max, pct(min), pct(max), null, doc);
    }

    static ScalarShape size(double minBytes, boolean minExclusive, String minText, double maxBytes, String maxText, String doc) {
        return new ScalarShape(ValueKind.SIZE, minBytes, minExclusive, maxBytes, minText, maxText, null, doc);
    }

    static ScalarShape choice(Catalog catalog, String doc) {
        return new ScalarShape(ValueKind.CHOICE, -INF, false, INF, null, null, catalog::names, doc + " (tenantsim list " + catalog.listName() + ")");
    }

    static ScalarShape choice(List<String> names, String doc) {
        return new ScalarShape(ValueKind.CHOICE, -INF, false, INF, null, null, () -> names, doc);
    }

    static MapShape mapOf(Shape values, int minEntries, String keyDoc, String doc) {
        return new MapShape(values, minEntries, keyDoc, doc);
    }

    static ListShape listOf(Shape items, int minItems, String doc) {
        return new ListShape(items, minItems, doc);
    }

    private static String pct(double fraction) {
        return stripZeros(fraction * 100) + "%";
    }

    private static String stripZeros(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    // ---- the format ------------------------------------------------------------------------

    static final ObjectShape HORIZON = ObjectShape.of("the simulated span",
            opt("start", scalar(ValueKind.TIMESTAMP, "when the horizon starts (ISO-8601 with offset); clock times in jobs and windows are on this day"), "start time"),
            req("length", duration(60, false, "1min", MAX_HORIZON_SECONDS, MAX_HORIZON_TEXT, "how long to simulate, e.g. 2h, 5h50m or 90d"), "length"),
            opt("step", duration(1, false, "1s", 3600, "1h", "step of the fluid pass and of per-minute statistics (default 1m)"), "step"),
            opt("fidelity", choice(Catalog.FIDELITIES, "which engine runs the horizon: auto (default; fluid pass beyond 6 h), request or fluid;"
                    + " the command line's --fidelity wins"), "fidelity"));

    /** Budgeting methods of a tier's SLO (OpenSLO's Timeslices and Occurrences). */
    static final List<String> SLO_METHODS = List.of("timeslices", "occurrences");

    static final ObjectShape SLO = ObjectShape.of("the tier's service-level objective",
            opt("method", choice(SLO_METHODS, "how the error budget is counted: timeslices (good 1-minute slices; the default) "
                    + "or occurrences (good requests: completed within threshold)"), "budgeting method"),
            opt("p99", duration(0.001, false, "1ms", 3600, "1h", "p99 latency objective per minute, e.g. 250ms "
                    + "(required for timeslices; occurrences default: the threshold)"), "p99 objective"),
            opt("errorBudget", percent(0, false, 1, "errors allowed per minute, e.g. 1% (default 1%)"), "error budget"),
            opt("availability", percent(0, true, 1, "contracted availability, e.g. 99.95%"), "availability"),
            opt("target", percent(0, true, 1, "share of good slices (timeslices; default the availability) or of good "
                    + "requests (occurrences; required), below 100%, e.g. 99.9%"), "target"),
            opt("threshold", duration(0.001, false, "1ms", 3600, "1h", "latency a good request stays within "
                    + "(occurrences only; required there), e.g. 300ms"), "latency threshold"),
            opt("window", duration(60, false, "1m", MAX_HORIZON_SECONDS, MAX_HORIZON_TEXT, "the window the target is "
                    + "counted over, e.g. 28d (default: the horizon)"), "window"),
            opt("slice", duration(1, false, "1s", 3600, "1h", "length of a time slice (timeslices only; 1m, the only "
                    + "length simulated)"), "slice"),
            opt("openslo", scalar(ValueKind.PATH, "an OpenSLO SLO document (kind: SLO) giving method, target, threshold or p99 "
                    + "and window, relative to the scenario file"), "OpenSLO document"));

    static final ObjectShape TIER = ObjectShape.of("a tier: SLO, price and quotas",
            req("slo", SLO, "service-level objective"),
            req("monthlyFee", new ScalarShape(ValueKind.MONEY, 0, false, 1e12, null, null, null, "monthly fee per tenant in USD, e.g. 400"), "monthly fee"),
            opt("users", count(1, 100_000_000, "most users a tenant of this tier may have"), "max users"),
            opt("dbConnectionQuota", count(1, 1_000_000, "DB connections one tenant may hold at once"), "connection quota"),
            opt("statementTimeout", duration(0.001, false, "1ms", 86_400, "1d", "longest DB statement before it is killed, e.g. 30s"), "statement timeout"),
            opt("rateLimit", new ScalarShape(ValueKind.RATE, 0, true, 1e7, "0/s", "10000000/s", null, "requests per tenant, token bucket, e.g. 100/s"), "rate limit"),
            opt("concurrencyCap", count(1, 1_000_000, "requests of one tenant in flight at once"), "concurrency cap"));

    static final ObjectShape USERS = ObjectShape.of("tenant sizes in users",
            req("mean", number(0, true, 1e9, "mean users per tenant"), "mean"),
            opt("max", count(1, 1_000_000_000, "largest tenant in users"), "max"),
            opt("shape", choice(Catalog.USER_SHAPES, "size distribution (default lognormal)"), "shape"));

    static final ObjectShape GENERATE = ObjectShape.of("a generated tenant population",
            req("count", count(1, 1_000_000, "number of tenants"), "count"),
            req("mix", mapOf(percent(0, false, 1, "share of tenants in this tier, e.g. 70%"), 1, "tier name", "share of tenants per tier; must add up to 100%"), "tier mix"),
            req("users", USERS, "tenant sizes"),
            req("requestsPerUserPerMinute", number(0, true, 10_000, "API requests per user per minute, e.g. 0.05"), "request rate"),
            opt("pattern", choice(Catalog.GENERATORS, "arrival pattern (default poisson)"), "pattern"),
            opt("data", size(1, false, "1B", 1e15, "1PB", "mean data stored per tenant, heavy-tailed (lognormal) with the largest "
                    + "50 times the mean, e.g. 20GB (default: mean 12GB, largest 2.8TB)"), "data"));

    static final ObjectShape JOB = ObjectShape.of("a background job of a tenant",
            req("kind", choice(Catalog.JOB_KINDS, "job kind"), "kind"),
            req("at", scalar(ValueKind.CLOCK, "time of day it starts, in quotes, e.g. \"10:42\""), "start"),
            req("connections", count(1, 1_000_000, "DB connections it opens"), "connections"),
            req("queryTime", duration(0.001, false, "1ms", 30 * 86_400.0, "30d", "how long each connection's query runs alone"), "query time"),
            opt("rowsScanned", number(0, false, 1e15, "rows scanned, for the record"), "rows scanned"));

    static final ObjectShape SHAPE = ObjectShape.of("a named tenant's own load shape, applied over its pattern in the order weekly, "
                    + "diurnal, bursty (what tenantsim calibrate fits and writes)",
            opt("weekly", ObjectShape.of("quieter (or busier) weekends in the tenant's local time; the week is normalised to mean 1",
                    req("weekendLevel", number(0, false, 100, "Saturday and Sunday level over the weekdays', e.g. 0.4"), "weekend level"),
                    opt("mondayPeak", number(0, true, 100, "factor of Monday 08:00-11:00 local (default 1: none)"), "Monday peak")),
                    "weekly shape"),
            opt("diurnal", ObjectShape.of("the day curve 1 + amplitude cos(2 pi (local hour - peakHour) / 24), mean 1",
                    req("amplitude", number(0, false, 1, "relative amplitude of the day curve, e.g. 0.3"), "amplitude"),
                    req("peakHour", number(0, false, 23.99, "local hour of the peak, e.g. 14.5"), "peak hour")), "daily shape"),
            opt("bursty", ObjectShape.of("a two-state calm / burst rate modulation (MMPP-2), mean 1",
                    req("multiplier", number(1, true, 1000, "burst rate over calm rate, e.g. 3"), "multiplier"),
                    req("burstsPerDay", number(0, true, 1440, "bursts started per day, e.g. 4"), "bursts per day"),
                    req("meanBurstMinutes", number(1, false, 1440, "mean burst length in minutes, e.g. 20"), "burst length")),
                    "bursts"));

    static final ObjectShape EXPLICIT_TENANT = ObjectShape.of("a named tenant",
            req("id", scalar(ValueKind.NAME, "unique tenant id"), "id"),
            req("tier", scalar(ValueKind.NAME, "its tier, one of tiers"), "tier"),
            req("users", count(1, 1_000_000_000, "users"), "users"),
            opt("requestsPerUserPerMinute", number(0, true, 10_000, "API requests per user per minute (default: the generated population's)"), "request rate"),
            opt("pattern", choice(Catalog.GENERATORS, "arrival pattern (default poisson)"), "pattern"),
            opt("data", scalar(ValueKind.SIZE, "data stored, e.g. 2.8TB"), "data"),
            opt("region", scalar(ValueKind.NAME, "residency region, e.g. eu"), "region"),
            opt("accessSkew", number(0, true, 10, "Zipf exponent of this tenant's lookups over its keys (default request.access.skew)"), "access skew"),
            opt("usersRegion", scalar(ValueKind.NAME, "region its users' requests come from, e.g. eu-west-1 (default: its region);"
                    + " with a stack region, requests pay the round trip between the two"), "users' region"),
            opt("jobs", listOf(JOB, 0, "background jobs (an export or backup reads the tenant's data through the buffer pool)"), "jobs"),
            opt("shape", SHAPE, "its own weekly, daily and burst shape over its pattern"));

    static final ObjectShape TENANTS = ObjectShape.of("who the tenants are: generated, listed, traced, or a mix",
            opt("generate", GENERATE, "generated population"),
            opt("explicit", listOf(EXPLICIT_TENANT, 1, "named tenants"), "named tenants"),
            opt("trace", TraceShapes.TRACE, "traced tenants"));

    static final ObjectShape WORK = ObjectShape.of("work per request on one resource",
            req("dist", choice(Catalog.DISTRIBUTIONS, "distribution"), "distribution"),
            req("mean", duration(0, true, "0ms", 3600, "1h", "mean time, e.g. 8ms"), "mean"),
            opt("cv", number(0, false, 100, "coefficient of variation (default 1)"), "cv"));

    static final ObjectShape IO_WORK = ObjectShape.of("IO operations per request",
            req("dist", choice(Catalog.DISTRIBUTIONS, "distribution"), "distribution"),
            req("mean", new ScalarShape(ValueKind.IO_OPS, 0, false, 1e6, null, null, null, "mean IO operations, e.g. 2ops"), "mean"),
            opt("cv", number(0, false, 100, "coefficient of variation (default 1)"), "cv"));

    static final ObjectShape ACCESS = ObjectShape.of("how tenants look up their data (read by the caches)",
            opt("skew", number(0, true, 10, "Zipf exponent α of each tenant's lookups over its keys: the key of rank r gets a share "
                    + "∝ r^-α (default 0.8)"), "skew"));

    static final ObjectShape QUERY_COST = ObjectShape.of("how a query's DB CPU and IO grow with the data it runs against",
            opt("growth", choice(Catalog.QUERY_COST, "growth law (default log)"), "growth"),
            opt("basis", choice(List.of("shard", "tenant"), "the size cost follows: the shard's data (default; index depth, "
                    + "table scans) or the tenant's own rows"), "basis"),
            opt("reference", size(1, false, "1B", 1e18, "1EB", "data size at which request.dbCpu and request.dbIo hold "
                    + "(default 100GB)"), "reference size"),
            opt("rowSize", size(1, false, "1B", 1e9, "1GB", "bytes per row (default 1KB)"), "row size"));

    static final ObjectShape DEPENDENCY_BREAKER = ObjectShape.of("a circuit breaker on synchronous calls to the dependency",
            req("failures", count(1, 1_000_000, "consecutive failed calls that open it"), "failures"),
            req("openFor", duration(0.001, false, "1ms", 86_400, "1d", "how long calls then fail fast (circuit-open), e.g. 10s"), "open for"),
            opt("per", choice(List.of("tenant", "dependency"), "one breaker per (tenant, dependency), so one tenant's failures "
                    + "open only its own (default), or one per dependency for every tenant"), "keyed by"));

    static final ObjectShape DEPENDENCY = ObjectShape.of("a service requests call (email, object storage, KMS, search)",
            req("latency", WORK, "time one call is served"),
            req("capacity", count(1, 100_000_000, "calls served at once in each stack (servers; for mode async, workers); "
                    + "more wait in its queue, FIFO"), "capacity"),
            req("share", percent(0, false, 1, "share of each tenant's requests that call it, e.g. 10%"), "share"),
            opt("shareByTier", mapOf(percent(0, false, 1, "share"), 1, "tier name", "share of the tier's requests, where it differs"), "share by tier"),
            opt("failureRate", percent(0, false, 1, "share of calls that fail (default 0%); a failed synchronous call fails "
                    + "its request (dependency-error)"), "failure rate"),
            opt("failureRateByTier", mapOf(percent(0, false, 1, "failure rate"), 1, "tier name",
                    "failure rate of the tier's calls, where it differs (e.g. a provider throttling one plan's key)"), "failure rate by tier"),
            opt("mode", choice(List.of("sync", "async"), "sync (default): the request waits for the call; async: it leaves a "
                    + "task in the dependency's queue and returns at once"), "mode"),
            opt("breaker", DEPENDENCY_BREAKER, "circuit breaker"));

    static final ObjectShape REQUEST = ObjectShape.of("the work of one API request",
            req("appCpu", WORK, "app CPU time"),
            opt("dbCpu", WORK, "DB CPU time"),
            opt("dbIo", IO_WORK, "DB IO operations (page reads when the stack's db has a bufferPool: only misses reach the disk)"),
            opt("access", ACCESS, "access skew"),
            opt("queryCost", QUERY_COST, "data-size-dependent query cost (default: none)"),
            opt("dependencies", mapOf(DEPENDENCY, 1, "dependency name", "services a share of requests call, in this order,"
                    + " after the app CPU and before the database (default: none)"), "dependencies"),
            opt("classes", mapOf(ClassShapes.workloadClass(WORK, IO_WORK), 1, "class name", "the named request classes of every"
                    + " tenant's traffic, each with its share, work, route, client timeout and p99 (default: none)"), "classes"),
            opt("writeShare", percent(0, false, 1, "share of requests that are writes, where a class does not say (default 0%)"), "write share"),
            opt("locks", ClassShapes.LOCKS, "locks"),
            opt("replica", ClassShapes.REPLICA, "read replica"),
            opt("stores", ClassShapes.STORES, "stores"));

    static final ObjectShape CACHE = ObjectShape.of("an app cache in front of the database (e.g. Redis), shared by the stack's tenants: "
                    + "a hit answers the request without a DB query",
            req("size", size(0, true, "0B", 1e15, "1PB", "memory of the cache, e.g. 16GB"), "size"),
            opt("itemSize", size(1, false, "1B", 1e9, "1GB", "bytes per cached item (default 4KiB)"), "item size"));

    static final ObjectShape BUFFER_POOL = ObjectShape.of("the database's buffer pool (one per shard), shared by the shard's tenants: "
                    + "a page read that hits costs no IO",
            req("size", size(0, true, "0B", 1e15, "1PB", "memory of the buffer pool, e.g. 64GB"), "size"),
            opt("pageSize", size(1, false, "1B", 1e9, "1GB", "bytes per page (default 8KiB)"), "page size"));

    static final ObjectShape APP = ObjectShape.of("app tier",
            req("nodes", count(1, 100_000, "app nodes"), "nodes"),
            req("coresPerNode", count(1, 1024, "cores per node"), "cores per node"),
            opt("maxConcurrent", count(1, 100_000_000, "requests in progress at once over the app tier (threads); more wait in its accept queue (default 64 per core)"), "max concurrent"));

    static final ObjectShape DB = ObjectShape.of("database",
            req("maxConnections", count(1, 1_000_000, "connection pool size"), "max connections"),
            req("cores", count(1, 4096, "DB cores"), "cores"),
            opt("iops", count(1, 100_000_000, "provisioned IO operations per second"), "iops"),
            opt("shards", count(1, 4096, "identical shards behind the app tier, each with this pool, cores, IOPS and buffer pool; "
                    + "a tenant is hashed to one (default 1)"), "shards"),
            opt("bufferPool", BUFFER_POOL, "buffer pool"));

    static final ObjectShape WORKERS = ObjectShape.of("background workers",
            req("count", count(1, 1_000_000, "workers"), "count"),
            opt("discipline", choice(Catalog.DISCIPLINES, "queue discipline (default fifo)"), "discipline"));

    static final ObjectShape ITEM = ObjectShape.of("a priced item: quantity units of a price-book item",
            req("item", scalar(ValueKind.NAME, "price-book key, e.g. m5.2xlarge or aws.elb.alb (see the price book)"), "item"),
            opt("quantity", count(0, 1_000_000_000, "units (default 1)"), "quantity"),
            opt("meter", choice(List.of("cpu-seconds", "io-ops", "connection-seconds", "storage-gb", "overhead"),
                    "what attributes its cost to tenants in showback (default overhead)"), "meter"));

    static final ObjectShape HEADROOM = ObjectShape.of("share added to each resource's peak demand before sizing (default 0% each)",
            opt("appCpu", percent(0, false, 10, "added to the app CPU peak, e.g. 10%"), "app CPU headroom"),
            opt("dbCpu", percent(0, false, 10, "added to the DB CPU peak"), "DB CPU headroom"),
            opt("iops", percent(0, false, 10, "added to the IOPS peak"), "IOPS headroom"),
            opt("connections", percent(0, false, 10, "added to the DB connections peak"), "connections headroom"));

    static final ObjectShape SIZING = ObjectShape.of("the right-sizing rule of a size: auto stack: each resource gets"
                    + " ceil(peak of the placed tenants' summed demand x (1 + headroom) / (unit x target)) units, at least the count written",
            opt("target", percent(0, true, 1, "peak utilization aimed at, in (0%, 100%] (default 70%)"), "target"),
            opt("headroom", HEADROOM, "headroom per resource"));

    static final ObjectShape STACK = ObjectShape.of("one stack: app tier, database and workers",
            req("app", APP, "app tier"),
            opt("size", choice(List.of("auto", "fixed"), "fixed (default): the size written; auto: app nodes, DB cores, IOPS and"
                    + " connections derived from the tenants placed on the stack (the counts written are the floor)"), "size"),
            opt("sizing", SIZING, "right-sizing rule (with size: auto)"),
            opt("db", DB, "database"),
            opt("workers", WORKERS, "workers"),
            opt("cache", CACHE, "app cache"),
            opt("region", scalar(ValueKind.NAME, "region the stack lives in, e.g. us-east-1; requests then pay the round trip "
                    + "from their users' region (default: none, no network delay)"), "region"),
            opt("roundTrip", mapOf(duration(0, false, "0ms", 60, "1min", "round trip, e.g. 70ms"), 1, "users' region",
                    "network round trip to this stack from users in each region (default: the built-in table of AWS regions)"), "round trips"),
            opt("items", listOf(ITEM, 0, "priced items of this stack (default: priced from its size at AWS list prices; [] for none of its own)"), "priced items"));

    static final ObjectShape CELL_GROUP = STACK.plus("a group of identical cells",
            req("count", count(1, 100_000, "cells in this group"), "count"),
            opt("tiers", listOf(scalar(ValueKind.NAME, "tier name"), 1, "tiers placed in this group (default: any)"), "tiers"));

    static final ObjectShape HYBRID = ObjectShape.of("a shared pool plus dedicated stacks for the tenants placement rules send there",
            req("pool", STACK, "the shared pool"),
            req("dedicated", STACK, "each dedicated stack"));

    static final ObjectShape TOPOLOGY = ObjectShape.of("exactly one of pooled, cells, dedicated, hybrid",
            opt("pooled", STACK, "one shared stack for every tenant"),
            opt("cells", mapOf(CELL_GROUP, 1, "cell group name", "groups of cells"), "cells"),
            opt("dedicated", STACK, "one stack per tenant"),
            opt("hybrid", HYBRID, "pool plus dedicated"));

    static final ObjectShape RULE = ObjectShape.of("a placement rule: tenants matching tier/tenant/region go to target",
            opt("tier", scalar(ValueKind.NAME, "match tenants of this tier"), "tier"),
            opt("tenant", scalar(ValueKind.NAME, "match this tenant id"), "tenant"),
            opt("region", scalar(ValueKind.NAME, "match tenants in this region"), "region"),
            req("target", scalar(ValueKind.NAME, "dedicated, pool, or a cell group name"), "target"));

    static final ObjectShape PLACEMENT = ObjectShape.of("which stack each tenant goes to",
            opt("strategy", choice(Catalog.STRATEGIES, "placement strategy (default round-robin)"), "strategy"),
            opt("rules", listOf(RULE, 1, "rules applied before the strategy, first match wins"), "rules"));

    static final ObjectShape WORKER_CONTROL = ObjectShape.of("worker scheduling",
            opt("discipline", choice(Catalog.DISCIPLINES, "queue discipline"), "discipline"),
            opt("perTenantCap", count(1, 1_000_000, "workers one tenant may use at once"), "per-tenant cap"));

    static final ObjectShape RETRIES = ObjectShape.of("client retries",
            req("max", count(0, 10, "retries per request"), "max"),
            req("backoff", duration(0, false, "0ms", 3600, "1h", "first backoff, doubled each retry"), "backoff"));

    static final ObjectShape CIRCUIT_BREAKER = ObjectShape.of("a circuit breaker towards the DB for each tenant of the tier",
            req("failures", count(1, 1_000_000, "consecutive failed DB calls (pool or statement timeouts) that open it"), "failures"),
            req("openFor", duration(0.001, false, "1ms", 86_400, "1d",
                    "how long the tenant's DB calls then fail fast (circuit-open) before they are let through again, e.g. 10s"), "open for"));

    static final ObjectShape BULKHEAD = ObjectShape.of("a DB connection pool of the tier's own in every stack",
            req("connections", count(1, 1_000_000, "connections of the tier's own pool, taken out of db.maxConnections; "
                    + "the tiers without a bulkhead share what is left"), "connections"));

    static final ObjectShape ADMISSION_CONTROL = ObjectShape.of("admission control at each stack's edge",
            req("queueLimit", count(1, 100_000_000, "requests the app accept queue may hold while every thread is busy; "
                    + "more are shed at once (a 503, counted as errors)"), "queue limit"));

    static final ObjectShape CONTROLS = ObjectShape.of("isolation controls per tier (override the tiers' own quotas)",
            opt("dbConnectionQuota", mapOf(count(1, 1_000_000, "connections"), 1, "tier name", "per tier"), "connection quotas"),
            opt("statementTimeout", mapOf(duration(0.001, false, "1ms", 86_400, "1d", "timeout"), 1, "tier name", "per tier"), "statement timeouts"),
            opt("rateLimit", mapOf(new ScalarShape(ValueKind.RATE, 0, true, 1e7, "0/s", "10000000/s", null, "rate"), 1, "tier name", "per tier"), "rate limits"),
            opt("concurrencyCap", mapOf(count(1, 1_000_000, "requests in flight"), 1, "tier name", "per tier"), "concurrency caps"),
            opt("workers", WORKER_CONTROL, "worker scheduling"),
            opt("retries", RETRIES, "retries"),
            opt("circuitBreaker", mapOf(CIRCUIT_BREAKER, 1, "tier name", "per tier"), "circuit breakers"),
            opt("bulkhead", mapOf(BULKHEAD, 1, "tier name", "per tier"), "bulkheads"),
            opt("admissionControl", ADMISSION_CONTROL, "admission control"),
            opt("cacheQuota", mapOf(size(1, false, "1B", 1e15, "1PB", "most of each shared cache (app cache, buffer pool) one "
                    + "tenant may hold, e.g. 2GB"), 1, "tier name", "per tier"), "cache quotas"));

    static final ObjectShape WINDOW = ObjectShape.of("a named window of the horizon",
            req("from", scalar(ValueKind.CLOCK, "start, time of day in quotes"), "from"),
            req("to", scalar(ValueKind.CLOCK, "end, time of day in quotes"), "to"),
            req("label", scalar(ValueKind.STRING, "name shown in the report"), "label"));

    static final ObjectShape REPORT = ObjectShape.of("what to report",
            opt("windows", listOf(WINDOW, 1, "windows for the request-level pass and the report"), "windows"),
            opt("show", listOf(choice(Catalog.REPORT_SECTIONS, "section"), 1, "sections to show (default all)"), "sections"));

    static final ObjectShape EVENT = ObjectShape.of("one event of the timeline: a fault over a window of the horizon",
            req("kind", choice(Catalog.EVENT_KINDS, "what happens"), "kind"),
            req("at", scalar(ValueKind.MOMENT, "when it starts: a time from the horizon's start (e.g. 2h30m) or a date-time "
                    + "with offset (e.g. 2025-01-06T02:30Z); inside the horizon"), "start"),
            opt("for", duration(1, false, "1s", MAX_HORIZON_SECONDS, MAX_HORIZON_TEXT, "how long it lasts, e.g. 20m "
                    + "(give for or until)"), "length"),
            opt("until", scalar(ValueKind.MOMENT, "when it ends, written like at (give for or until); after at, "
                    + "at most the horizon's end"), "end"),
            opt("tenant", scalar(ValueKind.NAME, "loadSpike: the tenant whose arrival rate rises (one of tenants.explicit)"), "tenant"),
            opt("factor", number(0, true, 1000, "loadSpike: its arrival rate is multiplied by this over the window, e.g. 5"), "factor"),
            opt("stack", scalar(ValueKind.NAME, "dbDegradation, stackOutage: the stack, by its report name (pool, or a cell "
                    + "such as shared-2)"), "stack"),
            opt("cpu", percent(0, true, 1, "dbDegradation: share of the DB's cores left, e.g. 30% (default 100%)"), "CPU left"),
            opt("iops", percent(0, true, 1, "dbDegradation: share of the DB's IOPS left, e.g. 30% (default 100%)"), "IOPS left"),
            opt("region", scalar(ValueKind.NAME, "regionOutage: the region whose stacks go down (a stack's region)"), "region"),
            opt("failover", DrillShapes.FAILOVER, "stackOutage, regionOutage: where the tenants go after a detection delay (default: no failover)"),
            opt("dependency", scalar(ValueKind.NAME, "dependencyOutage: the dependency (one of request.dependencies), e.g. kms"), "dependency"),
            opt("mapping", choice(List.of("cached", "hotPath"), DrillShapes.MAPPING), "mapping"),
            opt("ttl", duration(1, false, "1s", 86_400, "1d", "controlPlaneOutage, cached: how long a cached mapping lives "
                    + "(default 5m); a tenant whose entry expires in the outage fails until it ends"), "TTL"),
            opt("changesPerHour", number(0, false, 1e6, "controlPlaneOutage: provisioning and config changes per hour "
                    + "(default 0); those in the window fail"), "changes per hour"));


    static final ObjectShape PUBLISHED = ObjectShape.of("a total a source published for this topology",
            req("monthlyBill", new ScalarShape(ValueKind.MONEY, 0, false, 1e12, null, null, null, "published monthly total in USD"), "published total"),
            req("note", scalar(ValueKind.STRING, "why it differs from the bill computed from the items"), "note"));

    static final ObjectShape COSTS = ObjectShape.of("money settings beyond the stacks' own items",
            opt("shared", listOf(ITEM, 1, "items of the whole platform (monitoring, data transfer), shared by every tenant"), "shared items"),
            opt("slaCredits", mapOf(scalar(ValueKind.STRING, "credit schedule, e.g. \"10% below 99.9%, 25% below 99%\", or none"), 1, "tier name",
                    "SLA credit schedule per tier (default: 10% of the fee below the tier's availability, 25% below ten times the allowed downtime)"), "SLA credits"),
            opt("published", PUBLISHED, "a published total shown beside the computed bill"));

    private static final ObjectShape BASE = ObjectShape.of("a tenantsim scenario",
            req("name", scalar(ValueKind.NAME, "scenario name"), "name"),
            opt("description", scalar(ValueKind.STRING, "one paragraph for the report"), "description"),
            opt("seed", scalar(ValueKind.INTEGER, "seed of every random stream (default 1)"), "seed"),
            req("horizon", HORIZON, "the simulated span"),
            opt("replications", count(1, 1000, "independent replications (default 1)"), "replications"),
            req("tiers", mapOf(TIER, 1, "tier name", "tiers by name"), "tiers"),
            req("tenants", TENANTS, "tenants"),
            req("request", REQUEST, "work per request"),
            req("topology", TOPOLOGY, "topology"),
            opt("placement", PLACEMENT, "placement"),
            opt("controls", CONTROLS, "controls"),
            opt("report", REPORT, "report"),
            opt("events", listOf(EVENT, 0, "the timeline: faults at times or windows of the horizon (default: none)"), "events"),
            opt("priceBook", scalar(ValueKind.PATH, "price book YAML, relative to the scenario file (default: built-in prices)"), "price book"),
            opt("costs", COSTS, "shared items, SLA credits, published totals"));

    /** A variant: any part of the scenario, merged over the base (name, seed and variants excluded). */
    static final ObjectShape VARIANT = BASE.optionalCopy("a variant: a partial override of the base scenario",
            Set.of("name", "seed", "description"), Set.of("topology"));

    /** The whole file. */
    public static final ObjectShape ROOT = BASE.plus("a tenantsim scenario",
            opt("variants", mapOf(VARIANT, 0, "variant name", "variants compared with the base, each a partial override"), "variants"));
}
