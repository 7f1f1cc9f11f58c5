package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.ScenarioSchema.choice;
import static dev.tenantsim.scenario.schema.ScenarioSchema.count;
import static dev.tenantsim.scenario.schema.ScenarioSchema.duration;
import static dev.tenantsim.scenario.schema.ScenarioSchema.mapOf;
import static dev.tenantsim.scenario.schema.ScenarioSchema.opt;
import static dev.tenantsim.scenario.schema.ScenarioSchema.percent;
import static dev.tenantsim.scenario.schema.ScenarioSchema.req;

import java.util.List;

/**
 * The format of the request path's workload classes, writes, locks, read replica and separate
 * stores ({@code request.classes}, {@code .writeShare}, {@code .locks}, {@code .replica},
 * {@code .stores}), which {@link ScenarioSchema#REQUEST} names. The work shapes are passed in, so
 * this class does not read {@link ScenarioSchema}'s fields while it initialises.
 */
final class ClassShapes {
    private ClassShapes() {
    }

    static ObjectShape workloadClass(ObjectShape work, ObjectShape ioWork) {
        return ObjectShape.of("a named request class of every tenant's traffic (crud, search, dashboard, export, analytics, ...)",
                req("share", percent(0, false, 1, "share of each tenant's requests in this class; the classes' shares add up to 100%"), "share"),
                opt("appCpu", work, "app CPU time, where it differs from request.appCpu"),
                opt("dbCpu", work, "DB CPU time, where it differs from request.dbCpu"),
                opt("dbIo", ioWork, "DB IO operations, where they differ from request.dbIo"),
                opt("route", ScenarioSchema.scalar(ValueKind.NAME, "where its reads go: primary (default), replica (request.replica)"
                        + " or the name of one of request.stores, e.g. analytics; writes always go to the primary"), "route"),
                opt("writeShare", percent(0, false, 1, "share of its requests that are writes (default request.writeShare)"), "write share"),
                opt("locks", choice(List.of("none", "shared"), "shared: its statements hold shared locks on their shard's tables"
                        + " while they run on the primary, so writes there wait (default none)"), "locks"),
                opt("clientTimeout", duration(0.001, false, "1ms", 3600, "1h", "the client's timeout for this class, over the"
                        + " tier's (e.g. 30s for exports); a timed-out request is a client-timeout error"), "client timeout"),
                opt("p99", duration(0.001, false, "1ms", 3600, "1h", "the class's p99 objective, reported beside its p99"), "p99 objective"));
    }

    static final ObjectShape LOCKS = ObjectShape.of("shared locks on the primary: writes wait while a long statement reads",
            opt("waitTimeout", duration(0.001, false, "1ms", 86_400, "1d", "how long a write waits for a lock before it fails"
                    + " (lock-timeout), keeping its connection meanwhile (default 50s, InnoDB's innodb_lock_wait_timeout)"), "wait timeout"),
            opt("backgroundJobs", ScenarioSchema.scalar(ValueKind.BOOLEAN, "background-job queries (exports) hold shared locks too"
                    + " (default true)"), "background jobs lock"));

    static final ObjectShape STORE = ObjectShape.of("a database of its own in each stack",
            req("maxConnections", count(1, 1_000_000, "connection pool size"), "max connections"),
            req("cores", count(1, 4096, "DB cores"), "cores"),
            opt("iops", count(1, 100_000_000, "provisioned IO operations per second (default 1,000 per core)"), "iops"));

    static final ObjectShape REPLICA = STORE.plus("a read replica of each shard of the primary",
            opt("lag", duration(0, false, "0ms", 3600, "1h", "stated replication lag (commit and transport) on top of the apply"
                    + " backlog (default 0ms)"), "stated lag"));

    static final MapShape STORES = mapOf(STORE, 1, "store name (a class's route)",
            "separate databases classes can be routed to, e.g. analytics or search (default: none)");
}
