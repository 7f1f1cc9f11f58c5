package dev.tenantsim.engine.platform.metrics;

/**
 * Noisy-neighbor impact of a tenant (docs/metrics.md): its p99 in the shared run over its p99 in a
 * solo run of the same tenant on an identical stack with the same arrivals and work. 1.0 means
 * the neighbours cost it nothing. See {@code PlatformSimulator#noisyNeighborImpact} for the runs.
 */
public final class NoisyNeighborImpact {
    private NoisyNeighborImpact() {
    }

    public static double of(double sharedP99, double soloP99) {
        if (!(soloP99 > 0)) {
            throw new IllegalArgumentException("solo p99 (" + soloP99 + ") must be > 0 s");
        }
        if (!(sharedP99 > 0)) {
            throw new IllegalArgumentException("shared p99 (" + sharedP99 + ") must be > 0 s");
        }
        return sharedP99 / soloP99;
    }
}
