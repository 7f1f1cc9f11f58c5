package dev.tenantsim.scenario.model;

import java.util.Objects;

/** One stack: app tier, database (or null) and background workers (or null). */
public record Stack(App app, Db db, Workers workers) {
    public Stack {
        Objects.requireNonNull(app, "app");
    }

    /** App tier: nodes × cores. */
    public record App(int nodes, int coresPerNode) {
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
