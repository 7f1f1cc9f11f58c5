/**
 * The fluid pass: a whole horizon (a quarter at one-minute steps) of per-stack demand against
 * capacity with queueing approximations, in primitive arrays and bounded memory.
 *
 * <pre>{@code
 * FluidModel model = FluidModel.builder(stacks, tenantCount)
 *         .tenant(t, WorkMoments.of(0.008, 0.003, 2, 0.01, 1.5, 2.0), TenantLimits.UNLIMITED,
 *                 new SloTarget(0.25, 0.01), stackOfTenant[t])    // for every tenant t
 *         .build();
 * FluidResult r = FluidPass.run(model, demandSource, FluidOptions.defaults(FluidOptions.QUARTER_MINUTES));
 * r.tenants().violationMinutes(t); r.stacks().get(s).peakUtilization(FluidResource.DB_CONNECTIONS);
 * r.busiestWindows();   // hand these to the request-level pass
 * }</pre>
 *
 * <p>Inputs are deliberately small: a {@link dev.tenantsim.engine.fluid.DemandSource} (per-minute
 * request rates, streamed), per-tenant {@link dev.tenantsim.engine.fluid.WorkMoments},
 * {@link dev.tenantsim.engine.fluid.TenantLimits} and {@link dev.tenantsim.engine.fluid.SloTarget},
 * per-stack {@link dev.tenantsim.engine.fluid.StackCapacity}, and the tenant → stack array. The
 * model and its approximations are documented on {@link dev.tenantsim.engine.fluid.FluidPass};
 * {@link dev.tenantsim.engine.fluid.ErlangC} is the numerically stable Erlang B/C.
 */
package dev.tenantsim.engine.fluid;
