package dev.tenantsim.scenario.runner;

import dev.tenantsim.scenario.model.WorkDist;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** Samplers of request work from a scenario's {@link WorkDist}. */
final class WorkSamplers {
    private WorkSamplers() {
    }

    static ContinuousSampler of(WorkDist w, UniformRandomProvider rng) {
        Distribution d = w.cv() == 0 ? Distribution.CONSTANT : Distribution.named(w.dist());
        return d.sampler(rng, w.mean(), w.cv());
    }
}
