package dev.tenantsim.workload;

/**
 * A heavy-tailed size calibrated by two numbers a user knows: the average and the largest.
 *
 * @param mean the average over tenants (&gt; 0)
 * @param max  the largest tenant (≥ mean)
 */
public record SizeSpec(double mean, double max) {
    public SizeSpec {
        if (!(mean > 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean (" + mean + ") must be a positive number");
        }
        if (!(max >= mean) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("max (" + max + ") must be a finite number >= mean (" + mean + ")");
        }
    }
}
