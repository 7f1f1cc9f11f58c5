/**
 * {@code tenantsim optimize}: the cheapest design of a grid ({@link dev.tenantsim.scenario.optimize.Axis})
 * that meets a list of constraints ({@link dev.tenantsim.scenario.optimize.ConstraintParser}), found by
 * {@link dev.tenantsim.scenario.optimize.DesignSearch} — every point for a small grid, or a walk in order of
 * price with monotone pruning and successive halving on replications for a large one — over common random
 * numbers, on the engine of {@code --engine}. docs/architecture.md, "Optimize", says how it searches.
 */
package dev.tenantsim.scenario.optimize;
