package dev.tenantsim.workload;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a tenant's data may live: anywhere ({@link #ANY}) or only in a set of regions
 * (e.g. {@code Residency.only("eu-only", Set.of("eu-west-1", "eu-central-1"))}).
 *
 * @param label          name used in reports and YAML, e.g. {@code "any"}, {@code "eu-only"}
 * @param allowedRegions the regions allowed; empty means any region
 */
public record Residency(String label, Set<String> allowedRegions) {
    /** No constraint. */
    public static final Residency ANY = new Residency("any", Set.of());
    /** The EU regions of the default region mix ({@code eu-west-1}, {@code eu-central-1}). */
    public static final Residency EU_ONLY = new Residency("eu-only", Set.of("eu-west-1", "eu-central-1"));

    public Residency {
        Objects.requireNonNull(label, "residency.label");
        allowedRegions = Set.copyOf(new TreeSet<>(allowedRegions));
    }

    /** A constraint to the given regions. */
    public static Residency only(String label, Set<String> regions) {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("residency." + label + ".regions ([]) must name at least one region");
        }
        return new Residency(label, regions);
    }

    /** True if data may be placed in {@code region}. */
    public boolean allows(String region) {
        return allowedRegions.isEmpty() || allowedRegions.contains(region);
    }

    /** True if this residency constrains placement at all. */
    public boolean isConstrained() {
        return !allowedRegions.isEmpty();
    }
}
