package dev.tenantsim.scenario.model;

import dev.tenantsim.scenario.unit.Rate;
import java.time.Duration;
import java.util.Map;

/**
 * The file's {@code controls:} section: isolation controls per tier, overriding the tiers' own
 * quotas, plus the per-tier circuit breakers and bulkheads and the stack-wide admission control.
 * {@code workers}, {@code retries} and {@code admissionControl} are null when not given.
 *
 * @param bulkhead   connections of each bulkheaded tier's own DB pool, per stack
 * @param cacheQuota most bytes of each shared cache (app cache, buffer pool) one tenant of the tier may hold
 */
public record ControlsSpec(Map<String, Integer> dbConnectionQuota, Map<String, Duration> statementTimeout,
                           Map<String, Rate> rateLimit, Map<String, Integer> concurrencyCap,
                           WorkerControl workers, Retries retries,
                           Map<String, CircuitBreaker> circuitBreaker, Map<String, Integer> bulkhead,
                           AdmissionControl admissionControl, Map<String, Long> cacheQuota) {
    public static final ControlsSpec NONE = new ControlsSpec(Map.of(), Map.of(), Map.of(), Map.of(), null, null,
            Map.of(), Map.of(), null, Map.of());

    public ControlsSpec {
        dbConnectionQuota = Map.copyOf(dbConnectionQuota);
        statementTimeout = Map.copyOf(statementTimeout);
        rateLimit = Map.copyOf(rateLimit);
        concurrencyCap = Map.copyOf(concurrencyCap);
        circuitBreaker = Map.copyOf(circuitBreaker);
        bulkhead = Map.copyOf(bulkhead);
        cacheQuota = Map.copyOf(cacheQuota);
    }

    /** The per-tier overrides as quotas for {@code tier}. */
    public Quotas quotasFor(String tier) {
        return new Quotas(dbConnectionQuota.get(tier), statementTimeout.get(tier), rateLimit.get(tier), concurrencyCap.get(tier));
    }

    /** Worker scheduling: discipline (null: the topology's) and per-tenant cap (null: none). */
    public record WorkerControl(String discipline, Integer perTenantCap) {
    }

    public record Retries(int max, Duration backoff) {
    }

    /**
     * A tier's breaker towards the DB, one per tenant: after {@code failures} consecutive failed DB
     * calls the tenant's DB calls fail fast for {@code openFor}, then are let through again.
     */
    public record CircuitBreaker(int failures, Duration openFor) {
    }

    /** Shed requests when a stack's app accept queue already holds {@code queueLimit} requests. */
    public record AdmissionControl(int queueLimit) {
    }
}
