package dev.tenantsim.engine.platform;

import dev.tenantsim.engine.kernel.queue.QueueDisciplines;
import dev.tenantsim.engine.platform.cache.DataPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One stack: an edge, an app tier, a database (optionally several shards behind the app tier),
 * a background worker pool and its data path (an optional app cache, an optional buffer pool per
 * DB shard, the growth of query cost with data). A pooled topology has one; cells have many.
 *
 * @param name     label used in results
 * @param app      the app tier
 * @param db       the database (each shard has this capacity)
 * @param workers  the background worker pool
 * @param dataPath caches and query cost ({@link DataPath#NONE}: none); each tenant's hit ratios
 *                 come from {@link dev.tenantsim.engine.platform.cache.StackDataModel} over the
 *                 stack's tenants' {@link TenantLoad#data()}: neighbours crowd the caches.
 * @param dependencies services its request path calls (empty: none), in call order
 * @param network      the stack's region and the round trip to it from each users' region ({@link Network#NONE}: no
 *                     network delay)
 * @param routing      its request classes, writes, locks, read replica and separate stores ({@link Routing#NONE}: none)
 * @param faults       its timeline of faults, in seconds of the run ({@link StackFaults#NONE}: none)
 */
public record StackSpec(String name, AppTier app, Database db, WorkerPool workers, DataPath dataPath,
                        List<Dependency> dependencies, Network network, Routing routing, StackFaults faults) {
    public StackSpec {
        faults = faults == null ? StackFaults.NONE : faults;
        routing = routing == null ? Routing.NONE : routing;
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        network = network == null ? Network.NONE : network;
        HashSet<String> seen = new HashSet<>();
        for (Dependency d : dependencies) {
            if (!seen.add(d.name())) {
                throw new IllegalArgumentException("stack " + name + ".dependencies (" + d.name() + ") must have unique names");
            }
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("stack.name (" + name + ") must be a non-blank string");
        }
        if (app == null || db == null || workers == null) {
            throw new IllegalArgumentException("stack " + name + ".app, .db and .workers (null) must be given");
        }
        if (dataPath == null) {
            throw new IllegalArgumentException("stack " + name + ".dataPath (null) must be given (DataPath.NONE for none)");
        }
    }

    public StackSpec(String name, AppTier app, Database db, WorkerPool workers, DataPath dataPath,
                     List<Dependency> dependencies, Network network, Routing routing) {
        this(name, app, db, workers, dataPath, dependencies, network, routing, StackFaults.NONE);
    }

    public StackSpec(String name, AppTier app, Database db, WorkerPool workers) {
        this(name, app, db, workers, DataPath.NONE);
    }

    public StackSpec(String name, AppTier app, Database db, WorkerPool workers, DataPath dataPath) {
        this(name, app, db, workers, dataPath, List.of(), Network.NONE, Routing.NONE);
    }

    /** The same capacity under another name (cells and dedicated stacks are copies of a template). */
    public StackSpec named(String newName) {
        return new StackSpec(newName, app, db, workers, dataPath, dependencies, network, routing, faults);
    }

    /** The same stack with another data path. */
    public StackSpec withDataPath(DataPath path) {
        return new StackSpec(name, app, db, workers, path, dependencies, network, routing, faults);
    }

    /** The same stack calling {@code deps} on its request path. */
    public StackSpec withDependencies(List<Dependency> deps) {
        return new StackSpec(name, app, db, workers, dataPath, deps, network, routing, faults);
    }

    /** The same stack in a region, with the round trips to it. */
    public StackSpec withNetwork(Network n) {
        return new StackSpec(name, app, db, workers, dataPath, dependencies, n, routing, faults);
    }

    /** The same stack with a timeline of faults ({@link StackFaults#NONE}: steady). */
    public StackSpec withFaults(StackFaults f) {
        return new StackSpec(name, app, db, workers, dataPath, dependencies, network, routing, f);
    }

    /** The same stack with request classes, writes, locks, a replica or stores ({@link Routing}). */
    public StackSpec withRouting(Routing r) {
        return new StackSpec(name, app, db, workers, dataPath, dependencies, network, r, faults);
    }

    /**
     * Where a stack lives: its {@code region}, and the network round trip in seconds between each
     * users' region and it ({@code roundTripFrom}, which holds the stack's own region too). A
     * request of a tenant whose users sit in region u pays {@code roundTripFrom(u)} on top of its
     * time in the stack; users without a region sit in the stack's region and pay nothing.
     */
    public record Network(String region, Map<String, Double> roundTripFrom) {
        public static final Network NONE = new Network(null, Map.of());

        public Network {
            roundTripFrom = Map.copyOf(roundTripFrom);
            for (Map.Entry<String, Double> e : roundTripFrom.entrySet()) {
                double v = e.getValue();
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("network.roundTrip." + e.getKey() + " (" + v + ") must be finite and >= 0 s");
                }
            }
        }

        public boolean isOn() {
            return region != null;
        }

        /**
         * Seconds of round trip for users in {@code usersRegion}; 0 when the stack has no region or
         * the users none.
         */
        public double roundTrip(String usersRegion) {
            if (region == null || usersRegion == null) {
                return 0;
            }
            if (usersRegion.equals(region)) {
                return roundTripFrom.getOrDefault(region, 0.0);
            }
            Double v = roundTripFrom.get(usersRegion);
            if (v == null) {
                throw new IllegalArgumentException("network.roundTrip (" + usersRegion + ") is not known for the stack in "
                        + region + "; known: " + String.join(", ", new TreeMap<>(roundTripFrom).keySet()));
            }
            return v;
        }
    }

    /**
     * App tier: {@code cores} shared by processor sharing, at most {@code maxConcurrent} requests
     * in progress (threads); more wait in the accept queue, FIFO.
     */
    public record AppTier(int cores, int maxConcurrent) {
        public AppTier {
            if (cores < 1) {
                throw new IllegalArgumentException("app.cores (" + cores + ") must be >= 1");
            }
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("app.maxConcurrent (" + maxConcurrent + ") must be >= 1");
            }
        }
    }

    /**
     * Database: a connection pool of {@code maxConnections}, {@code cores} CPU cores (processor
     * sharing) and an IO subsystem of {@code iops} operations/s spread over {@code ioChannels}
     * parallel channels (processor sharing; one op alone takes ioChannels / iops seconds).
     * {@code shards} identical shards sit behind the app tier; a tenant is hashed to one.
     */
    public record Database(int maxConnections, int cores, double iops, int ioChannels, int shards) {
        public Database {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("db.maxConnections (" + maxConnections + ") must be >= 1");
            }
            if (cores < 1) {
                throw new IllegalArgumentException("db.cores (" + cores + ") must be >= 1");
            }
            if (!(iops > 0) || Double.isInfinite(iops)) {
                throw new IllegalArgumentException("db.iops (" + iops + ") must be a finite rate > 0");
            }
            if (ioChannels < 1) {
                throw new IllegalArgumentException("db.ioChannels (" + ioChannels + ") must be >= 1");
            }
            if (shards < 1) {
                throw new IllegalArgumentException("db.shards (" + shards + ") must be >= 1");
            }
        }

        public Database(int maxConnections, int cores, double iops, int ioChannels) {
            this(maxConnections, cores, iops, ioChannels, 1);
        }

        /** The shard serving a tenant: its id hashed (32-bit FNV-1a), so stable across runs and topologies. */
        public int shardOf(String tenantId) {
            if (shards == 1) {
                return 0;
            }
            int h = 0x811c9dc5;
            for (int i = 0; i < tenantId.length(); i++) {
                h ^= tenantId.charAt(i);
                h *= 0x01000193;
            }
            return Math.floorMod(h, shards);
        }

        /** Seconds one IO op takes on an idle channel. */
        public double secondsPerIo() {
            return ioChannels / iops;
        }
    }

    /**
     * Background workers: {@code count} workers fed by a queue discipline named as in YAML
     * ("fifo", "priority", "drr", "wfq").
     */
    public record WorkerPool(int count, String discipline) {
        public WorkerPool {
            if (count < 1) {
                throw new IllegalArgumentException("workers.count (" + count + ") must be >= 1");
            }
            if (discipline == null || discipline.isBlank()) {
                throw new IllegalArgumentException("workers.discipline (" + discipline + ") must name a queue discipline: "
                        + QueueDisciplines.names());
            }
            QueueDisciplines.named(discipline); // fails early with the allowed names
        }
    }
}
