package dev.tenantsim.scenario.model;

import dev.tenantsim.scenario.unit.Rate;
import java.time.Duration;
import java.util.Map;

/**
 * Isolation controls per tier, overriding the tiers' own quotas; {@code workers} and
 * {@code retries} are null when not given.
 */
public record ControlsSpec(Map<String, Integer> dbConnectionQuota, Map<String, Duration> statementTimeout,
                       Map<String, Rate> rateLimit, Map<String, Integer> concurrencyCap,
                       WorkerControl workers, Retries retries) {
    public static final ControlsSpec NONE = new ControlsSpec(Map.of(), Map.of(), Map.of(), Map.of(), null, null);

    public ControlsSpec {
        dbConnectionQuota = Map.copyOf(dbConnectionQuota);
        statementTimeout = Map.copyOf(statementTimeout);
        rateLimit = Map.copyOf(rateLimit);
        concurrencyCap = Map.copyOf(concurrencyCap);
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
}
