package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.unit.DataSize;
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
