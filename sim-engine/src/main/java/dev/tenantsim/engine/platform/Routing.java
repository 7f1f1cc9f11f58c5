package dev.tenantsim.engine.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a stack's requests split into {@link WorkloadClass}es and where each goes: the primary
 * database, a read replica (one per shard, with its replication lag), or a separate store (an
 * analytics or search database) that every stack has its own instance of; the share of requests
 * that are writes; and the shared locks long statements hold on the primary. {@link #NONE} (no
 * classes, no writes, no locks) leaves the request path as it was.
 *
 * @param classes      the mix, in order; shares sum to 1 (empty: no classes)
 * @param writeShare   share of requests that are writes, where a class does not say (0: none)
 * @param locks        the lock rules on the primary ({@link Locks#NONE}: no locks)
 * @param replica      the read replica of each shard (null: none)
 * @param replicaLagSeconds the replica's stated lag on top of its apply backlog (commit and transport), seconds
 * @param stores       separate stores by name, each one database of its own per stack
 */
public record Routing(List<WorkloadClass> classes, double writeShare, Locks locks, StackSpec.Database replica,
                      double replicaLagSeconds, Map<String, StackSpec.Database> stores) {
    public static final String PRIMARY = "primary";
    public static final String REPLICA = "replica";
    public static final Routing NONE = new Routing(List.of(), 0, Locks.NONE, null, 0, Map.of());

    public Routing {
        classes = List.copyOf(classes);
        stores = Collections.unmodifiableMap(new LinkedHashMap<>(stores));
        locks = locks == null ? Locks.NONE : locks;
        if (!(writeShare >= 0 && writeShare <= 1)) {
            throw new IllegalArgumentException("routing.writeShare (" + writeShare + ") must be in [0, 1]");
        }
        if (!(replicaLagSeconds >= 0) || Double.isInfinite(replicaLagSeconds)) {
            throw new IllegalArgumentException("replica.lag (" + replicaLagSeconds + ") must be finite and >= 0 s");
        }
        double sum = 0;
        HashSet<String> seen = new HashSet<>();
        for (WorkloadClass c : classes) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("classes (" + c.name() + ") must have unique names");
            }
            sum += c.share();
            if (!c.route().equals(PRIMARY) && routeIndex(c.route(), replica, stores) < 0) {
                throw new IllegalArgumentException("classes." + c.name() + ".route (" + c.route() + ") must be one of "
                        + String.join(", ", routes(replica, stores)));
            }
        }
        if (!classes.isEmpty() && Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("classes.*.share (sum " + sum + ") must add up to 100%");
        }
        if (stores.containsKey(PRIMARY) || stores.containsKey(REPLICA)) {
            throw new IllegalArgumentException("stores (" + stores.keySet() + ") must not be named primary or replica");
        }
    }

    /** Classes, writes, locks or other stores in use. */
    public boolean isOn() {
        return !classes.isEmpty() || writeShare > 0 || locks.isOn() || replica != null || !stores.isEmpty();
    }

    /** The route names in index order: primary, replica (when there is one), the stores. */
    public List<String> routes() {
        return routes(replica, stores);
    }

    /** A route's index in {@link #routes()}: 0 the primary; -1 for an unknown name. */
    public int routeIndex(String route) {
        return PRIMARY.equals(route) ? 0 : routeIndex(route, replica, stores);
    }

    private static List<String> routes(StackSpec.Database replica, Map<String, StackSpec.Database> stores) {
        List<String> out = new ArrayList<>();
        out.add(PRIMARY);
        if (replica != null) {
            out.add(REPLICA);
        }
        out.addAll(stores.keySet());
        return out;
    }

    private static int routeIndex(String route, StackSpec.Database replica, Map<String, StackSpec.Database> stores) {
        return routes(replica, stores).indexOf(route);
    }

    public Routing withClasses(List<WorkloadClass> newClasses) {
        return new Routing(newClasses, writeShare, locks, replica, replicaLagSeconds, stores);
    }

    /**
     * Shared locks on the primary: statements of the classes that hold them (and, with
     * {@code backgroundJobs}, background-job queries) hold a shared lock on their shard's tables
     * from the moment they have a connection until they end; a write on that shard, once it has its
     * connection, waits until no statement holds one, at most {@code waitTimeoutSeconds}
     * (then lock-timeout), keeping its connection while it waits.
     */
    public record Locks(boolean on, boolean backgroundJobs, double waitTimeoutSeconds) {
        public static final Locks NONE = new Locks(false, false, Double.POSITIVE_INFINITY);

        public Locks {
            if (!(waitTimeoutSeconds > 0)) {
                throw new IllegalArgumentException("locks.waitTimeout (" + waitTimeoutSeconds + ") must be > 0 s");
            }
        }

        public boolean isOn() {
            return on;
        }
    }
}
