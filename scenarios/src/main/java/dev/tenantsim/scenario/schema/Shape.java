package dev.tenantsim.scenario.schema;

/** The expected shape of one part of a scenario: a fixed mapping, a keyed mapping, a list or a scalar. */
public sealed interface Shape permits ObjectShape, MapShape, ListShape, ScalarShape {
    /** One line for documentation and the JSON Schema. */
    String doc();
}
