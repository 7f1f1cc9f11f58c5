package dev.tenantsim.engine.fluid;

/**
 * The first two moments of one request's work, as the fluid pass takes it: the mean and squared
 * coefficient of variation (SCV) of each part, and the SCV of inter-arrival times within a minute.
 * Parts are taken as independent. (The distributions themselves are the workload module's
 * {@code RequestWork}; {@link SignatureDemandSource#workOf} reduces them to these moments.)
 *
 * @param appCpu application CPU per request (core-seconds)
 * @param dbCpu database CPU per request (core-seconds)
 * @param dbIo database IO operations per request
 * @param connectionHold time the request keeps its database connection after its DB CPU and IO are
 *     done (a transaction's app-side think time); the connection is held for DB CPU + DB IO (both
 *     stretched by contention) + this, as in the request-level pass. A request with no DB CPU, IO
 *     or hold takes no connection.
 * @param arrivalScv squared coefficient of variation of inter-arrival times within a minute
 *     (c<sub>a</sub>², 1 = Poisson; larger for bursty traffic)
 * @param heavyTail whether the CPU work is drawn from a heavy-tailed family (lognormal, pareto): the
 *     pass then fits a request's response time by a lognormal of its mean and variance when it asks
 *     how likely a request is to exceed the objective, else by a gamma (docs/metrics.md)
 */
public record WorkMoments(Part appCpu, Part dbCpu, Part dbIo, Part connectionHold, double arrivalScv,
                          boolean heavyTail) {

    /**
     * One part of the work.
     *
     * @param mean mean amount (seconds, or operations for IO)
     * @param scv squared coefficient of variation (0 constant, 1 exponential, cv² for a lognormal)
     */
    public record Part(double mean, double scv) {
        public static final Part NONE = new Part(0, 0);

        public Part {
            nonNegative("mean", mean);
            nonNegative("scv", scv);
        }

        /** An exponentially distributed part (scv 1). */
        public static Part exponential(double mean) {
            return new Part(mean, 1.0);
        }
    }

    public WorkMoments {
        if (appCpu == null || dbCpu == null || dbIo == null || connectionHold == null) {
            throw new IllegalArgumentException("work.appCpu, dbCpu, dbIo and connectionHold (null) must all be given;"
                    + " use Part.NONE for none");
        }
        nonNegative("arrivalScv", arrivalScv);
    }

    /**
     * This work behind a data path: a share {@code appHit} of requests is answered by the app cache
     * (no DB CPU, IO or connection), the others' DB CPU is times {@code cpuFactor} and their IO
     * times {@code ioFactor} (query cost growth, buffer-pool misses). Each DB part becomes the
     * mixture of 0 (share appHit) and the scaled part: mean (1 − h) f m, SCV (1 + c²) / (1 − h) − 1.
     */
    public WorkMoments throughData(double appHit, double cpuFactor, double ioFactor) {
        if (appHit == 0 && cpuFactor == 1 && ioFactor == 1) {
            return this;
        }
        return new WorkMoments(appCpu, thinned(dbCpu, appHit, cpuFactor), thinned(dbIo, appHit, ioFactor),
                thinned(connectionHold, appHit, 1), arrivalScv, heavyTail);
    }

    private static Part thinned(Part p, double hit, double factor) {
        double keep = 1 - hit;
        if (p.mean() == 0 || keep <= 0 || factor == 0) {
            return Part.NONE;
        }
        return new Part(keep * factor * p.mean(), (1 + p.scv()) / keep - 1);
    }

    /** Work of light-tailed families (constant, exponential, gamma). */
    public WorkMoments(Part appCpu, Part dbCpu, Part dbIo, Part connectionHold, double arrivalScv) {
        this(appCpu, dbCpu, dbIo, connectionHold, arrivalScv, false);
    }

    /** Every part with the same SCV {@code serviceScv}. */
    public static WorkMoments of(double appCpuSeconds, double dbCpuSeconds, double dbIoOps, double connectionHoldSeconds,
                                 double serviceScv, double arrivalScv) {
        nonNegative("appCpuSeconds", appCpuSeconds);
        nonNegative("dbCpuSeconds", dbCpuSeconds);
        nonNegative("dbIoOps", dbIoOps);
        nonNegative("connectionHoldSeconds", connectionHoldSeconds);
        nonNegative("serviceScv", serviceScv);
        return new WorkMoments(new Part(appCpuSeconds, serviceScv), new Part(dbCpuSeconds, serviceScv),
                new Part(dbIoOps, serviceScv), new Part(connectionHoldSeconds, serviceScv), arrivalScv);
    }

    /** Poisson arrivals and exponential work (the M/M/c case). */
    public static WorkMoments markovian(double appCpuSeconds, double dbCpuSeconds, double dbIoOps,
                                        double connectionHoldSeconds) {
        return of(appCpuSeconds, dbCpuSeconds, dbIoOps, connectionHoldSeconds, 1.0, 1.0);
    }

    static void nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " (" + v + ") must be a finite number >= 0");
        }
    }
}
