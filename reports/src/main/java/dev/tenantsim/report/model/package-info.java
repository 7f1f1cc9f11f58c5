/**
 * The report model every writer reads: the run outcome and its rows (tenants, stacks, tiers,
 * incidents, blast radius, costs, price sheets, comparisons), plain records with no simulation
 * in them.
 */
package dev.tenantsim.report.model;
