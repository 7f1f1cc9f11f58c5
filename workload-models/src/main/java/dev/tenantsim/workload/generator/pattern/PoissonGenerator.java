package dev.tenantsim.workload.generator.pattern;

import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;

/**
 * {@code poisson}: realises the count of each minute as a Poisson draw with mean 60 × rate (the
 * rate after every other modifier), from a counter-based hash of (seed, tenant, minute). The
 * signature's rates are then counts / 60 and its arrivals are those counts placed uniformly, so the
 * per-minute index of dispersion of a constant-rate tenant is 1. Optional {@code rate} (requests/s)
 * sets the base rate.
 */
public final class PoissonGenerator implements WorkloadGenerator {
    public static final String NAME = "poisson";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION = "steady Poisson arrivals at the tenant's mean rate";
    private final double rate;

    public PoissonGenerator(GeneratorParams p) {
        p.allowOnly("rate");
        this.rate = p.has("rate") ? p.nonNegative("rate", 0) : Double.NaN;
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        if (!Double.isNaN(rate)) {
            signature.baseRate(rate);
        }
        signature.poissonCounts(context.key(NAME));
    }
}
