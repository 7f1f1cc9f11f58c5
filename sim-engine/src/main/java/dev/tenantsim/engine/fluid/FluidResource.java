package dev.tenantsim.engine.fluid;

/** The resources of a stack the fluid pass tracks; {@link #ordinal()} indexes result arrays. */
public enum FluidResource {
    /** Application CPU: processor sharing over {@code appCores}. */
    APP_CPU,
    /** Database connection pool: first-come first-served over {@code dbMaxConnections}. */
    DB_CONNECTIONS,
    /** Database CPU: processor sharing over {@code dbCores}. */
    DB_CPU,
    /** Database IO: processor sharing over the stack's IO servers. */
    DB_IO;

    /** Number of resources (size of per-resource arrays). */
    public static final int COUNT = values().length;
}
