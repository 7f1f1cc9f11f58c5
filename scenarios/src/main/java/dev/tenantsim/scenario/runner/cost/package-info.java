/**
 * The money of a run: the scenario's stacks as a priced inventory ({@link
 * dev.tenantsim.scenario.runner.cost.StackPricing}), and the cost model's bill, showback and SLA
 * credits from what the simulation measured ({@link dev.tenantsim.scenario.runner.cost.ScenarioCosts}).
 */
package dev.tenantsim.scenario.runner.cost;
