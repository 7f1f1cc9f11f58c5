package dev.tenantsim.scenario.runner;

import dev.tenantsim.report.model.CostLine;
import java.util.List;

/**
 * Which stacks a scenario has and which tenants go where, with the bill of those stacks: what
 * {@code tenantsim place} and {@code tenantsim price} print. PLACEHOLDER until the placement
 * strategies and the cost model land.
 */
public record Plan(List<StackPlan> stacks, List<CostLine> bill, List<String> notes) {
    public Plan {
        stacks = List.copyOf(stacks);
        bill = List.copyOf(bill);
        notes = List.copyOf(notes);
    }

    /** One stack and its tenants (ids, in placement order). */
    public record StackPlan(String name, String kind, int appCores, int dbCores, List<String> tenants) {
        public StackPlan {
            tenants = List.copyOf(tenants);
        }
    }
}
