package dev.tenantsim.engine.fluid;

/**
 * Mean work of one request of a tenant, with the variability the queueing approximations need.
 *
 * @param appCpuSeconds application CPU per request (core-seconds)
 * @param dbCpuSeconds database CPU per request (core-seconds)
 * @param dbIoOps database IO operations per request
 * @param connectionHoldSeconds mean time the request keeps its database connection after its DB CPU
 *     and IO are done (a transaction's app-side think time); the connection is held for DB CPU +
 *     DB IO (both stretched by contention) + this, as in the request-level pass. A request with no
 *     DB CPU, IO or hold takes no connection.
 * @param serviceScv squared coefficient of variation of the per-request work (cs², 1 = exponential)
 * @param arrivalScv squared coefficient of variation of inter-arrival times within a minute
 *     (ca², 1 = Poisson; larger for bursty traffic)
 */
public record RequestWork(double appCpuSeconds, double dbCpuSeconds, double dbIoOps,
                          double connectionHoldSeconds, double serviceScv, double arrivalScv) {

    public RequestWork {
        nonNegative("appCpuSeconds", appCpuSeconds);
        nonNegative("dbCpuSeconds", dbCpuSeconds);
        nonNegative("dbIoOps", dbIoOps);
        nonNegative("connectionHoldSeconds", connectionHoldSeconds);
        nonNegative("serviceScv", serviceScv);
        nonNegative("arrivalScv", arrivalScv);
    }

    /** Poisson arrivals and exponential work (the M/M/c case). */
    public static RequestWork markovian(double appCpuSeconds, double dbCpuSeconds, double dbIoOps,
                                        double connectionHoldSeconds) {
        return new RequestWork(appCpuSeconds, dbCpuSeconds, dbIoOps, connectionHoldSeconds, 1.0, 1.0);
    }

    static void nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " (" + v + ") must be a finite number >= 0");
        }
    }
}
