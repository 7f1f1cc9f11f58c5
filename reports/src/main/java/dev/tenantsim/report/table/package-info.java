/**
 * The CSV tables of a report folder (tenants, tiers, utilization, windows, cost), one row per
 * entity, for spreadsheets.
 */
package dev.tenantsim.report.table;
