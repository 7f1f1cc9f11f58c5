package dev.tenantsim.scenario.model;

/**
 * Work per request on one resource: a distribution name, its mean in the resource's unit (seconds
 * of CPU, or IO operations) and its coefficient of variation.
 */
public record WorkDist(String dist, double mean, double cv) {
}
