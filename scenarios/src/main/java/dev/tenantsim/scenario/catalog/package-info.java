/**
 * The names a scenario may use (generators, strategies, disciplines, distributions, trace
 * formats, ...) with a one-line description each, as `tenantsim list` prints them.
 */
package dev.tenantsim.scenario.catalog;
