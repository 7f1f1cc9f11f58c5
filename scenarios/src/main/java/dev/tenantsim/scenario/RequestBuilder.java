package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.unit.DataSize;
import dev.tenantsim.scenario.yaml.YMap;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Work per request, for {@link ScenarioBuilder#request}, and what the request path adds to it:
 * dependencies, request classes with their routes, writes, locks, a read replica and stores.
 */
public final class RequestBuilder {
    private final YMap m;

    RequestBuilder(YMap m) {
        this.m = m;
    }

    public RequestBuilder appCpu(String dist, Duration mean, double cv) {
        return work("appCpu", dist, mean, cv);
    }

    public RequestBuilder dbCpu(String dist, Duration mean, double cv) {
        return work("dbCpu", dist, mean, cv);
    }

    public RequestBuilder dbIo(String dist, double meanOps, double cv) {
        return work("dbIo", dist, meanOps, cv);
    }

    /** A synchronous dependency a share (0..1) of requests call ({@code request.dependencies.<name>}). */
    public RequestBuilder dependency(String name, String dist, Duration meanLatency, double cv, int capacity, double share) {
        YMap d = child(child(m, "dependencies"), name);
        YMap l = child(d, "latency");
        set(l, "dist", dist);
        set(l, "mean", meanLatency);
        set(l, "cv", cv);
        set(d, "capacity", (long) capacity);
        set(d, "share", share);
        return this;
    }

    /** The dependency's failure rate (0..1), mode ({@code sync}/{@code async}) and, if failures &gt; 0, its breaker. */
    public RequestBuilder dependencyBehaviour(String name, double failureRate, String mode, int breakerFailures,
                                              Duration openFor, String per) {
        YMap d = child(child(m, "dependencies"), name);
        set(d, "failureRate", failureRate);
        set(d, "mode", mode);
        if (breakerFailures > 0) {
            YMap b = child(d, "breaker");
            set(b, "failures", (long) breakerFailures);
            set(b, "openFor", openFor);
            set(b, "per", per);
        }
        return this;
    }

    /** A request class taking {@code share} (0..1) of every tenant's requests; {@code spec} sets the rest. */
    public RequestBuilder workloadClass(String name, double share, Consumer<ClassBuilder> spec) {
        YMap c = child(child(m, "classes"), name);
        set(c, "share", share);
        spec.accept(new ClassBuilder(c));
        return this;
    }

    /** Share (0..1) of requests that are writes, where a class does not say. */
    public RequestBuilder writeShare(double fraction) {
        set(m, "writeShare", fraction);
        return this;
    }

    /** Shared locks on the primary: the lock-wait timeout, and whether background-job queries hold them. */
    public RequestBuilder locks(Duration waitTimeout, boolean backgroundJobs) {
        YMap l = child(m, "locks");
        set(l, "waitTimeout", waitTimeout);
        set(l, "backgroundJobs", backgroundJobs);
        return this;
    }

    /** A read replica of each shard, with its stated lag. */
    public RequestBuilder replica(int maxConnections, int cores, Duration lag) {
        YMap r = child(m, "replica");
        set(r, "maxConnections", (long) maxConnections);
        set(r, "cores", (long) cores);
        set(r, "lag", lag);
        return this;
    }

    /** A separate store (e.g. analytics, search) of its own in each stack, a class's route. */
    public RequestBuilder store(String name, int maxConnections, int cores) {
        YMap s = child(child(m, "stores"), name);
        set(s, "maxConnections", (long) maxConnections);
        set(s, "cores", (long) cores);
        return this;
    }

    /** Zipf exponent of every tenant's lookups over its keys ({@code request.access.skew}). */
    public RequestBuilder accessSkew(double alpha) {
        set(child(m, "access"), "skew", alpha);
        return this;
    }

    /** Query cost grows with the shard's data by {@code growth} ("log", "linear", "none"), as given at the default reference size. */
    public RequestBuilder queryCost(String growth) {
        set(child(m, "queryCost"), "growth", growth);
        return this;
    }

    /** Query cost grows by {@code growth} with {@code basis} ("shard", "tenant"); request.dbCpu and dbIo hold at {@code reference}. */
    public RequestBuilder queryCost(String growth, String basis, DataSize reference) {
        YMap q = child(m, "queryCost");
        set(q, "growth", growth);
        set(q, "basis", basis);
        set(q, "reference", reference);
        return this;
    }

    private RequestBuilder work(String key, String dist, Object mean, double cv) {
        YMap w = child(m, key);
        set(w, "dist", dist);
        set(w, "mean", mean);
        set(w, "cv", cv);
        return this;
    }
}
