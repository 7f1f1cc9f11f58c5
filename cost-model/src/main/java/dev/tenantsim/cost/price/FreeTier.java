package dev.tenantsim.cost.price;

import java.util.Objects;

/** The first {@code units} of an item each month cost nothing (across the whole bill, in bill order). */
public record FreeTier(String item, long units, String source) {
    public FreeTier {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(source, "source");
        if (units <= 0) {
            throw new IllegalArgumentException("freeTier." + item + ".units (" + units + ") must be > 0");
        }
    }
}
