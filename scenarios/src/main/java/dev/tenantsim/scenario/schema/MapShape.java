package dev.tenantsim.scenario.schema;

/** A mapping whose keys are names chosen by the user (tiers, cells, variants, per-tier values). */
public record MapShape(Shape values, int minEntries, String keyDoc, String doc) implements Shape {
}
