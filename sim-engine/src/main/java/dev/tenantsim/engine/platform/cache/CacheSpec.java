package dev.tenantsim.engine.platform.cache;

/**
 * A cache of {@code bytes} holding items of {@code itemBytes} each: an app cache in front of the
 * database (Redis, Memcached: items are cached results), or a database's buffer pool (items are
 * pages). A tenant's working set in items is its data size divided by the item size.
 */
public record CacheSpec(double bytes, double itemBytes) {
    /** Item size of an app cache when none is given: 4 KiB cached results. */
    public static final double DEFAULT_ITEM_BYTES = 4096;
    /** Page size of a buffer pool when none is given: 8 KiB (PostgreSQL's page; InnoDB's is 16 KiB). */
    public static final double DEFAULT_PAGE_BYTES = 8192;

    public CacheSpec {
        if (!(bytes >= 0) || Double.isInfinite(bytes)) {
            throw new IllegalArgumentException("cache size (" + bytes + " bytes) must be finite and >= 0");
        }
        if (!(itemBytes > 0) || Double.isInfinite(itemBytes)) {
            throw new IllegalArgumentException("cache item size (" + itemBytes + " bytes) must be finite and > 0");
        }
    }

    /** How many items the cache holds. */
    public double capacityItems() {
        return Math.floor(bytes / itemBytes);
    }

    /** Items of {@code dataBytes} of data (at least one). */
    public double items(double dataBytes) {
        return Math.max(1, Math.ceil(dataBytes / itemBytes));
    }
}
