package dev.tenantsim.scenario.runner;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.InverseTransformParetoSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The distributions a scenario names (request work, tenant sizes), keyed by their YAML name, each
 * a sampler factory from a mean and a coefficient of variation. A registry rather than a string
 * switch: an unknown name fails with the list of valid ones.
 */
enum Distribution {
    CONSTANT("constant") {
        @Override
        ContinuousSampler sampler(UniformRandomProvider rng, double mean, double cv) {
            return () -> mean;
        }
    },
    EXPONENTIAL("exponential") {
        @Override
        ContinuousSampler sampler(UniformRandomProvider rng, double mean, double cv) {
            return ZigguratSampler.Exponential.of(rng, mean);
        }
    },
    /** Shape 1/cv², scale mean·cv². */
    GAMMA("gamma") {
        @Override
        ContinuousSampler sampler(UniformRandomProvider rng, double mean, double cv) {
            return AhrensDieterMarsagliaTsangGammaSampler.of(rng, 1 / (cv * cv), mean * cv * cv);
        }
    },
    /** sigma² = ln(1 + cv²), mu = ln(mean) − sigma²/2. */
    LOGNORMAL("lognormal") {
        @Override
        ContinuousSampler sampler(UniformRandomProvider rng, double mean, double cv) {
            double s2 = Math.log1p(cv * cv);
            return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), Math.log(mean) - s2 / 2, Math.sqrt(s2));
        }
    },
    /** cv² = 1/(α(α−2)) gives α = 1 + √(1 + 1/cv²); scale = mean(α−1)/α. */
    PARETO("pareto") {
        @Override
        ContinuousSampler sampler(UniformRandomProvider rng, double mean, double cv) {
            double alpha = 1 + Math.sqrt(1 + 1 / (cv * cv));
            return InverseTransformParetoSampler.of(rng, mean * (alpha - 1) / alpha, alpha);
        }
    };

    private final String yamlName;

    Distribution(String yamlName) {
        this.yamlName = yamlName;
    }

    /** A sampler with this mean and coefficient of variation (ignored where the family fixes it). */
    abstract ContinuousSampler sampler(UniformRandomProvider rng, double mean, double cv);

    static Distribution named(String name) {
        for (Distribution d : values()) {
            if (d.yamlName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("distribution (" + name + ") is not known; known: "
                + java.util.Arrays.stream(values()).map(d -> d.yamlName).toList());
    }
}
