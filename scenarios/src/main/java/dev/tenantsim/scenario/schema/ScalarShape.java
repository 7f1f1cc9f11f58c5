package dev.tenantsim.scenario.schema;

import java.util.List;
import java.util.function.Supplier;

/**
 * A scalar of a {@link ValueKind} with an allowed range on its magnitude (seconds, fraction,
 * per second, bytes, count), or the names allowed for a {@link ValueKind#CHOICE}.
 *
 * @param minText how the minimum reads in a message ("1ms"); null to print the number
 * @param maxText how the maximum reads in a message ("366d (one year)")
 */
public record ScalarShape(ValueKind kind, double min, boolean minExclusive, double max, String minText, String maxText,
                          Supplier<List<String>> choices, String doc) implements Shape {

    public List<String> allowed() {
        return choices == null ? List.of() : choices.get();
    }
}
