package dev.tenantsim.cost.price;

import dev.tenantsim.cost.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Spot capacity for one item: {@code share} of its on-demand units (rounded down to whole units,
 * per bill line) run on spot at {@code monthly} a unit.
 *
 * @param share fraction in (0, 1]
 */
public record SpotPrice(String item, BigDecimal share, Money monthly, String source) {
    public SpotPrice {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(source, "source");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("spot." + item + ".share (" + share.toPlainString() + ") must be in (0, 1]");
        }
        if (monthly.isNegative()) {
            throw new IllegalArgumentException("spot." + item + ".monthly must be >= 0");
        }
    }
}
