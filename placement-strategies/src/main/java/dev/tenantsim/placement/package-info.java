/**
 * Placement: tenants + demand + cell specs + constraints → an {@link dev.tenantsim.placement.Assignment}.
 *
 * <pre>{@code
 * PlacementProblem problem = new PlacementProblem(tenants, cells, TierRules.standard());
 * Assignment a = PlacementStrategies.create("correlation-aware", PlacementOptions.defaults()).place(problem);
 * a.requireComplete();                                   // or read a.rejections()
 * PlacementEvaluation e = new PlacementEvaluator(0.85).evaluate(problem, a);
 * MigrationPlan plan = new Rebalancer(RebalanceOptions.defaults(5)).propose(problem, a.cells());
 * }</pre>
 *
 * <p>Families, one sub-package each: {@code spread} (round-robin, random, hash),
 * {@code binpacking} (first-fit and best-fit decreasing on the demand vector), {@code scoring}
 * (spiky-aware), {@code correlation} (packing by the peak of the summed series),
 * {@code evaluation} (by summed series, or by the fluid pass), {@code rebalance} (migration plans).
 * Every constraint (residency, tier → cell kind, headroom target per resource on the strategy's
 * {@link dev.tenantsim.placement.LoadBasis}, maximum tenants per cell) is checked in one place,
 * {@link dev.tenantsim.placement.CellLoads}; a tenant that fits nowhere becomes a
 * {@link dev.tenantsim.placement.Rejection} naming it and the blocking constraint.
 */
package dev.tenantsim.placement;
