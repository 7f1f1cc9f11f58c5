package dev.tenantsim.workload;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The distribution of one kind of work per request (seconds of CPU, IO operations, seconds a DB
 * connection is held), given by its mean and coefficient of variation.
 *
 * @param shape the family
 * @param mean  the mean (≥ 0)
 * @param cv    the coefficient of variation σ/mean (≥ 0; ignored by CONSTANT, forced to 1 by
 *              EXPONENTIAL)
 */
public record WorkDistribution(Shape shape, double mean, double cv) {
    /** Families, keyed by their YAML name ({@code dist: lognormal}). */
    public enum Shape {
        CONSTANT("constant"), EXPONENTIAL("exponential"), LOGNORMAL("lognormal"), GAMMA("gamma");

        private final String yamlName;

        Shape(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        public static Shape of(String name) {
            for (Shape s : values()) {
                if (s.yamlName.equals(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("dist (" + name + ") must be one of constant, exponential, lognormal, gamma");
        }
    }

    public WorkDistribution {
        Objects.requireNonNull(shape, "dist");
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean (" + mean + ") must be a finite number >= 0");
        }
        if (!(cv >= 0) || Double.isInfinite(cv)) {
            throw new IllegalArgumentException("cv (" + cv + ") must be a finite number >= 0");
        }
        if (shape == Shape.EXPONENTIAL) {
            cv = 1;
        }
        if (shape == Shape.CONSTANT) {
            cv = 0;
        }
    }

    public static WorkDistribution constant(double mean) {
        return new WorkDistribution(Shape.CONSTANT, mean, 0);
    }

    public static WorkDistribution exponential(double mean) {
        return new WorkDistribution(Shape.EXPONENTIAL, mean, 1);
    }

    public static WorkDistribution lognormal(double mean, double cv) {
        return new WorkDistribution(Shape.LOGNORMAL, mean, cv);
    }

    public static WorkDistribution gamma(double mean, double cv) {
        return new WorkDistribution(Shape.GAMMA, mean, cv);
    }

    /** The variance, mean² cv². */
    public double variance() {
        return mean * mean * cv * cv;
    }

    /**
     * A sampler bound to {@code rng}; create it once per stream and call it per request (the
     * samplers allocate nothing per draw).
     */
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        if (mean == 0 || cv == 0) {
            double m = mean;
            return () -> m;
        }
        switch (shape) {
            case EXPONENTIAL: {
                ZigguratSampler.Exponential e = ZigguratSampler.Exponential.of(rng);
                double m = mean;
                return () -> m * e.sample();
            }
            case LOGNORMAL: {
                double s2 = Math.log1p(cv * cv);
                return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng),
                        Math.log(mean) - s2 / 2, Math.sqrt(s2));
            }
            case GAMMA: {
                double k = 1 / (cv * cv);
                return AhrensDieterMarsagliaTsangGammaSampler.of(rng, k, mean / k);
            }
            default:
                throw new AssertionError(shape);
        }
    }

    /** One draw (convenience; for many draws use {@link #sampler}). */
    public double sample(UniformRandomProvider rng) {
        return sampler(rng).sample();
    }
}
