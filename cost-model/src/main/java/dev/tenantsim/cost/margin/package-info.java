/**
 * Gross margin before and after a change.
 */
package dev.tenantsim.cost.margin;
