package dev.tenantsim.scenario.schema;

/** A key of an {@link ObjectShape}: its name, shape, whether it must be present, and what it means. */
public record Field(String name, Shape shape, boolean required, String doc) {
}
