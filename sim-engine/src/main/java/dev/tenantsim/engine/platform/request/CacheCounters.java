package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.CacheStats;

/** Per tenant (local index): app-cache lookups and hits, buffer-pool page reads and page hits, as primitive arrays. */
final class CacheCounters {
    final double[] lookups;
    final double[] hits;
    final double[] pageReads;
    final double[] pageHits;

    CacheCounters(int n) {
        lookups = new double[n];
        hits = new double[n];
        pageReads = new double[n];
        pageHits = new double[n];
    }

    CacheStats of(int t) {
        if (lookups[t] == 0 && pageReads[t] == 0) {
            return CacheStats.NONE;
        }
        return new CacheStats(lookups[t], hits[t], pageReads[t], pageHits[t]);
    }
}
