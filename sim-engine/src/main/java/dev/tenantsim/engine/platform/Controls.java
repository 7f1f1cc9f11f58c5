package dev.tenantsim.engine.platform;

import java.util.Arrays;

/**
 * The isolation controls of a run, resolved to one value per tenant (dense tenant index) so the
 * hot path reads a primitive array. The builder sets them per tier and overrides per tenant.
 * "Off" is +Infinity for rates and durations and {@link #UNLIMITED} for counts.
 *
 * <ul>
 *   <li>rate limit: token bucket at the edge, {@code rateLimit} requests/s sustained,
 *       {@code rateBurst} tokens; over it → RATE_LIMITED (429)</li>
 *   <li>concurrency cap: at most this many of the tenant's requests in the app tier at once;
 *       over it → RATE_LIMITED (429)</li>
 *   <li>admission control: reject (SHED) when the stack's app accept queue holds this many</li>
 *   <li>connection quota: DB connections the tenant may hold at once (per shard)</li>
 *   <li>statement timeout: a query running longer is killed and its connection freed</li>
 *   <li>pool wait timeout: longest wait for a connection → POOL_TIMEOUT</li>
 *   <li>client timeout and retry policy: the tenant's clients' behaviour</li>
 *   <li>circuit breaker (tenant, DB): after {@code breakerFailures} consecutive DB failures the
 *       tenant's DB calls fail fast (CIRCUIT_OPEN) for {@code breakerOpenSeconds}, then one
 *       probe is let through (half-open)</li>
 *   <li>worker cap and weight: background jobs of the tenant in service at once, and its weight
 *       in weighted fair queueing</li>
 *   <li>bulkheads: a tier with a bulkhead gets a DB connection pool of its own of that many
 *       connections in every stack (and shard); the tiers without one share what is left</li>
 * </ul>
 */
public final class Controls {
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** Pool wait timeout used when none is set: a typical connection-pool default. */
    public static final double DEFAULT_POOL_WAIT_SECONDS = 30;

    private final double[] rateLimit;
    private final double[] rateBurst;
    private final int[] concurrencyCap;
    private final int[] connectionQuota;
    private final double[] statementTimeout;
    private final double[] poolWaitTimeout;
    private final double[] clientTimeout;
    private final RetryPolicy[] retry;
    private final int[] breakerFailures;
    private final double[] breakerOpenSeconds;
    private final int[] workerCap;
    private final double[] workerWeight;
    private final int admissionQueueLimit;
    private final int[] bulkheadByTier;

    private Controls(Builder b) {
        rateLimit = b.rateLimit.clone();
        rateBurst = b.rateBurst.clone();
        concurrencyCap = b.concurrencyCap.clone();
        connectionQuota = b.connectionQuota.clone();
        statementTimeout = b.statementTimeout.clone();
        poolWaitTimeout = b.poolWaitTimeout.clone();
        clientTimeout = b.clientTimeout.clone();
        retry = b.retry.clone();
        breakerFailures = b.breakerFailures.clone();
        breakerOpenSeconds = b.breakerOpenSeconds.clone();
        workerCap = b.workerCap.clone();
        workerWeight = b.workerWeight.clone();
        admissionQueueLimit = b.admissionQueueLimit;
        bulkheadByTier = b.bulkheadByTier.clone();
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
        return rateLimit.length;
    }

    public double rateLimit(int t) { return rateLimit[t]; }
    public double rateBurst(int t) { return rateBurst[t]; }
    public int concurrencyCap(int t) { return concurrencyCap[t]; }
    public int connectionQuota(int t) { return connectionQuota[t]; }
    public double statementTimeout(int t) { return statementTimeout[t]; }
    public double poolWaitTimeout(int t) { return poolWaitTimeout[t]; }
    public double clientTimeout(int t) { return clientTimeout[t]; }
    public RetryPolicy retry(int t) { return retry[t]; }
    public int breakerFailures(int t) { return breakerFailures[t]; }
    public double breakerOpenSeconds(int t) { return breakerOpenSeconds[t]; }
    public int workerCap(int t) { return workerCap[t]; }
    public double workerWeight(int t) { return workerWeight[t]; }
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
    public Controls select(int... tenants) {
        Builder b = new Builder(new int[tenants.length]);
        for (int k = 0; k < tenants.length; k++) {
            int t = tenants[k];
            b.rateLimit[k] = rateLimit[t];
            b.rateBurst[k] = rateBurst[t];
            b.concurrencyCap[k] = concurrencyCap[t];
            b.connectionQuota[k] = connectionQuota[t];
            b.statementTimeout[k] = statementTimeout[t];
            b.poolWaitTimeout[k] = poolWaitTimeout[t];
            b.clientTimeout[k] = clientTimeout[t];
            b.retry[k] = retry[t];
            b.breakerFailures[k] = breakerFailures[t];
            b.breakerOpenSeconds[k] = breakerOpenSeconds[t];
            b.workerCap[k] = workerCap[t];
            b.workerWeight[k] = workerWeight[t];
        }
        b.admissionQueueLimit = admissionQueueLimit;
        b.bulkheadByTier = bulkheadByTier.clone(); // keyed by tier, which tenants keep
        return b.build();
    }

    /** Sets controls per tier, then per tenant; each setter validates its values. */
    public static final class Builder {
        private final int[] tierOf;
        private final double[] rateLimit;
        private final double[] rateBurst;
        private final int[] concurrencyCap;
        private final int[] connectionQuota;
        private final double[] statementTimeout;
        private final double[] poolWaitTimeout;
        private final double[] clientTimeout;
        private final RetryPolicy[] retry;
        private final int[] breakerFailures;
        private final double[] breakerOpenSeconds;
        private final int[] workerCap;
        private final double[] workerWeight;
        private int admissionQueueLimit = UNLIMITED;
        private int[] bulkheadByTier = new int[0];

        private Builder(int[] tierOfTenant) {
            tierOf = tierOfTenant.clone();
            int n = tierOf.length;
            for (int i = 0; i < n; i++) {
                if (tierOf[i] < 0) {
                    throw new IllegalArgumentException("tierOfTenant[" + i + "] (" + tierOf[i] + ") must be >= 0");
                }
            }
            rateLimit = filled(n, Double.POSITIVE_INFINITY);
            rateBurst = filled(n, Double.POSITIVE_INFINITY);
            concurrencyCap = filled(n, UNLIMITED);
            connectionQuota = filled(n, UNLIMITED);
            statementTimeout = filled(n, Double.POSITIVE_INFINITY);
            poolWaitTimeout = filled(n, DEFAULT_POOL_WAIT_SECONDS);
            clientTimeout = filled(n, Double.POSITIVE_INFINITY);
            retry = new RetryPolicy[n];
            Arrays.fill(retry, RetryPolicy.NONE);
            breakerFailures = new int[n];
            breakerOpenSeconds = new double[n];
            workerCap = filled(n, UNLIMITED);
            workerWeight = filled(n, 1.0);
        }

        private static double[] filled(int n, double v) {
            double[] a = new double[n];
            Arrays.fill(a, v);
            return a;
        }

        private static int[] filled(int n, int v) {
            int[] a = new int[n];
            Arrays.fill(a, v);
            return a;
        }

        /** Applies {@code setter} to every tenant of {@code tier}. */
        private Builder forTier(int tier, java.util.function.IntConsumer setter) {
            for (int i = 0; i < tierOf.length; i++) {
                if (tierOf[i] == tier) {
                    setter.accept(i);
                }
            }
            return this;
        }

        private void checkTenant(int t) {
            if (t < 0 || t >= tierOf.length) {
                throw new IllegalArgumentException("tenant (" + t + ") must be an index in 0.." + (tierOf.length - 1));
            }
        }

        public Builder rateLimitForTenant(int t, double perSecond, double burst) {
            checkTenant(t);
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("rateLimit (" + perSecond + ") must be > 0 requests/s");
            }
            if (!(burst >= 1)) {
                throw new IllegalArgumentException("rateBurst (" + burst + ") must be >= 1 request");
            }
            rateLimit[t] = perSecond;
            rateBurst[t] = burst;
            return this;
        }

        public Builder rateLimitForTier(int tier, double perSecond, double burst) {
            return forTier(tier, t -> rateLimitForTenant(t, perSecond, burst));
        }

        public Builder concurrencyCapForTenant(int t, int cap) {
            checkTenant(t);
            if (cap < 1) {
                throw new IllegalArgumentException("concurrencyCap (" + cap + ") must be >= 1");
            }
            concurrencyCap[t] = cap;
            return this;
        }

        public Builder concurrencyCapForTier(int tier, int cap) {
            return forTier(tier, t -> concurrencyCapForTenant(t, cap));
        }

        public Builder connectionQuotaForTenant(int t, int quota) {
            checkTenant(t);
            if (quota < 1) {
                throw new IllegalArgumentException("dbConnectionQuota (" + quota + ") must be a positive integer");
            }
            connectionQuota[t] = quota;
            return this;
        }

        public Builder connectionQuotaForTier(int tier, int quota) {
            return forTier(tier, t -> connectionQuotaForTenant(t, quota));
        }

        public Builder statementTimeoutForTenant(int t, double seconds) {
            checkTenant(t);
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("statementTimeout (" + seconds + ") must be > 0 s");
            }
            statementTimeout[t] = seconds;
            return this;
        }

        public Builder statementTimeoutForTier(int tier, double seconds) {
            return forTier(tier, t -> statementTimeoutForTenant(t, seconds));
        }

        public Builder poolWaitTimeoutForTenant(int t, double seconds) {
            checkTenant(t);
            if (!(seconds >= 0)) {
                throw new IllegalArgumentException("poolWaitTimeout (" + seconds + ") must be >= 0 s");
            }
            poolWaitTimeout[t] = seconds;
            return this;
        }

        public Builder poolWaitTimeoutForTier(int tier, double seconds) {
            return forTier(tier, t -> poolWaitTimeoutForTenant(t, seconds));
        }

        public Builder poolWaitTimeoutForAll(double seconds) {
            for (int t = 0; t < tierOf.length; t++) {
                poolWaitTimeoutForTenant(t, seconds);
            }
            return this;
        }

        /** Client timeout and retries of one tenant's clients. */
        public Builder clientForTenant(int t, double timeoutSeconds, RetryPolicy policy) {
            checkTenant(t);
            if (!(timeoutSeconds > 0)) {
                throw new IllegalArgumentException("clientTimeout (" + timeoutSeconds + ") must be > 0 s (+Infinity for none)");
            }
            if (policy == null) {
                throw new IllegalArgumentException("retry (null) must be given; use RetryPolicy.NONE");
            }
            clientTimeout[t] = timeoutSeconds;
            retry[t] = policy;
            return this;
        }

        public Builder clientForAll(double timeoutSeconds, RetryPolicy policy) {
            for (int t = 0; t < tierOf.length; t++) {
                clientForTenant(t, timeoutSeconds, policy);
            }
            return this;
        }

        public Builder circuitBreakerForTenant(int t, int consecutiveFailures, double openSeconds) {
            checkTenant(t);
            if (consecutiveFailures < 1) {
                throw new IllegalArgumentException("breaker.failures (" + consecutiveFailures + ") must be >= 1");
            }
            if (!(openSeconds > 0) || Double.isInfinite(openSeconds)) {
                throw new IllegalArgumentException("breaker.openSeconds (" + openSeconds + ") must be a finite duration > 0 s");
            }
            breakerFailures[t] = consecutiveFailures;
            breakerOpenSeconds[t] = openSeconds;
            return this;
        }

        public Builder circuitBreakerForTier(int tier, int consecutiveFailures, double openSeconds) {
            return forTier(tier, t -> circuitBreakerForTenant(t, consecutiveFailures, openSeconds));
        }

        /** Background jobs of the tenant in service at once, and its fair-queueing weight. */
        public Builder workersForTenant(int t, int cap, double weight) {
            checkTenant(t);
            if (cap < 1) {
                throw new IllegalArgumentException("workers.perTenantCap (" + cap + ") must be >= 1");
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("workers.weight (" + weight + ") must be a finite number > 0");
            }
            workerCap[t] = cap;
            workerWeight[t] = weight;
            return this;
        }

        public Builder workersForTier(int tier, int cap, double weight) {
            return forTier(tier, t -> workersForTenant(t, cap, weight));
        }

        public Builder workersForAll(int cap) {
            for (int t = 0; t < tierOf.length; t++) {
                workersForTenant(t, cap, workerWeight[t]);
            }
            return this;
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
            return new Controls(this);
        }
    }
}
