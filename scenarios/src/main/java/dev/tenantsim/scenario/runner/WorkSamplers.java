package dev.tenantsim.scenario.runner;

import dev.tenantsim.scenario.model.WorkDist;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.InverseTransformParetoSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Samplers of a distribution given by its mean and coefficient of variation. */
final class WorkSamplers {
    private WorkSamplers() {
    }

    static ContinuousSampler of(WorkDist w, UniformRandomProvider rng) {
        double mean = w.mean();
        double cv = w.cv();
        if (cv == 0) {
            return () -> mean;
        }
        return switch (w.dist()) {
            case "constant" -> () -> mean;
            case "exponential" -> ZigguratSampler.Exponential.of(rng, mean);
            case "gamma" -> AhrensDieterMarsagliaTsangGammaSampler.of(rng, 1 / (cv * cv), mean * cv * cv);
            case "pareto" -> pareto(rng, mean, cv);
            default -> lognormal(rng, mean, cv);
        };
    }

    /** Lognormal with the given mean and cv: sigma² = ln(1 + cv²), mu = ln(mean) − sigma²/2. */
    static ContinuousSampler lognormal(UniformRandomProvider rng, double mean, double cv) {
        double s2 = Math.log1p(cv * cv);
        return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), Math.log(mean) - s2 / 2, Math.sqrt(s2));
    }

    /** Pareto with the given mean and cv: cv² = 1/(α(α−2)) gives α = 1 + √(1 + 1/cv²). */
    static ContinuousSampler pareto(UniformRandomProvider rng, double mean, double cv) {
        double alpha = 1 + Math.sqrt(1 + 1 / (cv * cv));
        return InverseTransformParetoSampler.of(rng, mean * (alpha - 1) / alpha, alpha);
    }
}
