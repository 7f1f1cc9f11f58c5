package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.RetryPolicy;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.ControlsSpec;
import dev.tenantsim.scenario.model.Quotas;
import java.util.List;
import java.util.Map;

/**
 * Quotas and controls → the platform's per-tenant {@link Controls}. Each tier's quotas
 * ({@code tiers.<t>.dbConnectionQuota} ...) overridden by {@code controls.<quota>.<t>}
 * ({@link Scenario#quotasFor}), then a tenant's own overrides if a caller has any. A rate limit
 * is a token bucket with one second of burst; {@code controls.workers.perTenantCap} caps every
 * tenant's background jobs in service; {@code controls.retries} makes clients retry failed
 * requests with exponential backoff and full jitter (immediately when the backoff is 0).
 * {@code controls.circuitBreaker.<t>} gives every tenant of tier t its own breaker towards the
 * DB, {@code controls.bulkhead.<t>} gives tier t a DB pool of its own in every stack, and
 * {@code controls.admissionControl.queueLimit} sheds requests at every stack's edge once its
 * accept queue is that long (semantics in the engine's {@link Controls}).
 */
public final class ControlModels {
    /** Seconds of sustained rate a token bucket holds as burst. */
    public static final double BURST_SECONDS = 1.0;

    private ControlModels() {
    }

    public static Controls of(Scenario s, List<String> tierOfTenant, TierModels tiers) {
        return of(s, tierOfTenant, tiers, Map.of());
    }

    /**
     * @param perTenant quotas of single tenants (by dense index) replacing their tier's where non-null
     */
    public static Controls of(Scenario s, List<String> tierOfTenant, TierModels tiers, Map<Integer, Quotas> perTenant) {
        int[] tierIndex = tiers.indexOf(tierOfTenant);
        Controls.Builder b = Controls.builder(tierIndex);
        for (int t = 0; t < tierIndex.length; t++) {
            Quotas q = s.quotasFor(tierOfTenant.get(t));
            Quotas own = perTenant.get(t);
            if (own != null) {
                q = q.overriddenBy(own);
            }
            apply(b, t, q);
        }
        if (s.controls().workers() != null && s.controls().workers().perTenantCap() != null) {
            b.workersForAll(s.controls().workers().perTenantCap());
        }
        if (s.controls().retries() != null) {
            b.clientForAll(Double.POSITIVE_INFINITY, retryPolicy(s.controls().retries()));
        }
        stackControls(b, s.controls(), tiers);
        return b.build();
    }

    /** Breakers and bulkheads by tier (the tier index is the engine's), admission control for every stack. */
    private static void stackControls(Controls.Builder b, ControlsSpec c, TierModels tiers) {
        c.circuitBreaker().forEach((tier, cb) ->
                b.circuitBreakerForTier(tiers.index(tier), cb.failures(), cb.openFor().toNanos() / 1e9));
        c.bulkhead().forEach((tier, connections) -> b.bulkheadForTier(tiers.index(tier), connections));
        if (c.admissionControl() != null) {
            b.admissionQueueLimit(c.admissionControl().queueLimit());
        }
    }

    private static void apply(Controls.Builder b, int t, Quotas q) {
        if (q.dbConnectionQuota() != null) {
            b.connectionQuotaForTenant(t, q.dbConnectionQuota());
        }
        if (q.statementTimeout() != null) {
            b.statementTimeoutForTenant(t, q.statementTimeout().toNanos() / 1e9);
        }
        if (q.rateLimit() != null) {
            double r = q.rateLimit().perSecond();
            b.rateLimitForTenant(t, r, Math.max(1, r * BURST_SECONDS));
        }
        if (q.concurrencyCap() != null) {
            b.concurrencyCapForTenant(t, q.concurrencyCap());
        }
    }

    /** {@code retries: { max: n, backoff: d }} as a client retry policy (n retries after the first attempt). */
    public static RetryPolicy retryPolicy(ControlsSpec.Retries r) {
        if (r.max() == 0) {
            return RetryPolicy.NONE;
        }
        double base = r.backoff().toNanos() / 1e9;
        if (base == 0) {
            return RetryPolicy.immediate(r.max() + 1);
        }
        return RetryPolicy.backoffWithJitter(r.max() + 1, base, base * Math.pow(2, r.max() - 1));
    }
}
