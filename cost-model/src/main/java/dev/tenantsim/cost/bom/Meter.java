package dev.tenantsim.cost.bom;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * What drives the attribution of a priced item to tenants in showback: the usage the simulation
 * measures for the resource the item provides, or {@link #OVERHEAD} for items that provide no
 * metered resource (load balancers, NAT gateways, monitoring, transfer, compliance tools).
 */
public enum Meter {
    /** App or DB CPU time (CPU-seconds over the month). */
    CPU_SECONDS("cpu-seconds"),
    /** Storage IO operations. */
    IO_OPS("io-ops"),
    /** Database connection time held (connection-seconds). */
    CONNECTION_SECONDS("connection-seconds"),
    /** Stored data (GB, average over the month). */
    STORAGE_GB("storage-gb"),
    /** Shared overhead: attributed in proportion to each tenant's metered (used) cost on the stack. */
    OVERHEAD("overhead");

    private final String yamlName;

    Meter(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in YAML and CSV. */
    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    /** Whether usage of this meter is measured (everything but {@link #OVERHEAD}). */
    public boolean metered() {
        return this != OVERHEAD;
    }

    /** The meter with a YAML name; an unknown name lists the valid ones. */
    @JsonCreator
    public static Meter fromName(String name) {
        List<String> names = new ArrayList<>();
        for (Meter m : values()) {
            if (m.yamlName.equals(name)) {
                return m;
            }
            names.add(m.yamlName);
        }
        throw new CostInputException("meter (" + name + ") is not a meter" + Suggestions.didYouMean(String.valueOf(name), names)
                + " (valid: " + String.join(", ", names) + ")");
    }
}
