package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.scenario.model.Stack;
import java.util.Objects;

/**
 * One stack of a laid-out topology: its name in reports, its kind, the cell group it belongs to
 * ({@code pool}, a group name, or {@code dedicated}), the scenario's description of it (for
 * pricing) and the platform's spec (for simulating).
 */
public record PlacedStack(String name, Kind kind, String group, Stack stack, StackSpec spec) {
    /** Where a stack sits: the shared pool, one of a group of cells, or one tenant's own. */
    public enum Kind {
        POOLED("pooled"), CELL("cell"), DEDICATED("dedicated");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The name reports use. */
        public String label() {
            return label;
        }
    }

    public PlacedStack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(spec, "spec");
    }
}
