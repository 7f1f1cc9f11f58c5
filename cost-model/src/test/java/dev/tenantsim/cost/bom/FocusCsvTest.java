package dev.tenantsim.cost.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.focus.FocusCsv;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FocusCsvTest {
    @Test
    void everyLineIsARowWhoseCostsAddUpToTheBillAndItsListCost() {
        Bill bill = BillOfMaterials.price(PurchaseOptionsTest.inventory(), PurchaseOptionsTest.book(10));
        TenantRoster roster = new TenantRoster(List.of(new TenantFacts("a", "standard", 10, Money.ZERO),
                new TenantFacts("b", "standard", 10, Money.ZERO), new TenantFacts("c", "premium", 10, Money.ZERO)));
        StringBuilder out = new StringBuilder();
        FocusCsv.write(bill, roster, Map.of("cell-eu", "eu-west-1"), YearMonth.of(2027, 1), out);
        List<String[]> rows = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            rows.add(parse(line));
        }
        List<String> header = List.of(rows.get(0));
        int effective = header.indexOf("EffectiveCost");
        int billed = header.indexOf("BilledCost");
        int list = header.indexOf("ListCost");
        int category = header.indexOf("PricingCategory");
        int status = header.indexOf("CommitmentDiscountStatus");
        int tags = header.indexOf("Tags");
        assertEquals(bill.lines().size() + 1, rows.size());
        BigDecimal sumEffective = BigDecimal.ZERO;
        BigDecimal sumList = BigDecimal.ZERO;
        for (String[] r : rows.subList(1, rows.size())) {
            assertEquals(header.size(), r.length, String.join("|", r));
            assertEquals(r[effective], r[billed]);
            assertEquals("2027-01-01T00:00:00Z", r[0]);
            assertEquals("2027-02-01T00:00:00Z", r[1]);
            sumEffective = sumEffective.add(new BigDecimal(r[effective]));
            sumList = sumList.add(new BigDecimal(r[list]));
            assertTrue(List.of("Standard", "Committed", "Dynamic", "Other").contains(r[category]), r[category]);
            assertEquals(r[category].equals("Committed"), !r[status].isEmpty(), String.join("|", r));
        }
        assertEquals(0, sumEffective.compareTo(bill.total().toBigDecimal()));
        // list: 7 x 100 + 3 x 500 + 80 x 0.10 + 2 x 110 on the stacks, plus the unused: 3 reserved nodes at 100
        // and the savings plan's unused 67.50.
        assertEquals(0, sumList.compareTo(new BigDecimal("2795.50")), sumList.toPlainString());
        String eu = out.toString().lines().filter(l -> l.contains("cell-eu/node")).findFirst().orElseThrow();
        assertTrue(eu.contains("eu-west-1") && eu.contains("tenantsim/tenant\"\":\"\"c") && eu.contains("premium"), eu);
        assertTrue(out.toString().lines().anyMatch(l -> l.contains("Unused") && l.contains("ri-node")));
    }

    /** A CSV line with quoted fields ("" inside quotes). */
    static String[] parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
