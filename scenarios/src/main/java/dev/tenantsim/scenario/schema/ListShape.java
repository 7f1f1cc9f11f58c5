package dev.tenantsim.scenario.schema;

/** A list of items of one shape. */
public record ListShape(Shape items, int minItems, String doc) implements Shape {
}
