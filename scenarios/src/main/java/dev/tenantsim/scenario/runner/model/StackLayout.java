package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The stacks of a scenario and the stack of every tenant (dense tenant index → stack index),
 * with the strategy that placed them and any caveats.
 */
public record StackLayout(List<PlacedStack> stacks, int[] stackOf, String strategy, List<String> notes) {
    public StackLayout {
        stacks = List.copyOf(stacks);
        stackOf = stackOf.clone();
        notes = List.copyOf(notes);
        for (int i = 0; i < stackOf.length; i++) {
            if (stackOf[i] < 0 || stackOf[i] >= stacks.size()) {
                throw new IllegalArgumentException("stackOf[" + i + "] (" + stackOf[i] + ") must be a stack index");
            }
        }
    }

    @Override
    public int[] stackOf() {
        return stackOf.clone();
    }

    public int stackOf(int tenant) {
        return stackOf[tenant];
    }

    public PlacedStack stack(int index) {
        return stacks.get(index);
    }

    /** Tenants on stack {@code s}, in index order. */
    public List<Integer> tenantsOn(int s) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < stackOf.length; t++) {
            if (stackOf[t] == s) {
                out.add(t);
            }
        }
        return out;
    }

    /** The platform's topology. */
    public Topology topology() {
        List<StackSpec> specs = stacks.stream().map(PlacedStack::spec).toList();
        return Topology.assigned(specs, stackOf);
    }
}
