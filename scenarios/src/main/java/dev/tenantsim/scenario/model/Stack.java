package dev.tenantsim.scenario.model;

import java.util.List;
import java.util.Objects;

/**
 * One stack: app tier, database (or null), background workers (or null), and its priced items:
 * null when the scenario names none (the runner prices the stack from its size), empty when it
 * says the stack carries no priced items of its own (its cost is inside shared items); the region
 * it lives in (null: none, and no network delay) and the round trips to it from users' regions
 * that differ from {@link RegionRoundTrips}' defaults; its app cache (null: none); and its
 * right-sizing rule ({@code size: auto}; null: the size is the one written).
 */
public record Stack(App app, Db db, Workers workers, List<PricedItem> items, CacheSetting cache, String region,
                    java.util.Map<String, java.time.Duration> roundTrip, Sizing sizing) {
    public Stack {
        Objects.requireNonNull(app, "app");
        items = items == null ? null : List.copyOf(items);
        roundTrip = roundTrip == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roundTrip));
    }

    public Stack(App app, Db db, Workers workers, List<PricedItem> items, CacheSetting cache, String region,
                 java.util.Map<String, java.time.Duration> roundTrip) {
        this(app, db, workers, items, cache, region, roundTrip, null);
    }

    public Stack(App app, Db db, Workers workers, List<PricedItem> items, CacheSetting cache) {
        this(app, db, workers, items, cache, null, null);
    }

    public Stack(App app, Db db, Workers workers, List<PricedItem> items, String region,
                 java.util.Map<String, java.time.Duration> roundTrip) {
        this(app, db, workers, items, null, region, roundTrip);
    }

    public Stack(App app, Db db, Workers workers, List<PricedItem> items) {
        this(app, db, workers, items, null, null, null);
    }

    public Stack(App app, Db db, Workers workers) {
        this(app, db, workers, null);
    }

    /** This stack with the app tier and database a sizing rule chose (the rule is kept, for the report). */
    public Stack resized(App newApp, Db newDb) {
        return new Stack(newApp, newDb, workers, items, cache, region, roundTrip, sizing);
    }

    /** App tier: nodes × cores, and requests in progress at once (null: the engine's default per core). */
    public record App(int nodes, int coresPerNode, Integer maxConcurrent) {
        public App(int nodes, int coresPerNode) {
            this(nodes, coresPerNode, null);
        }

        public int cores() {
            return nodes * coresPerNode;
        }
    }

    /**
     * Database: pool size, cores, IOPS (0 when not given), shards (1 when not given) and the buffer
     * pool of each shard (null when not given). Pool, cores, IOPS and buffer pool are per shard.
     */
    public record Db(int maxConnections, int cores, int iops, int shards, CacheSetting bufferPool) {
        public Db(int maxConnections, int cores, int iops) {
            this(maxConnections, cores, iops, 1, null);
        }
    }

    /** Background workers and their queue discipline. */
    public record Workers(int count, String discipline) {
    }
}
