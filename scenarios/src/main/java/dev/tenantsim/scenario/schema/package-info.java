/**
 * Validation of a scenario tree: the field shapes of the format, the semantic checks across
 * fields, the collected problems (each with file, line, column, field path, what was found
 * and what is allowed) and the published JSON Schema generated from the same shapes.
 */
package dev.tenantsim.scenario.schema;
