package dev.tenantsim.scenario;

import dev.tenantsim.scenario.yaml.Location;
import java.util.Objects;

/**
 * One thing wrong with a scenario: where (line and column in the file, when known), the field
 * path, what was found and the rule it breaks. Reads
 * {@code megacorp.yaml:14:7: tiers.pro.dbConnectionQuota: -5 — must be a positive integer}.
 */
public record Problem(Location location, String path, String found, String rule) {
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(rule, "rule");
    }

    /** The message for a scenario named {@code source} (a file name, or the builder). */
    public String format(String source) {
        StringBuilder b = new StringBuilder(source);
        if (location.known()) {
            b.append(':').append(location.line()).append(':').append(location.column());
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        if (!found.isEmpty()) {
            b.append(found).append(" — ");
        }
        return b.append(rule).toString();
    }
}
