package dev.tenantsim.engine.platform;

/**
 * What one tenant's requests did at the stack's caches (docs/metrics.md "Hit ratio"): app-cache
 * lookups and hits (one lookup per request when the stack has an app cache), and buffer-pool page
 * reads and the reads that hit (expected values per request: a request's page reads times the
 * pool's hit ratio at its arrival). Counts add over replications and windows.
 */
public record CacheStats(double lookups, double hits, double pageReads, double pageHits) implements java.io.Serializable {
    public static final CacheStats NONE = new CacheStats(0, 0, 0, 0);

    public CacheStats {
        if (!(lookups >= 0 && hits >= 0 && hits <= lookups * (1 + 1e-12) + 1e-9 && pageReads >= 0 && pageHits >= 0)) {
            throw new IllegalArgumentException("cache stats (lookups " + lookups + ", hits " + hits + ", page reads " + pageReads
                    + ", page hits " + pageHits + ") must be >= 0 with hits <= lookups");
        }
    }

    /** Hits / lookups at the app cache; NaN when nothing was looked up there. */
    public double appHitRatio() {
        return lookups > 0 ? hits / lookups : Double.NaN;
    }

    /** Page hits / page reads at the buffer pool; NaN when no page was read there. */
    public double poolHitRatio() {
        return pageReads > 0 ? Math.min(1, pageHits / pageReads) : Double.NaN;
    }

    public CacheStats plus(CacheStats o) {
        return new CacheStats(lookups + o.lookups, hits + o.hits, pageReads + o.pageReads, pageHits + o.pageHits);
    }
}
