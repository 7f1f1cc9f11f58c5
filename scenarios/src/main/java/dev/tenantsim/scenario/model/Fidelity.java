package dev.tenantsim.scenario.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which engine runs a scenario's horizon ({@code horizon.fidelity} in a file, {@code --fidelity}
 * on the command line, which wins): chosen by the horizon's length, every request, or the fluid
 * pass. {@code runner.fluid.HorizonRunner} applies it.
 */
public enum Fidelity {
    /** The default: request level up to 6 h of horizon, the fluid pass beyond. */
    AUTO("auto", "the default: horizons up to 6 h request by request (at most 4 h of them), longer ones by the fluid pass"),
    /** The request-level DES over the whole horizon, however long. */
    REQUEST("request", "request-level DES over the whole horizon, however long (the command line estimates a long run first)"),
    /** The fluid pass over the whole horizon, however short, plus the request-level DES of its busiest windows. */
    FLUID("fluid", "fluid pass over the whole horizon, however short, + request-level DES of its busiest windows");

    private final String label;
    private final String description;

    Fidelity(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The word a scenario file and the command line use. */
    public String label() {
        return label;
    }

    /** Its line in {@code tenantsim list fidelities}. */
    public String description() {
        return description;
    }

    /** Every label, in order. */
    public static List<String> names() {
        return List.copyOf(describe().keySet());
    }

    /** Label → description, in order. */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Fidelity f : values()) {
            m.put(f.label, f.description);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The fidelity of that label; an unknown one names the allowed ones. */
    public static Fidelity named(String label) {
        for (Fidelity f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("fidelity (" + label + ") must be one of " + String.join(", ", names()));
    }
}
