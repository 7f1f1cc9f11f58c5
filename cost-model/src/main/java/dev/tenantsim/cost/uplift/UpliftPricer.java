package dev.tenantsim.cost.uplift;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.StackKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link PriceSheet}: every move up the ladder for every candidate, and a sensitivity table over size. */
public final class UpliftPricer {
    private UpliftPricer() {
    }

    /**
     * @param candidates       tenants to quote
     * @param offers           one cost per rung that can be bought (and, for the sensitivity table,
     *                         one for the lowest rung, usually a {@link PooledShareCost})
     * @param targetMargin     gross margin the list price must earn on ΔC, in [0, 1)
     * @param sensitivitySizes tenant peak demands for the sensitivity table (may be empty)
     */
    public static PriceSheet price(List<UpliftCandidate> candidates, List<PlacementCost> offers, BigDecimal targetMargin,
            double[] sensitivitySizes) {
        if (targetMargin.signum() < 0 || targetMargin.compareTo(BigDecimal.ONE) >= 0) {
            throw new CostInputException("targetMargin (" + targetMargin.toPlainString() + ") must be in [0, 1)");
        }
        Map<StackKind, PlacementCost> byKind = new EnumMap<>(StackKind.class);
        for (PlacementCost o : offers) {
            if (byKind.put(o.kind(), o) != null) {
                throw new CostInputException("offers." + o.kind().yamlName() + " is given twice");
            }
        }
        List<String> problems = new ArrayList<>();
        List<PriceSheetRow> rows = new ArrayList<>();
        for (UpliftCandidate c : candidates) {
            for (PlacementCost offer : byKind.values()) {
                if (!c.current().below(offer.kind())) {
                    continue;
                }
                Money creditsTo = c.expectedCredits().get(offer.kind());
                if (creditsTo == null) {
                    problems.add("tenants." + c.tenant().id() + ".expectedCredits." + offer.kind().yamlName()
                            + " is missing: simulate the tenant on that rung to price the risk the move removes");
                    continue;
                }
                Money costTo = offer.costToServe(c.peakDemand());
                Money delta = costTo.minus(c.showback());
                rows.add(new PriceSheetRow(c.tenant().id(), c.tenant().tier(), c.current(), offer.kind(), c.peakDemand(),
                        c.showback(), costTo, delta, c.expectedCredits().get(c.current()), creditsTo,
                        listPrice(delta, targetMargin)));
            }
        }
        if (!problems.isEmpty()) {
            throw new CostInputException(problems);
        }
        List<SensitivityRow> sensitivity = new ArrayList<>();
        if (sensitivitySizes.length > 0) {
            if (byKind.size() < 2) {
                throw new CostInputException("offers (" + byKind.keySet() + ") need a base rung and at least one"
                        + " rung above it for a sensitivity table");
            }
            PlacementCost base = byKind.values().iterator().next();
            for (double size : sensitivitySizes) {
                if (!(size >= 0) || Double.isInfinite(size)) {
                    throw new CostInputException("sensitivitySizes (" + size + ") must be finite numbers >= 0");
                }
                Money from = base.costToServe(size);
                for (PlacementCost offer : byKind.values()) {
                    if (offer == base) {
                        continue;
                    }
                    Money to = offer.costToServe(size);
                    Money delta = to.minus(from);
                    sensitivity.add(new SensitivityRow(size, base.kind(), offer.kind(), from, to, delta,
                            listPrice(delta, targetMargin)));
                }
            }
        }
        return new PriceSheet(targetMargin, rows, sensitivity);
    }

    /** max(0, ΔC) / (1 − m), rounded up to the cent so the price never earns less than m. */
    public static Money listPrice(Money deltaCost, BigDecimal targetMargin) {
        if (!deltaCost.isNegative() && !deltaCost.isZero()) {
            BigDecimal p = deltaCost.toBigDecimal().divide(BigDecimal.ONE.subtract(targetMargin), 2, RoundingMode.CEILING);
            return Money.of(p);
        }
        return Money.ZERO;
    }
}
