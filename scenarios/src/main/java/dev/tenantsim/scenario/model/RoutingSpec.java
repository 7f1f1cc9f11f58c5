package dev.tenantsim.scenario.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The request path's classes and where they go ({@code request.classes}, {@code .writeShare},
 * {@code .locks}, {@code .replica}, {@code .stores}); {@link #NONE} when the scenario names none.
 *
 * @param classes    by name, in file order
 * @param writeShare share of requests that are writes where a class does not say
 * @param locks      the lock rules (null: none given; a class with {@code locks: shared} then uses the defaults)
 * @param replica    the read replica of each shard (null: none)
 * @param stores     separate stores by name
 */
public record RoutingSpec(Map<String, ClassSpec> classes, double writeShare, LocksSpec locks, ReplicaSpec replica,
                          Map<String, Stack.Db> stores) {
    public static final RoutingSpec NONE = new RoutingSpec(Map.of(), 0, null, null, Map.of());

    public RoutingSpec {
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        stores = Collections.unmodifiableMap(new LinkedHashMap<>(stores));
    }

    public boolean isOn() {
        return !classes.isEmpty() || writeShare > 0 || locks != null || replica != null || !stores.isEmpty();
    }

    /**
     * One class: its share, the work that differs from the request's (null parts: the request's),
     * its route, its write share (NaN: the request's), whether it holds shared locks, its client
     * timeout and p99 objective (null: none of its own).
     */
    public record ClassSpec(double share, WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo, String route, double writeShare,
                            boolean sharedLocks, Duration clientTimeout, Duration p99) {
        public ClassSpec {
            route = route == null ? "primary" : route;
        }

        public static ClassSpec of(double share) {
            return new ClassSpec(share, null, null, null, "primary", Double.NaN, false, null, null);
        }

        public ClassSpec route(String newRoute) {
            return new ClassSpec(share, appCpu, dbCpu, dbIo, newRoute, writeShare, sharedLocks, clientTimeout, p99);
        }

        public ClassSpec dbCpu(WorkDist w) {
            return new ClassSpec(share, appCpu, w, dbIo, route, writeShare, sharedLocks, clientTimeout, p99);
        }

        public ClassSpec appCpu(WorkDist w) {
            return new ClassSpec(share, w, dbCpu, dbIo, route, writeShare, sharedLocks, clientTimeout, p99);
        }

        public ClassSpec writes(double share) {
            return new ClassSpec(this.share, appCpu, dbCpu, dbIo, route, share, sharedLocks, clientTimeout, p99);
        }

        public ClassSpec holdingSharedLocks() {
            return new ClassSpec(share, appCpu, dbCpu, dbIo, route, writeShare, true, clientTimeout, p99);
        }

        public ClassSpec clientTimeout(Duration d) {
            return new ClassSpec(share, appCpu, dbCpu, dbIo, route, writeShare, sharedLocks, d, p99);
        }

        public ClassSpec p99(Duration d) {
            return new ClassSpec(share, appCpu, dbCpu, dbIo, route, writeShare, sharedLocks, clientTimeout, d);
        }
    }

    /** Lock-wait timeout and whether background-job queries hold shared locks. */
    public record LocksSpec(Duration waitTimeout, boolean backgroundJobs) {
        public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofSeconds(50);

        public LocksSpec {
            Objects.requireNonNull(waitTimeout, "waitTimeout");
        }
    }

    /** The read replica's size (per shard) and stated lag. */
    public record ReplicaSpec(Stack.Db db, Duration lag) {
        public ReplicaSpec {
            Objects.requireNonNull(db, "db");
            lag = lag == null ? Duration.ZERO : lag;
        }
    }
}
