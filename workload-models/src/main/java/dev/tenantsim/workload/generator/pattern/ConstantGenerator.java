package dev.tenantsim.workload.generator.pattern;

import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;

/**
 * {@code constant}: a flat rate. With {@code rate} (requests/s) it replaces the users-based base
 * rate; without, it keeps it. Arrivals are Poisson with that intensity (no count noise in the
 * fluid series; add {@code poisson} for that).
 */
public final class ConstantGenerator implements WorkloadGenerator {
    public static final String NAME = "constant";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION = "a flat rate at the tenant's mean, no randomness";
    private final double rate;

    public ConstantGenerator(GeneratorParams p) {
        p.allowOnly("rate");
        this.rate = p.has("rate") ? p.nonNegative("rate", 0) : Double.NaN;
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        if (!Double.isNaN(rate)) {
            signature.baseRate(rate);
        }
    }
}
