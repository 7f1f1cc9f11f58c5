package dev.tenantsim.placement;

/**
 * Options shared by the strategies (each uses the ones it needs).
 *
 * @param basis load the headroom target is checked against (and that packing sorts by)
 * @param seed seed of the random strategy's named stream
 * @param spikyThreshold a tenant is spiky when its CPU peak/mean is at least this (default 3)
 * @param spikyPenalty weight of the concentration of spiky load in the spiky-aware score (default 1)
 */
public record PlacementOptions(LoadBasis basis, long seed, double spikyThreshold, double spikyPenalty) {

    public PlacementOptions {
        if (basis == null) {
            throw new IllegalArgumentException("basis (null) must be one of mean, peak, series_peak");
        }
        if (!(spikyThreshold >= 1) || Double.isInfinite(spikyThreshold)) {
            throw new IllegalArgumentException("spikyThreshold (" + spikyThreshold + ") must be a finite number >= 1");
        }
        if (!(spikyPenalty >= 0) || Double.isInfinite(spikyPenalty)) {
            throw new IllegalArgumentException("spikyPenalty (" + spikyPenalty + ") must be a finite number >= 0");
        }
    }

    /** Peak basis, seed 0, spiky at peak/mean >= 3, penalty 1. */
    public static PlacementOptions defaults() {
        return new PlacementOptions(LoadBasis.PEAK, 0L, 3.0, 1.0);
    }

    public PlacementOptions withBasis(LoadBasis b) {
        return new PlacementOptions(b, seed, spikyThreshold, spikyPenalty);
    }

    public PlacementOptions withSeed(long s) {
        return new PlacementOptions(basis, s, spikyThreshold, spikyPenalty);
    }

    public PlacementOptions withSpiky(double threshold, double penalty) {
        return new PlacementOptions(basis, seed, threshold, penalty);
    }
}
