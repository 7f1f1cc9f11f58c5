package dev.tenantsim.scenario.model;

import java.util.List;

/** A placement strategy plus rules applied first (first match wins). */
public record Placement(String strategy, List<Rule> rules) {
    public Placement {
        rules = List.copyOf(rules);
    }

    /** Tenants matching every given criterion (null = any) go to {@code target}. */
    public record Rule(String tier, String tenant, String region, String target) {
    }
}
