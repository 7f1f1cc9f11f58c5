package dev.tenantsim.workload;

import java.util.Objects;

/**
 * The work one API request of a tenant brings: application CPU, database CPU, database IO and how
 * long it keeps its database connection after its query. Distributions, not just means: the
 * request-level engine draws each part per request, the fluid pass uses each part's mean and cv².
 *
 * @param appCpuSeconds         application CPU, seconds
 * @param dbCpuSeconds          database CPU, seconds
 * @param dbIoOps               database IO operations
 * @param connectionHoldSeconds seconds the pooled DB connection stays held after the query (a
 *                              transaction's app-side think time), using no DB CPU or IO
 */
public record RequestWork(WorkDistribution appCpuSeconds, WorkDistribution dbCpuSeconds,
                          WorkDistribution dbIoOps, WorkDistribution connectionHoldSeconds) {
    /** 8 ms app CPU (lognormal, cv 1.5), 3 ms DB CPU (lognormal, cv 2), 2 IO ops (exponential), 5 ms hold (lognormal, cv 1.5). */
    public static final RequestWork DEFAULT = new RequestWork(WorkDistribution.lognormal(0.008, 1.5),
            WorkDistribution.lognormal(0.003, 2), WorkDistribution.exponential(2), WorkDistribution.lognormal(0.005, 1.5));

    /** No work at all. */
    public static final RequestWork ZERO = new RequestWork(WorkDistribution.ZERO, WorkDistribution.ZERO,
            WorkDistribution.ZERO, WorkDistribution.ZERO);

    public RequestWork {
        Objects.requireNonNull(appCpuSeconds, "request.appCpu");
        Objects.requireNonNull(dbCpuSeconds, "request.dbCpu");
        Objects.requireNonNull(dbIoOps, "request.dbIo");
        Objects.requireNonNull(connectionHoldSeconds, "request.connectionHold");
    }

    /** Work that holds its DB connection only while its query runs (no extra hold time). */
    public RequestWork(WorkDistribution appCpuSeconds, WorkDistribution dbCpuSeconds, WorkDistribution dbIoOps) {
        this(appCpuSeconds, dbCpuSeconds, dbIoOps, WorkDistribution.ZERO);
    }

    /**
     * A copy with other means (NaN keeps a mean), same shapes and CVs: trace replay sets them from
     * the work per request the trace measured.
     */
    public RequestWork withMeans(double appCpu, double dbCpu, double dbIo, double connectionHold) {
        return new RequestWork(mean(appCpuSeconds, appCpu), mean(dbCpuSeconds, dbCpu), mean(dbIoOps, dbIo),
                mean(connectionHoldSeconds, connectionHold));
    }

    private static WorkDistribution mean(WorkDistribution d, double m) {
        return Double.isNaN(m) ? d : new WorkDistribution(d.shape(), m, d.cv());
    }

    /** A copy whose app CPU mean is {@code seconds} (trace replay sets it from the observed CPU per request). */
    public RequestWork withAppCpuMean(double seconds) {
        return new RequestWork(new WorkDistribution(appCpuSeconds.shape(), seconds, appCpuSeconds.cv()),
                dbCpuSeconds, dbIoOps, connectionHoldSeconds);
    }
}
