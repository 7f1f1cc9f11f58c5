package dev.tenantsim.engine.platform;

/**
 * The isolation controls of one tenant, or the defaults of a tier ({@link Controls} holds one per
 * tier and the tenants' overrides). "Off" is +Infinity for rates and durations and
 * {@link Controls#UNLIMITED} for counts; {@link #NONE} is everything off, with the pool wait
 * timeout at {@link Controls#DEFAULT_POOL_WAIT_SECONDS}. Each component validates its values, so
 * a record that exists is a valid one.
 *
 * @param rateLimit        token bucket at the edge; over it → RATE_LIMITED (429)
 * @param concurrencyCap   at most this many of the tenant's requests in the app tier at once; over
 *                         it → RATE_LIMITED (429)
 * @param connectionQuota  DB connections the tenant may hold at once (per shard)
 * @param statementTimeout seconds; a query running longer is killed and its connection freed
 * @param poolWaitTimeout  seconds; the longest wait for a connection → POOL_TIMEOUT
 * @param client           the tenant's clients' timeout and retry policy
 * @param breaker          circuit breaker on the tenant's DB dependency
 * @param workers          background jobs of the tenant in service at once, and its weight in
 *                         weighted fair queueing
 */
public record TenantControls(RateLimit rateLimit, int concurrencyCap, int connectionQuota, double statementTimeout,
                             double poolWaitTimeout, Client client, Breaker breaker, Workers workers) {

    public static final TenantControls NONE = new TenantControls(RateLimit.NONE, Controls.UNLIMITED, Controls.UNLIMITED,
            Double.POSITIVE_INFINITY, Controls.DEFAULT_POOL_WAIT_SECONDS, Client.NONE, Breaker.NONE, Workers.NONE);

    public TenantControls {
        if (rateLimit == null || client == null || breaker == null || workers == null) {
            throw new IllegalArgumentException("rateLimit, client, breaker and workers (null) must be given; use their NONE");
        }
        if (concurrencyCap < 1) {
            throw new IllegalArgumentException("concurrencyCap (" + concurrencyCap + ") must be >= 1");
        }
        if (connectionQuota < 1) {
            throw new IllegalArgumentException("dbConnectionQuota (" + connectionQuota + ") must be a positive integer");
        }
        if (!(statementTimeout > 0)) {
            throw new IllegalArgumentException("statementTimeout (" + statementTimeout + ") must be > 0 s");
        }
        if (!(poolWaitTimeout >= 0)) {
            throw new IllegalArgumentException("poolWaitTimeout (" + poolWaitTimeout + ") must be >= 0 s");
        }
    }

    /** Token bucket: {@code perSecond} requests/s sustained, {@code burst} tokens. */
    public record RateLimit(double perSecond, double burst) {
        public static final RateLimit NONE = new RateLimit(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

        public RateLimit {
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("rateLimit (" + perSecond + ") must be > 0 requests/s");
            }
            if (!(burst >= 1)) {
                throw new IllegalArgumentException("rateBurst (" + burst + ") must be >= 1 request");
            }
        }

        public boolean isOn() {
            return !Double.isInfinite(perSecond);
        }
    }

    /** The client's timeout per attempt (seconds, +Infinity for none) and its retry policy. */
    public record Client(double timeoutSeconds, RetryPolicy retry) {
        public static final Client NONE = new Client(Double.POSITIVE_INFINITY, RetryPolicy.NONE);

        public Client {
            if (!(timeoutSeconds > 0)) {
                throw new IllegalArgumentException("clientTimeout (" + timeoutSeconds + ") must be > 0 s (+Infinity for none)");
            }
            if (retry == null) {
                throw new IllegalArgumentException("retry (null) must be given; use RetryPolicy.NONE");
            }
        }
    }

    /**
     * Circuit breaker (tenant, DB): after {@code failures} consecutive DB failures the tenant's DB
     * calls fail fast (CIRCUIT_OPEN) for {@code openSeconds}, then one probe is let through
     * (half-open). {@link #NONE} (0 failures, 0 s) is no breaker.
     */
    public record Breaker(int failures, double openSeconds) {
        public static final Breaker NONE = new Breaker(0, 0);

        public Breaker {
            if (failures != 0 || openSeconds != 0) {
                if (failures < 1) {
                    throw new IllegalArgumentException("breaker.failures (" + failures + ") must be >= 1");
                }
                if (!(openSeconds > 0) || Double.isInfinite(openSeconds)) {
                    throw new IllegalArgumentException("breaker.openSeconds (" + openSeconds + ") must be a finite duration > 0 s");
                }
            }
        }

        /** A breaker that opens after {@code failures} (>= 1) consecutive failures for {@code openSeconds}. */
        public static Breaker after(int failures, double openSeconds) {
            if (failures < 1) {
                throw new IllegalArgumentException("breaker.failures (" + failures + ") must be >= 1");
            }
            return new Breaker(failures, openSeconds);
        }

        public boolean isOn() {
            return failures > 0;
        }
    }

    /** Background jobs in service at once ({@link Controls#UNLIMITED}: no cap) and fair-queueing weight. */
    public record Workers(int cap, double weight) {
        public static final Workers NONE = new Workers(Controls.UNLIMITED, 1.0);

        public Workers {
            if (cap < 1) {
                throw new IllegalArgumentException("workers.perTenantCap (" + cap + ") must be >= 1");
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("workers.weight (" + weight + ") must be a finite number > 0");
            }
        }
    }

    public TenantControls withRateLimit(RateLimit r) {
        return new TenantControls(r, concurrencyCap, connectionQuota, statementTimeout, poolWaitTimeout, client, breaker, workers);
    }

    public TenantControls withConcurrencyCap(int cap) {
        return new TenantControls(rateLimit, cap, connectionQuota, statementTimeout, poolWaitTimeout, client, breaker, workers);
    }

    public TenantControls withConnectionQuota(int quota) {
        return new TenantControls(rateLimit, concurrencyCap, quota, statementTimeout, poolWaitTimeout, client, breaker, workers);
    }

    public TenantControls withStatementTimeout(double seconds) {
        return new TenantControls(rateLimit, concurrencyCap, connectionQuota, seconds, poolWaitTimeout, client, breaker, workers);
    }

    public TenantControls withPoolWaitTimeout(double seconds) {
        return new TenantControls(rateLimit, concurrencyCap, connectionQuota, statementTimeout, seconds, client, breaker, workers);
    }

    public TenantControls withClient(Client c) {
        return new TenantControls(rateLimit, concurrencyCap, connectionQuota, statementTimeout, poolWaitTimeout, c, breaker, workers);
    }

    public TenantControls withBreaker(Breaker b) {
        return new TenantControls(rateLimit, concurrencyCap, connectionQuota, statementTimeout, poolWaitTimeout, client, b, workers);
    }

    public TenantControls withWorkers(Workers w) {
        return new TenantControls(rateLimit, concurrencyCap, connectionQuota, statementTimeout, poolWaitTimeout, client, breaker, w);
    }
}
