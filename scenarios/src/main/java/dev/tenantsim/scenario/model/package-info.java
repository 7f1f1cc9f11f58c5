/**
 * The scenario as the user wrote it, as immutable records (tiers, tenants, request work,
 * topology, placement, controls, costs, variants): what the binder produces and the fluent
 * builder builds; no simulation here.
 */
package dev.tenantsim.scenario.model;
