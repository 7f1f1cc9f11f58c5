package dev.tenantsim.scenario.model;

/** Tenant sizes of a generated population: mean users, the largest tenant (null: no cap) and the shape. */
public record UserSizes(double mean, Integer max, String shape) {
}
