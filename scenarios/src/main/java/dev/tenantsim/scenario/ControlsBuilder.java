package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.unit.DataSize;
import dev.tenantsim.scenario.unit.Rate;
import dev.tenantsim.scenario.yaml.YMap;
import java.time.Duration;

/**
 * The {@code controls:} section for {@link ScenarioBuilder#controls}: per-tier quotas, breakers
 * and bulkheads, worker scheduling, retries and admission control.
 */
public final class ControlsBuilder {
    private final YMap m;

    ControlsBuilder(YMap m) {
        this.m = m;
    }

    public ControlsBuilder dbConnectionQuota(String tier, int n) {
        set(child(m, "dbConnectionQuota"), tier, (long) n);
        return this;
    }

    public ControlsBuilder statementTimeout(String tier, Duration d) {
        set(child(m, "statementTimeout"), tier, d);
        return this;
    }

    public ControlsBuilder rateLimit(String tier, Rate r) {
        set(child(m, "rateLimit"), tier, r);
        return this;
    }

    public ControlsBuilder concurrencyCap(String tier, int n) {
        set(child(m, "concurrencyCap"), tier, (long) n);
        return this;
    }

    public ControlsBuilder workers(String discipline, int perTenantCap) {
        YMap w = child(m, "workers");
        set(w, "discipline", discipline);
        set(w, "perTenantCap", (long) perTenantCap);
        return this;
    }

    /** Clients retry a failed request up to {@code max} times, the first after {@code backoff}, doubling. */
    public ControlsBuilder retries(int max, Duration backoff) {
        YMap r = child(m, "retries");
        set(r, "max", (long) max);
        set(r, "backoff", backoff);
        return this;
    }

    /** Every tenant of {@code tier} gets a breaker: {@code failures} consecutive DB failures open it for {@code openFor}. */
    public ControlsBuilder circuitBreaker(String tier, int failures, Duration openFor) {
        YMap b = child(child(m, "circuitBreaker"), tier);
        set(b, "failures", (long) failures);
        set(b, "openFor", openFor);
        return this;
    }

    /** {@code tier} gets a DB pool of its own of {@code connections} in every stack. */
    public ControlsBuilder bulkhead(String tier, int connections) {
        set(child(child(m, "bulkhead"), tier), "connections", (long) connections);
        return this;
    }

    /** A tenant of {@code tier} may hold at most {@code size} of each shared cache (app cache, buffer pool). */
    public ControlsBuilder cacheQuota(String tier, DataSize size) {
        set(child(m, "cacheQuota"), tier, size);
        return this;
    }

    /** Every stack sheds requests once its app accept queue holds {@code queueLimit}. */
    public ControlsBuilder admissionControl(int queueLimit) {
        set(child(m, "admissionControl"), "queueLimit", (long) queueLimit);
        return this;
    }
}
