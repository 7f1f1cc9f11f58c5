package dev.tenantsim.cost.focus;

import dev.tenantsim.cost.Csv;
import dev.tenantsim.cost.bom.Bill;
import dev.tenantsim.cost.bom.BomLine;
import dev.tenantsim.cost.bom.StackBill;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Writes a {@link Bill} as one FOCUS (FinOps Open Cost and Usage Specification, 1.0 columns)
 * row per bill line, for one billing month.
 *
 * <ul>
 *   <li>{@code ListCost} = quantity × the price book's rate; {@code EffectiveCost} = the line's
 *       total after every purchase option and discount, up-front payments amortized over their
 *       term; {@code BilledCost} equals it (a steady month has no purchase rows to bill apart).</li>
 *   <li>{@code PricingCategory} is Standard, Committed (reservations, savings plans), Dynamic
 *       (spot) or Other (free tier); {@code CommitmentDiscountStatus} is Used or Unused for
 *       committed lines; {@code ChargeDescription} names the rule that priced the line.</li>
 *   <li>{@code Tags} (JSON) carry the stack, its kind, and — where the stack serves one tenant —
 *       that tenant and its tier; a shared stack's lines say {@code "shared"} and how many
 *       tenants share it (showback, not the invoice, splits them).</li>
 * </ul>
 */
public final class FocusCsv {
    static final String HEADER = "BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,BillingCurrency,"
            + "ChargeCategory,ChargeDescription,PricingCategory,CommitmentDiscountId,CommitmentDiscountStatus,"
            + "ServiceName,ResourceId,ResourceName,RegionId,PricingQuantity,PricingUnit,ListUnitPrice,ListCost,"
            + "EffectiveCost,BilledCost,Tags";

    private FocusCsv() {
    }

    /**
     * @param regions stack id → region ({@code null} or absent: the price book's default region)
     */
    public static void write(Bill bill, TenantRoster roster, java.util.Map<String, String> regions, YearMonth month,
            Appendable out) {
        Objects.requireNonNull(month, "month");
        String start = month.atDay(1) + "T00:00:00Z";
        String end = month.plusMonths(1).atDay(1) + "T00:00:00Z";
        try {
            out.append(HEADER).append('\n');
            for (StackBill s : bill.stacks()) {
                String tags = tags(s, roster);
                String region = regions.get(s.stackId());
                for (BomLine l : s.lines()) {
                    boolean committed = l.category() == dev.tenantsim.cost.bom.PricingCategory.COMMITTED;
                    boolean unused = s.stackId().equals(StackBill.COMMITMENTS);
                    out.append(String.join(",", start, end, start, end, "USD", "Usage", Csv.text(l.rule()),
                            l.category().focusName(), committed ? Csv.text(commitmentId(l.rule())) : "",
                            committed ? (unused ? "Unused" : "Used") : "", Csv.text(service(l.item())),
                            Csv.text(s.stackId() + "/" + l.item()), Csv.text(l.item()), region == null ? "" : Csv.text(region),
                            Long.toString(l.quantity()), Csv.text(l.unit() == null ? "unit" : l.unit()),
                            l.listUnitPrice().toPlainString(), l.listTotal().toPlainString(), l.total().toPlainString(),
                            l.total().toPlainString(), Csv.text(tags))).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service of a price-book key: {@code aws.rds-mysql.db.m5.large} → {@code rds-mysql}; other keys as they are. */
    static String service(String item) {
        String[] parts = item.split("\\.");
        return parts.length >= 3 && parts[0].equals("aws") ? parts[1] : item;
    }

    /** "reserved ri-web (36 months...)" → "ri-web"; "savings plan sp-1 (25% off)" → "sp-1". */
    static String commitmentId(String rule) {
        String[] words = rule.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("reserved") || words[i].equals("plan") || words[i].equals("reservation")
                    || words[i].equals("commitment")) {
                return words[i + 1].replace(";", "");
            }
        }
        return "";
    }

    private static String tags(StackBill s, TenantRoster roster) {
        StringBuilder b = new StringBuilder("{\"tenantsim/stack\":\"").append(json(s.stackId()))
                .append("\",\"tenantsim/kind\":\"").append(s.kind().yamlName()).append('"');
        if (s.tenantIds().size() == 1) {
            String t = s.tenantIds().get(0);
            b.append(",\"tenantsim/tenant\":\"").append(json(t)).append('"');
            if (roster.contains(t)) {
                b.append(",\"tenantsim/tier\":\"").append(json(roster.get(roster.indexOf(t)).tier())).append('"');
            }
        } else {
            b.append(",\"tenantsim/tenant\":\"shared\",\"tenantsim/tenants\":\"").append(s.tenantIds().size()).append('"');
        }
        return b.append('}').toString();
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
