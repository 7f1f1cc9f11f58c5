package dev.tenantsim.engine.platform.metrics;

/**
 * The resources of a stack whose utilization the report shows, in the report's order; a stack's
 * headline utilization in a minute is its busiest resource (docs/metrics.md, "Capacity"). Both
 * passes measure these four; {@link #label()} is the name in {@code results.json}.
 */
public enum Resource {
    /** Application CPU: busy cores / cores. */
    APP_CPU("app-cpu"),
    /** Database CPU: busy cores / cores (mean over shards). */
    DB_CPU("db-cpu"),
    /** Database storage IO: IO served / IO capacity. */
    DB_IO("db-io"),
    /** Database connection pool: connections in use / pool size. */
    DB_POOL("db-pool");

    private static final Resource[] VALUES = values();
    private final String label;

    Resource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static int count() {
        return VALUES.length;
    }

    public static Resource of(int ordinal) {
        return VALUES[ordinal];
    }
}
