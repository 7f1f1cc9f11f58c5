package dev.tenantsim.engine.platform;

import dev.tenantsim.workload.WorkDistribution;

/**
 * One named request class of a stack's traffic mix ({@code crud}, {@code search}, {@code export},
 * {@code analytics}, or a user's name): the share of every tenant's requests it takes, the work
 * that differs from the tenant's own (null parts: the tenant's), where its reads go, the share of
 * its requests that are writes, whether its statements hold shared locks while they run on the
 * primary, its client timeout and its p99 objective.
 *
 * @param route                 {@link Routing#PRIMARY}, {@link Routing#REPLICA} or the name of one of the
 *                              {@link Routing#stores()}; writes always go to the primary
 * @param writeShare            share of its requests that are writes (NaN: the routing's default)
 * @param holdsLocks            its statements hold shared locks on their shard's tables while they run on the
 *                              primary, so writes there wait for them
 * @param clientTimeoutSeconds  the client's timeout for this class (+Infinity: the tenant's own)
 * @param p99ObjectiveSeconds   the class's p99 objective, reported beside its p99 (NaN: none)
 */
public record WorkloadClass(String name, double share, WorkDistribution appCpu, WorkDistribution dbCpu,
                            WorkDistribution dbIoOps, String route, double writeShare, boolean holdsLocks,
                            double clientTimeoutSeconds, double p99ObjectiveSeconds) {
    public WorkloadClass {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("class.name (" + name + ") must be a non-blank string");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("classes." + name + ".share (" + share + ") must be in [0, 1]");
        }
        if (!Double.isNaN(writeShare) && !(writeShare >= 0 && writeShare <= 1)) {
            throw new IllegalArgumentException("classes." + name + ".writeShare (" + writeShare + ") must be in [0, 1]");
        }
        if (!(clientTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("classes." + name + ".clientTimeout (" + clientTimeoutSeconds + ") must be > 0 s");
        }
        route = route == null ? Routing.PRIMARY : route;
    }

    /** A class with the tenants' own work, on the primary, no writes of its own, no timeout or objective of its own. */
    public static WorkloadClass of(String name, double share) {
        return new WorkloadClass(name, share, null, null, null, Routing.PRIMARY, Double.NaN, false,
                Double.POSITIVE_INFINITY, Double.NaN);
    }

    public WorkloadClass withWork(WorkDistribution newAppCpu, WorkDistribution newDbCpu, WorkDistribution newDbIoOps) {
        return new WorkloadClass(name, share, newAppCpu, newDbCpu, newDbIoOps, route, writeShare, holdsLocks,
                clientTimeoutSeconds, p99ObjectiveSeconds);
    }

    public WorkloadClass routedTo(String newRoute) {
        return new WorkloadClass(name, share, appCpu, dbCpu, dbIoOps, newRoute, writeShare, holdsLocks,
                clientTimeoutSeconds, p99ObjectiveSeconds);
    }

    public WorkloadClass withWrites(double share) {
        return new WorkloadClass(name, this.share, appCpu, dbCpu, dbIoOps, route, share, holdsLocks,
                clientTimeoutSeconds, p99ObjectiveSeconds);
    }

    public WorkloadClass holdingLocks(boolean holds) {
        return new WorkloadClass(name, share, appCpu, dbCpu, dbIoOps, route, writeShare, holds,
                clientTimeoutSeconds, p99ObjectiveSeconds);
    }

    public WorkloadClass withClientTimeout(double seconds) {
        return new WorkloadClass(name, share, appCpu, dbCpu, dbIoOps, route, writeShare, holdsLocks, seconds,
                p99ObjectiveSeconds);
    }

    public WorkloadClass withP99Objective(double seconds) {
        return new WorkloadClass(name, share, appCpu, dbCpu, dbIoOps, route, writeShare, holdsLocks,
                clientTimeoutSeconds, seconds);
    }
}
