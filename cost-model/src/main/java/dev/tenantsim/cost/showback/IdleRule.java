package dev.tenantsim.cost.showback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Who pays for the idle part of a shared resource (the rules OpenCost-style tools offer).
 * Within a stack, when nobody used a resource at all, {@link #PROPORTIONAL} falls back to
 * {@link #EVEN}; a stack with no tenants leaves its whole cost on the platform line.
 */
public enum IdleRule {
    /** In proportion to each tenant's usage of that resource. */
    PROPORTIONAL("proportional"),
    /** Evenly over the stack's tenants. */
    EVEN("even"),
    /** Kept by the platform as its own line. */
    PLATFORM("platform");

    private final String yamlName;

    IdleRule(String yamlName) {
        this.yamlName = yamlName;
    }

    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    /** The rule with a YAML name; an unknown name lists the valid ones. */
    @JsonCreator
    public static IdleRule fromName(String name) {
        List<String> names = new ArrayList<>();
        for (IdleRule r : values()) {
            if (r.yamlName.equals(name)) {
                return r;
            }
            names.add(r.yamlName);
        }
        throw new CostInputException("idleRule (" + name + ") is not an idle rule"
                + Suggestions.didYouMean(String.valueOf(name), names) + " (valid: " + String.join(", ", names) + ")");
    }
}
