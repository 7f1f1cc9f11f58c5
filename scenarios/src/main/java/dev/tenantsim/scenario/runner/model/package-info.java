/**
 * From a validated {@link dev.tenantsim.scenario.Scenario} to the engines' inputs, as pure functions
 * of (scenario, seed): tiers and SLOs ({@link dev.tenantsim.scenario.runner.model.TierModels}), the
 * work of a request ({@link dev.tenantsim.scenario.runner.model.WorkModels}), the tenant population
 * and its demand signatures ({@link dev.tenantsim.scenario.runner.model.TenantWorkloads}, with
 * {@link dev.tenantsim.scenario.runner.model.ScheduledJobs} for explicit tenants' jobs), the stacks and
 * which tenant runs on which ({@link dev.tenantsim.scenario.runner.model.StackLayouts}, through the
 * placement registry), the isolation controls ({@link dev.tenantsim.scenario.runner.model.ControlModels})
 * and the adapter from signatures to the platform's
 * {@link dev.tenantsim.engine.platform.TenantLoad} ({@link dev.tenantsim.scenario.runner.model.TenantLoads}).
 * {@link dev.tenantsim.scenario.runner.model.ScenarioModels} puts them together. Both runners (the
 * request-level one and the quarter-long fluid one) start here, so they see the same tenants.
 */
package dev.tenantsim.scenario.runner.model;
