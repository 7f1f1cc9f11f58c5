package dev.tenantsim.workload.generator;

/**
 * One composable ingredient of a tenant's demand, known in YAML by its registry name
 * ({@code diurnal}, {@code bursty}, …). A generator contributes to each tenant's signature: it may
 * set the base rate, add a rate modifier, add background jobs, or turn on Poisson counts.
 */
@FunctionalInterface
public interface WorkloadGenerator {
    void contribute(TenantContext context, SignatureBuilder signature);
}
