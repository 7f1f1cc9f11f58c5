/**
 * The isolation-uplift price sheet: what each move up the isolation ladder costs us, the SLA risk
 * it removes and its list price at a target margin ({@link dev.tenantsim.cost.uplift.UpliftPricer}).
 */
package dev.tenantsim.cost.uplift;
