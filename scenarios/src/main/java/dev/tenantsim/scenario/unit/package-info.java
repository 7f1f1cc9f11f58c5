/**
 * Quantities with units as scenario files write them (durations, rates, percentages, data
 * sizes), parsed strictly with messages that say what is allowed.
 */
package dev.tenantsim.scenario.unit;
