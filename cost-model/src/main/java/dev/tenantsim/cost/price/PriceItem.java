package dev.tenantsim.cost.price;

import dev.tenantsim.cost.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One priced item of a {@link PriceBook}.
 *
 * @param key     the name inventories use, e.g. {@code t3.medium} or {@code aws.ec2.m5.2xlarge}
 * @param monthly the monthly price of one unit (exact); for an item stated hourly it is
 *                hourly × the book's hours per month
 * @param hourly  the hourly price as stated, or {@code null} if the item was stated monthly
 * @param unit    what one unit is ("instance", "cluster", "GB-month", "estate")
 * @param source  where the price comes from (never blank: every price names its source)
 * @param note    caveats, e.g. "multi-AZ with ~100 GB storage" ("" if none)
 * @param origin  "file:line" where the item was defined, for reports and error messages
 */
public record PriceItem(String key, Money monthly, BigDecimal hourly, String unit, String source, String note,
        String origin) {
    public PriceItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(origin, "origin");
        if (monthly.isNegative()) {
            throw new IllegalArgumentException("priceBook.items." + key + ".monthly (" + monthly.toPlainString()
                    + ") must be >= 0");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("priceBook.items." + key + ".source must name where the price comes from");
        }
    }

    /** Whether the price was stated per hour. */
    public boolean statedHourly() {
        return hourly != null;
    }
}
