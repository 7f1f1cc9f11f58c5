package dev.tenantsim.scenario.model;

import java.util.List;
import java.util.Objects;

/**
 * One stack: app tier, database (or null), background workers (or null), and its priced items
 * (empty: priced from its size, see the runner's stack pricing).
 */
public record Stack(App app, Db db, Workers workers, List<PricedItem> items) {
    public Stack {
        Objects.requireNonNull(app, "app");
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Stack(App app, Db db, Workers workers) {
        this(app, db, workers, List.of());
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

    /** Database: pool size, cores, IOPS (0 when not given), buffer cache GB (NaN when not given). */
    public record Db(int maxConnections, int cores, int iops, double bufferCacheGB) {
    }

    /** Background workers and their queue discipline. */
    public record Workers(int count, String discipline) {
    }
}
