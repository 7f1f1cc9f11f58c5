package dev.tenantsim.scenario.yaml;

/**
 * A node of a scenario tree that remembers where it was written. Read from YAML with
 * {@link YamlTreeReader}, or built in code by the fluent API (location {@link Location#NONE}).
 */
public sealed interface YNode permits YMap, YList, YScalar {
    Location location();

    /** How the node reads in an error message: the scalar as written, or "a mapping" / "a list". */
    String describe();
}
