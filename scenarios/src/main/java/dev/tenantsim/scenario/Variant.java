package dev.tenantsim.scenario;

import java.util.Objects;

/** A named variant: the base scenario with the variant's overrides merged in, validated like the base. */
public record Variant(String name, Scenario scenario) {
    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
    }
}
