package dev.tenantsim.cost.showback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.Bill;
import dev.tenantsim.cost.bom.BillOfMaterials;
import dev.tenantsim.cost.bom.Inventory;
import dev.tenantsim.cost.bom.InventoryLine;
import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.bom.StackInventory;
import dev.tenantsim.cost.bom.StackKind;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.price.PriceItem;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cell-migration case study's size: 55,000 tenants, a pool and 250 cells, attributed in seconds. */
final class ShowbackScaleTest {

    @Test
    void fiftyFiveThousandTenantsOverAPoolAndTwoHundredFiftyCellsSumToTheBill() {
        int n = 55_000;
        int cells = 250;
        List<TenantFacts> tenants = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tenants.add(new TenantFacts("t" + i, i % 50 == 0 ? "enterprise" : "smb", 10 + i % 97, Money.ofDollars(i % 50 == 0 ? 4_000 : 49)));
        }
        TenantRoster roster = new TenantRoster(tenants);
        PriceBook book = PriceBook.of(List.of(new PriceItem("node", Money.parse("233.33"), null, "i", "test", "", "test"),
                new PriceItem("db", Money.ofDollars(2_500), null, "c", "test", "", "test"),
                new PriceItem("lb", Money.ofDollars(25), null, "lb", "test", "", "test")));
        List<List<String>> members = new ArrayList<>();
        for (int c = 0; c <= cells; c++) {
            members.add(new ArrayList<>());
        }
        UsageLedger.Builder ledger = UsageLedger.builder(n);
        for (int i = 0; i < n; i++) {
            // every 5th tenant in a cell, the rest pooled
            int stack = i % 5 == 0 ? 1 + (i / 5) % cells : 0;
            members.get(stack).add("t" + i);
            String id = stack == 0 ? "pooled" : "cell-" + stack;
            ledger.add(id, Meter.CPU_SECONDS, i, 1_000 + (i * 7919L) % 50_000);
            ledger.add(id, Meter.IO_OPS, i, (i * 104729L) % 9_000);
        }
        List<StackInventory> stacks = new ArrayList<>();
        for (int c = 0; c <= cells; c++) {
            String id = c == 0 ? "pooled" : "cell-" + c;
            stacks.add(new StackInventory(id, c == 0 ? StackKind.POOLED : StackKind.PERFORMANCE_CELL, List.of(
                    new InventoryLine("node", c == 0 ? 300 : 4, Meter.CPU_SECONDS), new InventoryLine("db", 1, Meter.IO_OPS),
                    InventoryLine.overhead("lb", 1)), members.get(c)));
            ledger.capacity(id, Meter.CPU_SECONDS, c == 0 ? 2.5e9 : 3.0e7).capacity(id, Meter.IO_OPS, c == 0 ? 3e8 : 1e6);
        }
        Bill bill = BillOfMaterials.price(new Inventory(stacks), book);
        UsageLedger built = ledger.build();
        for (IdleRule rule : IdleRule.values()) {
            Showback s = ShowbackCalculator.allocate(bill, roster, built, rule);
            assertEquals(bill.total(), s.allocated(), rule.yamlName());
        }
    }
}
