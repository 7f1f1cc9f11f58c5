package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.price.FreeTier;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.price.PriceItem;
import dev.tenantsim.cost.price.PricingRules;
import dev.tenantsim.cost.price.Reservation;
import dev.tenantsim.cost.price.SavingsPlan;
import dev.tenantsim.cost.price.SpotPrice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits each inventory line into the parts the invoice prices differently, in the order of
 * {@link PricingRules}: free tier, reservations, spot, savings plans, then the price book's rate
 * (the stack region's, where the book has one); the enterprise discount then applies to every
 * part that is not free. Free tiers, reservations and savings-plan commitments are consumed in
 * bill order across the whole bill, once a month. One instance prices one bill.
 */
final class PurchaseOptions {
    private final PriceBook book;
    private final PricingRules rules;
    private final Map<String, Long> freeLeft = new HashMap<>();
    private final long[] reservedLeft;
    private final long[] commitmentLeft;

    PurchaseOptions(PriceBook book) {
        this.book = book;
        this.rules = book.rules();
        for (FreeTier f : rules.freeTiers()) {
            freeLeft.merge(f.item(), f.units(), Long::sum);
        }
        reservedLeft = rules.reservations().stream().mapToLong(Reservation::units).toArray();
        commitmentLeft = rules.savingsPlans().stream().mapToLong(p -> p.commitmentMonthly().micros()).toArray();
    }

    /** The priced parts of one inventory line of a stack in {@code region}. */
    List<BomLine> price(InventoryLine l, String region) {
        PriceItem list = book.item(l.item(), region);
        String key = list.key();
        String regional = key.equals(l.item()) ? "" : " (" + key.substring(key.indexOf(PriceBook.REGION_SEPARATOR) + 1) + ")";
        Money rate = list.monthly();
        List<BomLine> parts = new ArrayList<>();
        long left = l.quantity();
        Long free = freeLeft.get(key);
        if (free != null && free > 0 && left > 0) {
            long take = Math.min(free, left);
            freeLeft.put(key, free - take);
            left -= take;
            parts.add(part(l, take, Money.ZERO, list, "free tier", PricingCategory.OTHER, false));
        }
        for (int r = 0; r < reservedLeft.length && left > 0; r++) {
            Reservation res = rules.reservations().get(r);
            if (reservedLeft[r] > 0 && res.item().equals(key)) {
                long take = Math.min(reservedLeft[r], left);
                reservedLeft[r] -= take;
                left -= take;
                parts.add(part(l, take, res.amortizedMonthly(), list, "reserved " + res.id() + " (" + res.termMonths()
                        + " months, up-front amortized)", PricingCategory.COMMITTED, true));
            }
        }
        for (SpotPrice s : rules.spot()) {
            if (s.item().equals(key) && left > 0) {
                long take = new BigDecimal(left).multiply(s.share()).setScale(0, RoundingMode.FLOOR).longValueExact();
                if (take > 0) {
                    left -= take;
                    parts.add(part(l, take, s.monthly(), list, "spot (" + percent(s.share()) + " of units)",
                            PricingCategory.DYNAMIC, true));
                }
            }
        }
        for (int p = 0; p < commitmentLeft.length && left > 0; p++) {
            SavingsPlan plan = rules.savingsPlans().get(p);
            if (!plan.covers(l.item()) || commitmentLeft[p] <= 0) {
                continue;
            }
            Money unit = rate.times(BigDecimal.ONE.subtract(plan.discount()), RoundingMode.HALF_EVEN);
            long take = unit.isZero() ? left : Math.min(left, commitmentLeft[p] / unit.micros());
            if (take > 0) {
                commitmentLeft[p] -= unit.micros() * take;
                left -= take;
                parts.add(part(l, take, unit, list, "savings plan " + plan.id() + " (" + percent(plan.discount())
                        + " off)", PricingCategory.COMMITTED, true));
            }
        }
        if (left > 0 || parts.isEmpty()) {
            parts.add(part(l, left, rate, list, BomLine.PRICE_BOOK_RULE + regional, PricingCategory.STANDARD, true));
        }
        return parts;
    }

    /** What the month leaves of the purchases: reserved units no line used, savings-plan commitment not spent. */
    List<BomLine> unused() {
        List<BomLine> out = new ArrayList<>();
        for (int r = 0; r < reservedLeft.length; r++) {
            Reservation res = rules.reservations().get(r);
            if (reservedLeft[r] > 0) {
                PriceItem item = book.item(res.item());
                Money unit = rules.discounted(res.amortizedMonthly());
                out.add(new BomLine(res.item(), reservedLeft[r], unit, unit.times(reservedLeft[r]), Meter.OVERHEAD,
                        item.unit(), res.source(), item.monthly(), withDiscount("unused reservation " + res.id()),
                        PricingCategory.COMMITTED));
            }
        }
        for (int p = 0; p < commitmentLeft.length; p++) {
            SavingsPlan plan = rules.savingsPlans().get(p);
            if (commitmentLeft[p] > 0) {
                Money rest = Money.ofMicros(commitmentLeft[p]);
                Money unit = rules.discounted(rest);
                out.add(new BomLine("savings-plan." + plan.id(), 1, unit, unit, Meter.OVERHEAD, "commitment",
                        plan.source(), rest, withDiscount("unused savings plan commitment " + plan.id()),
                        PricingCategory.COMMITTED));
            }
        }
        return out;
    }

    private BomLine part(InventoryLine l, long quantity, Money unitPrice, PriceItem list, String rule,
            PricingCategory category, boolean discountable) {
        Money unit = discountable ? rules.discounted(unitPrice) : unitPrice;
        return new BomLine(l.item(), quantity, unit, unit.times(quantity), l.meter(), list.unit(), list.source(),
                list.monthly(), discountable ? withDiscount(rule) : rule, category);
    }

    private String withDiscount(String rule) {
        return rules.enterpriseDiscount().signum() == 0 ? rule
                : rule + "; enterprise discount " + percent(rules.enterpriseDiscount());
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
