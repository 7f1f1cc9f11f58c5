package dev.tenantsim.engine.platform;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The distribution of one per-request work quantity (seconds of CPU, IO operations, ...), given
 * by its mean and coefficient of variation, so a tenant signature reads "app CPU 8 ms, cv 1.5".
 *
 * @param shape constant, exponential (cv is 1 by definition) or lognormal
 * @param mean  mean value, {@code >= 0}
 * @param cv    coefficient of variation (stddev / mean), {@code >= 0}; used by lognormal only
 */
public record WorkDistribution(Shape shape, double mean, double cv) {
    /** How values spread around the mean. */
    public enum Shape { CONSTANT, EXPONENTIAL, LOGNORMAL }

    public WorkDistribution {
        if (shape == null) {
            throw new IllegalArgumentException("shape (null) must be one of CONSTANT, EXPONENTIAL, LOGNORMAL");
        }
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean (" + mean + ") must be a finite number >= 0");
        }
        if (!(cv >= 0) || Double.isInfinite(cv)) {
            throw new IllegalArgumentException("cv (" + cv + ") must be a finite number >= 0");
        }
    }

    public static final WorkDistribution ZERO = new WorkDistribution(Shape.CONSTANT, 0, 0);

    public static WorkDistribution constant(double value) {
        return new WorkDistribution(Shape.CONSTANT, value, 0);
    }

    public static WorkDistribution exponential(double mean) {
        return new WorkDistribution(Shape.EXPONENTIAL, mean, 1);
    }

    public static WorkDistribution lognormal(double mean, double cv) {
        return new WorkDistribution(Shape.LOGNORMAL, mean, cv);
    }

    /** log-space sigma of the lognormal with this mean and cv. */
    double sigma() {
        return Math.sqrt(Math.log1p(cv * cv));
    }

    /** log-space mu of the lognormal with this mean and cv. */
    double mu() {
        double s = sigma();
        return Math.log(mean) - 0.5 * s * s;
    }

    /**
     * Draws one value. Every shape consumes one draw from one of the two samplers, so the number
     * of draws per request is fixed by the signature and common random numbers hold across runs.
     *
     * @param gaussian standard normal sampler
     * @param exponential exponential sampler with mean 1
     */
    public double sample(ContinuousSampler gaussian, ContinuousSampler exponential) {
        switch (shape) {
            case CONSTANT:
                return mean;
            case EXPONENTIAL:
                return mean * exponential.sample();
            default:
                if (mean == 0) {
                    gaussian.sample();
                    return 0;
                }
                return Math.exp(mu() + sigma() * gaussian.sample());
        }
    }
}
