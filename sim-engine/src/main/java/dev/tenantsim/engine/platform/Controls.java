package dev.tenantsim.engine.platform;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The isolation controls of a run: one {@link TenantControls} per tier, overridden per tenant,
 * plus the two that belong to a stack rather than a tenant (admission control and bulkheads).
 * The request path resolves them to primitive arrays once per stack, so nothing here is on the
 * hot path. "Off" is +Infinity for rates and durations and {@link #UNLIMITED} for counts.
 *
 * <ul>
 *   <li>per tenant: see {@link TenantControls} (rate limit, concurrency cap, connection quota,
 *       statement timeout, pool wait timeout, client timeout and retries, circuit breaker,
 *       worker cap and weight)</li>
 *   <li>admission control: reject (SHED) when the stack's app accept queue holds this many</li>
 *   <li>bulkheads: a tier with a bulkhead gets a DB connection pool of its own of that many
 *       connections in every stack (and shard); the tiers without one share what is left</li>
 * </ul>
 */
public final class Controls {
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** Pool wait timeout used when none is set: a typical connection-pool default. */
    public static final double DEFAULT_POOL_WAIT_SECONDS = 30;

    private final int[] tierOf;
    /** Each tier's defaults, by tier index. */
    private final TenantControls[] tiers;
    /** Each tenant's controls: its tier's record, or its own where it was overridden. */
    private final TenantControls[] tenants;
    private final int admissionQueueLimit;
    private final int[] bulkheadByTier;

    private Controls(int[] tierOf, TenantControls[] tiers, TenantControls[] tenants, int admissionQueueLimit,
                     int[] bulkheadByTier) {
        this.tierOf = tierOf;
        this.tiers = tiers;
        this.tenants = tenants;
        this.admissionQueueLimit = admissionQueueLimit;
        this.bulkheadByTier = bulkheadByTier;
    }

    /** No controls at all for {@code tenantCount} tenants (pool wait timeout at its default). */
    public static Controls none(int tenantCount) {
        return new Builder(new int[tenantCount]).build();
    }

    /** A builder; {@code tierOfTenant[i]} is tenant i's tier, used by the per-tier setters. */
    public static Builder builder(int[] tierOfTenant) {
        return new Builder(tierOfTenant);
    }

    public int tenantCount() {
        return tenants.length;
    }

    /** Tenant t's controls (its tier's, with its own overrides). */
    public TenantControls of(int t) {
        return tenants[t];
    }

    /** The defaults of {@code tier} (before per-tenant overrides); {@link TenantControls#NONE} for a tier without tenants. */
    public TenantControls ofTier(int tier) {
        return tier >= 0 && tier < tiers.length ? tiers[tier] : TenantControls.NONE;
    }

    /** Whether tenant t has controls of its own rather than exactly its tier's. */
    public boolean isOverridden(int t) {
        return tenants[t] != tiers[tierOf[t]];
    }

    public double rateLimit(int t) { return tenants[t].rateLimit().perSecond(); }
    public double rateBurst(int t) { return tenants[t].rateLimit().burst(); }
    public int concurrencyCap(int t) { return tenants[t].concurrencyCap(); }
    public int connectionQuota(int t) { return tenants[t].connectionQuota(); }
    public double statementTimeout(int t) { return tenants[t].statementTimeout(); }
    public double poolWaitTimeout(int t) { return tenants[t].poolWaitTimeout(); }
    public double clientTimeout(int t) { return tenants[t].client().timeoutSeconds(); }
    public RetryPolicy retry(int t) { return tenants[t].client().retry(); }
    public int breakerFailures(int t) { return tenants[t].breaker().failures(); }
    public double breakerOpenSeconds(int t) { return tenants[t].breaker().openSeconds(); }
    public int workerCap(int t) { return tenants[t].workers().cap(); }
    public double workerWeight(int t) { return tenants[t].workers().weight(); }
    public int admissionQueueLimit() { return admissionQueueLimit; }

    /** Connections of the tier's own pool (its bulkhead) in each stack; 0 when it has none. */
    public int bulkhead(int tier) {
        return tier < bulkheadByTier.length ? bulkheadByTier[tier] : 0;
    }

    /** Connections reserved by all bulkheads of a stack. */
    public int bulkheadTotal() {
        int s = 0;
        for (int c : bulkheadByTier) {
            s += c;
        }
        return s;
    }

    /** The controls of the listed tenants only, renumbered 0..n-1 (for solo runs and subsets). */
    public Controls select(int... selected) {
        int[] tierOfSelected = new int[selected.length];
        TenantControls[] own = new TenantControls[selected.length];
        for (int k = 0; k < selected.length; k++) {
            tierOfSelected[k] = tierOf[selected[k]];
            own[k] = tenants[selected[k]];
        }
        // Bulkheads are keyed by tier, which tenants keep.
        return new Controls(tierOfSelected, tiers, own, admissionQueueLimit, bulkheadByTier);
    }

    /**
     * Sets controls per tier, then per tenant, in call order: a tier setter changes the tier's
     * defaults and every tenant of the tier, overridden or not; a tenant setter changes only that
     * tenant. Each setter validates its values, whether or not the tier has tenants.
     */
    public static final class Builder {
        private final int[] tierOf;
        private final TenantControls[] tiers;
        /** A tenant's own controls once a tenant setter touched it; null while it follows its tier. */
        private final TenantControls[] own;
        private int admissionQueueLimit = UNLIMITED;
        private int[] bulkheadByTier = new int[0];

        private Builder(int[] tierOfTenant) {
            tierOf = tierOfTenant.clone();
            int tierCount = 0;
            for (int i = 0; i < tierOf.length; i++) {
                if (tierOf[i] < 0) {
                    throw new IllegalArgumentException("tierOfTenant[" + i + "] (" + tierOf[i] + ") must be >= 0");
                }
                tierCount = Math.max(tierCount, tierOf[i] + 1);
            }
            tiers = new TenantControls[tierCount];
            Arrays.fill(tiers, TenantControls.NONE);
            own = new TenantControls[tierOf.length];
        }

        /** Applies {@code change} to the tier's defaults and to every tenant of the tier. */
        private Builder forTier(int tier, UnaryOperator<TenantControls> change) {
            change.apply(TenantControls.NONE); // validates the values even for a tier without tenants
            if (tier < 0 || tier >= tiers.length) {
                return this;
            }
            tiers[tier] = change.apply(tiers[tier]);
            for (int t = 0; t < own.length; t++) {
                if (own[t] != null && tierOf[t] == tier) {
                    own[t] = change.apply(own[t]);
                }
            }
            return this;
        }

        private Builder forAll(UnaryOperator<TenantControls> change) {
            change.apply(TenantControls.NONE);
            for (int tier = 0; tier < tiers.length; tier++) {
                forTier(tier, change);
            }
            return this;
        }

        private Builder forTenant(int t, UnaryOperator<TenantControls> change) {
            if (t < 0 || t >= tierOf.length) {
                throw new IllegalArgumentException("tenant (" + t + ") must be an index in 0.." + (tierOf.length - 1));
            }
            own[t] = change.apply(own[t] != null ? own[t] : tiers[tierOf[t]]);
            return this;
        }

        public Builder rateLimitForTenant(int t, double perSecond, double burst) {
            return forTenant(t, c -> c.withRateLimit(new TenantControls.RateLimit(perSecond, burst)));
        }

        public Builder rateLimitForTier(int tier, double perSecond, double burst) {
            TenantControls.RateLimit r = new TenantControls.RateLimit(perSecond, burst);
            return forTier(tier, c -> c.withRateLimit(r));
        }

        public Builder concurrencyCapForTenant(int t, int cap) {
            return forTenant(t, c -> c.withConcurrencyCap(cap));
        }

        public Builder concurrencyCapForTier(int tier, int cap) {
            return forTier(tier, c -> c.withConcurrencyCap(cap));
        }

        public Builder connectionQuotaForTenant(int t, int quota) {
            return forTenant(t, c -> c.withConnectionQuota(quota));
        }

        public Builder connectionQuotaForTier(int tier, int quota) {
            return forTier(tier, c -> c.withConnectionQuota(quota));
        }

        public Builder statementTimeoutForTenant(int t, double seconds) {
            return forTenant(t, c -> c.withStatementTimeout(seconds));
        }

        public Builder statementTimeoutForTier(int tier, double seconds) {
            return forTier(tier, c -> c.withStatementTimeout(seconds));
        }

        public Builder poolWaitTimeoutForTenant(int t, double seconds) {
            return forTenant(t, c -> c.withPoolWaitTimeout(seconds));
        }

        public Builder poolWaitTimeoutForTier(int tier, double seconds) {
            return forTier(tier, c -> c.withPoolWaitTimeout(seconds));
        }

        public Builder poolWaitTimeoutForAll(double seconds) {
            return forAll(c -> c.withPoolWaitTimeout(seconds));
        }

        /** Client timeout and retries of one tenant's clients. */
        public Builder clientForTenant(int t, double timeoutSeconds, RetryPolicy policy) {
            return forTenant(t, c -> c.withClient(new TenantControls.Client(timeoutSeconds, policy)));
        }

        public Builder clientForAll(double timeoutSeconds, RetryPolicy policy) {
            TenantControls.Client client = new TenantControls.Client(timeoutSeconds, policy);
            return forAll(c -> c.withClient(client));
        }

        public Builder circuitBreakerForTenant(int t, int consecutiveFailures, double openSeconds) {
            return forTenant(t, c -> c.withBreaker(TenantControls.Breaker.after(consecutiveFailures, openSeconds)));
        }

        public Builder circuitBreakerForTier(int tier, int consecutiveFailures, double openSeconds) {
            TenantControls.Breaker b = TenantControls.Breaker.after(consecutiveFailures, openSeconds);
            return forTier(tier, c -> c.withBreaker(b));
        }

        /** Background jobs of the tenant in service at once, and its fair-queueing weight. */
        public Builder workersForTenant(int t, int cap, double weight) {
            return forTenant(t, c -> c.withWorkers(new TenantControls.Workers(cap, weight)));
        }

        public Builder workersForTier(int tier, int cap, double weight) {
            TenantControls.Workers w = new TenantControls.Workers(cap, weight);
            return forTier(tier, c -> c.withWorkers(w));
        }

        /** Caps every tenant's background jobs in service, keeping each tenant's weight. */
        public Builder workersForAll(int cap) {
            return forAll(c -> c.withWorkers(new TenantControls.Workers(cap, c.workers().weight())));
        }

        /** Admission control: reject (SHED) when a stack's app accept queue holds {@code limit}. */
        public Builder admissionQueueLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("admissionQueueLimit (" + limit + ") must be >= 0");
            }
            admissionQueueLimit = limit;
            return this;
        }

        /** Gives {@code tier} a connection pool of its own of {@code connections} in every stack. */
        public Builder bulkheadForTier(int tier, int connections) {
            if (tier < 0) {
                throw new IllegalArgumentException("bulkhead.tier (" + tier + ") must be >= 0");
            }
            if (connections < 1) {
                throw new IllegalArgumentException("bulkhead.connections (" + connections + ") must be >= 1");
            }
            if (tier >= bulkheadByTier.length) {
                bulkheadByTier = Arrays.copyOf(bulkheadByTier, tier + 1);
            }
            bulkheadByTier[tier] = connections;
            return this;
        }

        public Controls build() {
            TenantControls[] resolved = new TenantControls[tierOf.length];
            for (int t = 0; t < resolved.length; t++) {
                resolved[t] = own[t] != null ? own[t] : tiers[tierOf[t]];
            }
            return new Controls(tierOf.clone(), tiers.clone(), resolved, admissionQueueLimit, bulkheadByTier.clone());
        }
    }
}
