package dev.tenantsim.engine.fluid;

/**
 * Per-tenant isolation controls as the fluid pass sees them (per-minute averages).
 *
 * <ul>
 *   <li>rate limit: offered requests above it are rejected (HTTP 429); the token bucket's burst
 *       allowance is invisible at one-minute resolution;</li>
 *   <li>connection quota: the tenant can hold at most this many DB connections, so its
 *       throughput is capped at {@code quota / connectionHoldSeconds}; the excess waits in the
 *       tenant's backlog (it queues for a connection, it is not rejected);</li>
 *   <li>concurrency cap: at most this many requests in flight; by Little's law its throughput is
 *       capped at {@code cap / latency of the previous step}; the excess is rejected.</li>
 * </ul>
 *
 * @param rateLimitPerSecond requests per second, {@code Double.POSITIVE_INFINITY} for none
 * @param connectionQuota connections, {@link Integer#MAX_VALUE} for none
 * @param concurrencyCap requests in flight, {@link Integer#MAX_VALUE} for none
 */
public record TenantLimits(double rateLimitPerSecond, int connectionQuota, int concurrencyCap) {

    /** No limit at all. */
    public static final TenantLimits UNLIMITED =
            new TenantLimits(Double.POSITIVE_INFINITY, Integer.MAX_VALUE, Integer.MAX_VALUE);

    /**
     * The limits the fluid pass applies for a tenant's controls, the same controls the request-level
     * pass enforces: its rate limit (the burst is invisible at one-minute steps), connection quota
     * and concurrency cap. Breakers, bulkheads, admission control, timeouts and retries act on
     * individual requests and are left to the request-level pass.
     */
    public static TenantLimits of(dev.tenantsim.engine.platform.TenantControls c) {
        double rate = c.rateLimit().perSecond();
        return new TenantLimits(rate > 0 && rate < Double.POSITIVE_INFINITY ? rate : Double.POSITIVE_INFINITY,
                c.connectionQuota(), c.concurrencyCap());
    }

    public TenantLimits {
        if (!(rateLimitPerSecond > 0)) {
            throw new IllegalArgumentException("rateLimitPerSecond (" + rateLimitPerSecond
                    + ") must be > 0 (use POSITIVE_INFINITY for none)");
        }
        if (connectionQuota < 1) {
            throw new IllegalArgumentException("connectionQuota (" + connectionQuota + ") must be >= 1");
        }
        if (concurrencyCap < 1) {
            throw new IllegalArgumentException("concurrencyCap (" + concurrencyCap + ") must be >= 1");
        }
    }
}
