package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.yaml.YMap;
import java.time.Duration;

/** Work per request, for {@link ScenarioBuilder#request}. */
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

    private RequestBuilder work(String key, String dist, Object mean, double cv) {
        YMap w = child(m, key);
        set(w, "dist", dist);
        set(w, "mean", mean);
        set(w, "cv", cv);
        return this;
    }
}
