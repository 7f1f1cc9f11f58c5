package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.yaml.YMap;
import java.time.Duration;

/** One request class's optional parts ({@code request.classes.<name>}), for {@link RequestBuilder#workloadClass}. */
public final class ClassBuilder {
    private final YMap m;

    ClassBuilder(YMap m) {
        this.m = m;
    }

    /** Where its reads go: {@code primary}, {@code replica} or a store's name. */
    public ClassBuilder route(String route) {
        set(m, "route", route);
        return this;
    }

    public ClassBuilder appCpu(String dist, Duration mean, double cv) {
        return work("appCpu", dist, mean, cv);
    }

    public ClassBuilder dbCpu(String dist, Duration mean, double cv) {
        return work("dbCpu", dist, mean, cv);
    }

    public ClassBuilder dbIo(String dist, double meanOps, double cv) {
        return work("dbIo", dist, meanOps, cv);
    }

    /** Share (0..1) of its requests that are writes. */
    public ClassBuilder writeShare(double fraction) {
        set(m, "writeShare", fraction);
        return this;
    }

    /** Its statements hold shared locks on the primary while they run. */
    public ClassBuilder sharedLocks() {
        set(m, "locks", "shared");
        return this;
    }

    public ClassBuilder clientTimeout(Duration timeout) {
        set(m, "clientTimeout", timeout);
        return this;
    }

    public ClassBuilder p99(Duration objective) {
        set(m, "p99", objective);
        return this;
    }

    private ClassBuilder work(String key, String dist, Object mean, double cv) {
        YMap w = child(m, key);
        set(w, "dist", dist);
        set(w, "mean", mean);
        set(w, "cv", cv);
        return this;
    }
}
