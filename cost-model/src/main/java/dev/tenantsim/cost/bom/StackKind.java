package dev.tenantsim.cost.bom;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * How isolated a stack's tenants are, from least to most. The declaration order is the
 * isolation ladder a tenant can buy its way up: pooled → performance cell → isolated cell →
 * dedicated stack.
 */
public enum StackKind {
    /** The shared pool: every tenant not placed elsewhere. */
    POOLED("pooled"),
    /** A cell shared by a few tenants with performance guarantees (quotas, headroom). */
    PERFORMANCE_CELL("performance-cell"),
    /** A cell shared by very few tenants, sized with more headroom. */
    ISOLATED_CELL("isolated-cell"),
    /** A whole stack for one tenant. */
    DEDICATED("dedicated");

    private final String yamlName;

    StackKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    /** Whether {@code other} is further up the isolation ladder than this. */
    public boolean below(StackKind other) {
        return ordinal() < other.ordinal();
    }

    /** The kind with a YAML name; an unknown name lists the valid ones. */
    @JsonCreator
    public static StackKind fromName(String name) {
        List<String> names = new ArrayList<>();
        for (StackKind k : values()) {
            if (k.yamlName.equals(name)) {
                return k;
            }
            names.add(k.yamlName);
        }
        throw new CostInputException("stack kind (" + name + ") is not a stack kind"
                + Suggestions.didYouMean(String.valueOf(name), names) + " (valid: " + String.join(", ", names) + ")");
    }
}
