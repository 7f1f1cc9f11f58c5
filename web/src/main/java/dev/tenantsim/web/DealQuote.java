package dev.tenantsim.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The prospect's figures in one placement option (monthly amounts in USD).
 *
 * @param p99Ms            its p99 latency, mean over replications (NaN without completed requests)
 * @param violationMinutes its SLO-violation minutes, mean per replication (docs/metrics.md)
 * @param availability     1 − violation minutes / minutes simulated
 * @param ourCost          its showback: its share of the bill, null when no cost was computed
 * @param expectedCredits  its tier's credit schedule applied to its availability over a month
 * @param listPrice        our cost / (1 − target margin), rounded up to the cent; null without a cost
 */
record DealQuote(String option, String stack, double p99Ms, double sloP99Ms, double violationMinutes, double availability,
                 double errorRate, BigDecimal monthlyFee, BigDecimal ourCost, BigDecimal expectedCredits, BigDecimal listPrice) {
    static final List<String> COLUMNS = List.of("option", "stack", "p99_ms", "slo_p99_ms", "violation_minutes", "availability",
            "error_rate", "monthly_fee_usd", "our_cost_usd", "expected_sla_credits_usd", "list_price_usd");

    /** The row as the CSV and the page's table write it (Locale.ROOT, fixed decimals). */
    List<String> cells() {
        return List.of(option, stack, num(p99Ms, 1), num(sloP99Ms, 1), num(violationMinutes, 2), num(availability, 6),
                num(errorRate, 6), money(monthlyFee), money(ourCost), money(expectedCredits), money(listPrice));
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> c = cells();
        for (int i = 0; i < COLUMNS.size(); i++) {
            m.put(COLUMNS.get(i), c.get(i));
        }
        return m;
    }

    static String num(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String money(BigDecimal b) {
        return b == null ? "" : DealDesk.cents(b).toPlainString();
    }
}
