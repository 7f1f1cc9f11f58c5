package dev.tenantsim.scenario.model;

import java.util.List;
import java.util.Map;

/** Where tenants run: exactly one of a pool, groups of cells, one stack per tenant, or a pool plus dedicated stacks. */
public sealed interface TopologySpec {
    /** The name used in the scenario file. */
    String kind();

    record Pooled(Stack pool) implements TopologySpec {
        @Override
        public String kind() {
            return "pooled";
        }
    }

    /** Groups of identical cells, by name. */
    record Cells(Map<String, CellGroup> groups) implements TopologySpec {
        public Cells {
            groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        }

        @Override
        public String kind() {
            return "cells";
        }
    }

    record Dedicated(Stack each) implements TopologySpec {
        @Override
        public String kind() {
            return "dedicated";
        }
    }

    record Hybrid(Stack pool, Stack dedicated) implements TopologySpec {
        @Override
        public String kind() {
            return "hybrid";
        }
    }

    /** {@code count} identical cells; {@code tiers} empty means any tier may be placed there. */
    record CellGroup(String name, int count, Stack stack, List<String> tiers) {
        public CellGroup {
            tiers = List.copyOf(tiers);
        }
    }
}
