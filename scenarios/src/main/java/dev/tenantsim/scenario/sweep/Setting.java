package dev.tenantsim.scenario.sweep;

import java.io.Serializable;

/** One value of a sweep point: a dotted scenario path and the value, written as in the file ({@code tiers.pro.rateLimit}, {@code 50/s}). */
public record Setting(String path, String value) implements Serializable {
    public Setting {
        if (path == null || path.isBlank() || value == null) {
            throw new IllegalArgumentException("path and value (null or blank) must be given");
        }
    }

    /** The last key of the path and the value, as a sweep point names it ({@code rateLimit=50/s}). */
    public String label() {
        String[] keys = path.split("\\.");
        return keys[keys.length - 1] + "=" + value.trim();
    }
}
