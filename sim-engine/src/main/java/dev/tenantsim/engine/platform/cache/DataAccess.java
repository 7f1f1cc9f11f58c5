package dev.tenantsim.engine.platform.cache;

/**
 * How one tenant touches its data: how much it has (its working set, in bytes; a cache holds
 * {@code dataBytes / itemBytes} of its keys or pages), how skewed its lookups are (Zipf exponent
 * α over its keys: the key of rank r gets a share ∝ r^−α), and the most of any shared cache it
 * may hold ({@code quotaBytes}, +∞ for no quota).
 */
public record DataAccess(double dataBytes, double skew, double quotaBytes) {
    /**
     * Zipf exponent of a tenant's lookups when the scenario gives none: 0.8, inside the 0.64–0.83
     * that Breslau et al. ("Web caching and Zipf-like distributions", INFOCOM 1999) measured for
     * web request streams.
     */
    public static final double DEFAULT_SKEW = 0.8;
    /** No data: every cache is indifferent to the tenant. */
    public static final DataAccess NONE = new DataAccess(0, DEFAULT_SKEW, Double.POSITIVE_INFINITY);

    public DataAccess {
        if (!(dataBytes >= 0) || Double.isInfinite(dataBytes)) {
            throw new IllegalArgumentException("data size (" + dataBytes + " bytes) must be finite and >= 0");
        }
        if (!(skew > 0) || Double.isInfinite(skew)) {
            throw new IllegalArgumentException("access skew (" + skew + ") must be a finite Zipf exponent > 0");
        }
        if (!(quotaBytes > 0)) {
            throw new IllegalArgumentException("cache quota (" + quotaBytes + " bytes) must be > 0 (+inf for none)");
        }
    }

    public DataAccess withQuota(double bytes) {
        return new DataAccess(dataBytes, skew, bytes);
    }
}
