/**
 * Runs over long horizons (more than 6 hours, up to a quarter): the horizon runner that chooses
 * the engine, the fluid pass over every stack and minute, the request-level simulation of its
 * busiest windows, and the fluid run's costs.
 */
package dev.tenantsim.scenario.runner.fluid;
