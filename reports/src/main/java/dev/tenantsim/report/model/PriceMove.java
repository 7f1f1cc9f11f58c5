package dev.tenantsim.report.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One move of the isolation-uplift price sheet (docs/metrics.md "Isolation uplift"): what serving the
 * tenant costs now ({@code costFrom}, its showback) and on the new rung ({@code costTo}), the
 * difference, its expected monthly SLA credits before and after, and the list price of the move at
 * the sheet's target margin. Monthly amounts in the sheet's currency.
 *
 * @param peakDemand the tenant's peak demand in the unit the rung is sized in (app cores)
 */
public record PriceMove(String tenant, String tier, String from, String to, double peakDemand, BigDecimal costFrom,
                        BigDecimal costTo, BigDecimal deltaCost, BigDecimal creditsFrom, BigDecimal creditsTo,
                        BigDecimal listPrice) implements java.io.Serializable {
    public PriceMove {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(listPrice, "listPrice");
    }
}
