package dev.tenantsim.scenario.model;

import java.util.Objects;

/**
 * A priced item of a stack or of the whole platform: {@code quantity} units of the price-book item
 * {@code item}, attributed to tenants in showback by {@code meter} (cpu-seconds, io-ops,
 * connection-seconds, storage-gb, or overhead).
 */
public record PricedItem(String item, long quantity, String meter) {
    public PricedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(meter, "meter");
    }
}
