package dev.tenantsim.cost.uplift;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.StackKind;
import java.math.BigDecimal;

/**
 * One move a tenant can buy (docs/metrics.md, "Isolation uplift").
 *
 * @param costFrom    showback_a(i), what the tenant costs us now
 * @param costTo      C_b(i), what serving it on the new rung costs
 * @param deltaCost   ΔC = costTo − costFrom (may be negative)
 * @param creditsFrom expected monthly SLA credits now
 * @param creditsTo   expected monthly SLA credits after the move
 * @param listPrice   max(0, ΔC) / (1 − target margin), rounded up to the cent, monthly
 */
public record PriceSheetRow(String tenantId, String tier, StackKind from, StackKind to, double peakDemand,
        Money costFrom, Money costTo, Money deltaCost, Money creditsFrom, Money creditsTo, Money listPrice) {

    /** The SLA risk the move removes: expected credits in a minus in b. */
    public Money riskRemoved() {
        return creditsFrom.minus(creditsTo);
    }

    /** (list price − ΔC) / list price, half-even to {@code scale}; 0 when the move is free (price $0). */
    public BigDecimal marginAtListPrice(int scale) {
        if (listPrice.isZero()) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return listPrice.minus(deltaCost).ratioTo(listPrice, scale);
    }
}
