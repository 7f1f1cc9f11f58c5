/**
 * results.json: the run outcome written as stable, ordered JSON, byte-identical for the same
 * scenario and seed.
 */
package dev.tenantsim.report.json;
