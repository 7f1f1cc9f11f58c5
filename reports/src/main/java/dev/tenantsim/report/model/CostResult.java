package dev.tenantsim.report.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Monthly money of a run (docs/metrics.md "Money"): the bill of materials, revenue, expected SLA
 * credits and where the prices came from. Amounts are exact decimals in {@code currency}.
 *
 * @param priceSource where the unit prices came from (a price book path, or "placeholder prices")
 * @param platformShowback   the part of the bill no tenant is charged for (idle capacity the platform
 *                           keeps, stacks without tenants), or null when showback was not computed
 * @param publishedMonthlyBill a total a source published for this topology, shown beside the computed
 *                           bill (never used to adjust it), or null
 * @param publishedNote      why the published total differs from the computed one, or null
 */
public record CostResult(
        String currency,
        List<CostLine> bill,
        BigDecimal monthlyBill,
        BigDecimal monthlyRevenue,
        BigDecimal slaCredits,
        String priceSource,
        BigDecimal platformShowback,
        BigDecimal publishedMonthlyBill,
        String publishedNote) implements java.io.Serializable {

    public CostResult {
        Objects.requireNonNull(currency, "currency");
        bill = List.copyOf(bill);
        Objects.requireNonNull(monthlyBill, "monthlyBill");
        Objects.requireNonNull(monthlyRevenue, "monthlyRevenue");
        Objects.requireNonNull(slaCredits, "slaCredits");
        BigDecimal sum = bill.stream().map(CostLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(monthlyBill) != 0) {
            throw new IllegalArgumentException("monthlyBill (" + monthlyBill + ") must equal the sum of its lines (" + sum + ")");
        }
    }

    /** Gross margin (docs/metrics.md): (revenue − bill − credits) / revenue; NaN without revenue. */
    public double grossMargin() {
        if (monthlyRevenue.signum() == 0) {
            return Double.NaN;
        }
        return monthlyRevenue.subtract(monthlyBill).subtract(slaCredits).doubleValue() / monthlyRevenue.doubleValue();
    }
}
