package dev.tenantsim.engine.fluid;

/**
 * Capacity of one stack (a pool, a cell or a dedicated stack) in the fluid model.
 *
 * <p>The database IO subsystem is modelled as {@code round(dbIops * ioOpSeconds)} parallel
 * servers each taking {@code ioOpSeconds} per operation, so its throughput is {@code dbIops}
 * and an operation at zero load takes {@code ioOpSeconds}.
 *
 * @param appCores application CPU cores (servers of the app CPU station)
 * @param dbCores database CPU cores
 * @param dbIops database IO operations per second at saturation
 * @param dbMaxConnections size of the database connection pool
 * @param ioOpSeconds service time of one IO operation at zero load
 */
public record StackCapacity(int appCores, int dbCores, double dbIops, int dbMaxConnections,
                            double ioOpSeconds) {

    /** Default device latency per IO operation (0.5 ms, an SSD-backed cloud volume). */
    public static final double DEFAULT_IO_OP_SECONDS = 0.0005;

    public StackCapacity {
        if (appCores < 1) {
            throw new IllegalArgumentException("appCores (" + appCores + ") must be >= 1");
        }
        if (dbCores < 1) {
            throw new IllegalArgumentException("dbCores (" + dbCores + ") must be >= 1");
        }
        if (!(dbIops > 0) || Double.isInfinite(dbIops)) {
            throw new IllegalArgumentException("dbIops (" + dbIops + ") must be a finite number > 0");
        }
        if (dbMaxConnections < 1) {
            throw new IllegalArgumentException("dbMaxConnections (" + dbMaxConnections + ") must be >= 1");
        }
        if (!(ioOpSeconds > 0) || Double.isInfinite(ioOpSeconds)) {
            throw new IllegalArgumentException("ioOpSeconds (" + ioOpSeconds + ") must be a finite number > 0");
        }
    }

    /** A stack with the default IO operation time. */
    public static StackCapacity of(int appCores, int dbCores, double dbIops, int dbMaxConnections) {
        return new StackCapacity(appCores, dbCores, dbIops, dbMaxConnections, DEFAULT_IO_OP_SECONDS);
    }

    /** Number of parallel IO servers: {@code max(1, round(dbIops * ioOpSeconds))}. */
    public int ioServers() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(dbIops * ioOpSeconds)));
    }
}
