package dev.tenantsim.cost.showback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.cost.CostInputException;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed case. Stack {@code pooled} (tenants a, b, c): nodes $1,000 on CPU (capacity
 * 1,000 CPU-s; a 300, b 100, c 0 → 40% used = $400), DB $600 on IO (capacity 100; 10, 10, 30 →
 * 50% used = $300), load balancer $90 overhead. Stack {@code dedicated/d}: $200 on CPU, capacity
 * 100, d used 25 → $50 used, $150 idle. Stack {@code spare}: $500, no tenants.
 */
final class ShowbackTest {
    static final PriceBook BOOK = PriceBook.of(List.of(
            new PriceItem("node", Money.ofDollars(100), null, "instance", "test", "", "test"),
            new PriceItem("db", Money.ofDollars(600), null, "cluster", "test", "", "test"),
            new PriceItem("lb", Money.ofDollars(90), null, "lb", "test", "", "test")));
    static final TenantRoster ROSTER = new TenantRoster(List.of(
            new TenantFacts("a", "pro", 1_000, Money.ofDollars(400)),
            new TenantFacts("b", "pro", 500, Money.ofDollars(400)),
            new TenantFacts("c", "free", 0, Money.ZERO),
            new TenantFacts("d", "enterprise", 2_500, Money.ofDollars(47_000))));
    static final Bill BILL = BillOfMaterials.price(Inventory.of(
            new StackInventory("pooled", StackKind.POOLED, List.of(new InventoryLine("node", 10, Meter.CPU_SECONDS),
                    new InventoryLine("db", 1, Meter.IO_OPS), InventoryLine.overhead("lb", 1)), List.of("a", "b", "c")),
            new StackInventory("dedicated/d", StackKind.DEDICATED, List.of(new InventoryLine("node", 2, Meter.CPU_SECONDS)),
                    List.of("d")),
            new StackInventory("spare", StackKind.PERFORMANCE_CELL, List.of(new InventoryLine("node", 5, Meter.CPU_SECONDS)),
                    List.of())), BOOK);
    static final UsageLedger LEDGER = UsageLedger.builder(4)
            .capacity("pooled", Meter.CPU_SECONDS, 1_000).add("pooled", Meter.CPU_SECONDS, 0, 300)
            .add("pooled", Meter.CPU_SECONDS, 1, 100)
            .capacity("pooled", Meter.IO_OPS, 100).add("pooled", Meter.IO_OPS, 0, 10).add("pooled", Meter.IO_OPS, 1, 10)
            .add("pooled", Meter.IO_OPS, 2, 30)
            .capacity("dedicated/d", Meter.CPU_SECONDS, 100).add("dedicated/d", Meter.CPU_SECONDS, 3, 25)
            .build();

    private static List<String> totals(IdleRule rule) {
        Showback s = ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, rule);
        return List.of(s.tenant("a").toPlainString(), s.tenant("b").toPlainString(), s.tenant("c").toPlainString(),
                s.tenant("d").toPlainString(), s.platform().toPlainString());
    }

    /**
     * Overhead $90 goes by used-part charges a 360, b 160, c 180 (of 700): 46.2857142…,
     * 20.5714285…, 23.1428571…; the one left-over micro-dollar goes to b (largest remainder).
     */
    @Test
    void proportionalSplitsIdleByUsageOfEachResource() {
        // a: 300 + 450 idle CPU + 60 + 60 idle IO + 46.285714; c used no CPU so gets no CPU idle
        assertEquals(List.of("916.285714", "390.571429", "383.142857", "200.00", "500.00"), totals(IdleRule.PROPORTIONAL));
    }

    @Test
    void evenSplitsIdleEvenlyOverTheStacksTenants() {
        // CPU idle $600 / 3 = 200 each; IO idle $300 / 3 = 100 each
        assertEquals(List.of("706.285714", "480.571429", "503.142857", "200.00", "500.00"), totals(IdleRule.EVEN));
    }

    @Test
    void platformKeepsIdleAsItsOwnLine() {
        // platform: 600 + 300 idle in pooled, 150 idle on d's stack, 500 for the empty cell
        assertEquals(List.of("406.285714", "180.571429", "203.142857", "50.00", "1550.00"), totals(IdleRule.PLATFORM));
    }

    @Test
    void tiersAndCostPerMau() {
        Showback s = ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, IdleRule.PROPORTIONAL);
        assertEquals(Map.of("enterprise", Money.ofDollars(200), "free", Money.parse("383.142857"),
                "pro", Money.parse("1306.857143")), s.byTier());
        // bill $2,390 / 4,000 MAU
        assertEquals(Money.parse("0.5975"), s.costPerMau().orElseThrow());
        assertEquals(Money.parse("0.871238"), s.costPerMau("pro").orElseThrow(), "1306.857143 / 1500, half-even");
        assertTrue(s.costPerMau("free").isEmpty(), "a tier with no MAU has no cost per MAU");
        assertEquals(Money.ofDollars(2_390), s.allocated());
    }

    @Test
    void perTenantRowsSplitUsedFromIdle() {
        Showback s = ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, IdleRule.PROPORTIONAL);
        assertEquals(new TenantCost("a", "pro", 1_000, Money.parse("406.285714"), Money.ofDollars(510),
                Money.parse("916.285714")), s.perTenant().get(0));
        // idle: $900 in the pool, $150 on d's stack, $500 for the empty cell
        assertEquals(Money.ofDollars(1_550), s.idle());
        assertEquals(Money.ofDollars(1_550), ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, IdleRule.PLATFORM).idle());
    }

    @Test
    void aRecordedZeroForATenantOfAnotherStackIsHarmless() {
        UsageLedger withZero = UsageLedger.builder(4)
                .capacity("pooled", Meter.CPU_SECONDS, 1_000).add("pooled", Meter.CPU_SECONDS, 0, 300)
                .add("pooled", Meter.CPU_SECONDS, 1, 100).add("pooled", Meter.CPU_SECONDS, 3, 0)
                .capacity("pooled", Meter.IO_OPS, 100).add("pooled", Meter.IO_OPS, 0, 10).add("pooled", Meter.IO_OPS, 1, 10)
                .add("pooled", Meter.IO_OPS, 2, 30)
                .capacity("dedicated/d", Meter.CPU_SECONDS, 100).add("dedicated/d", Meter.CPU_SECONDS, 3, 25)
                .build();
        assertEquals(Money.parse("916.285714"),
                ShowbackCalculator.allocate(BILL, ROSTER, withZero, IdleRule.PROPORTIONAL).tenant("a"));
    }

    @Test
    void theShowbackCsvListsEveryTenantAndThePlatformAndSumsToTheBill() {
        StringBuilder out = new StringBuilder();
        ShowbackCsv.writePerTenant(ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, IdleRule.PLATFORM), out);
        assertEquals("""
                tenant,tier,mau,used_usd,idle_usd,showback_usd,idle_rule
                a,pro,1000,406.285714,0.00,406.285714,platform
                b,pro,500,180.571429,0.00,180.571429,platform
                c,free,0,203.142857,0.00,203.142857,platform
                d,enterprise,2500,50.00,0.00,50.00,platform
                platform,,,0.00,1550.00,1550.00,platform
                """, out.toString());
    }

    @Test
    void usageOnAStackTheTenantIsNotAssignedToIsAnError() {
        UsageLedger wrong = UsageLedger.builder(4).capacity("pooled", Meter.CPU_SECONDS, 10)
                .add("pooled", Meter.CPU_SECONDS, 3, 1).capacity("pooled", Meter.IO_OPS, 10)
                .capacity("dedicated/d", Meter.CPU_SECONDS, 10).build();
        CostInputException e = assertThrows(CostInputException.class,
                () -> ShowbackCalculator.allocate(BILL, ROSTER, wrong, IdleRule.EVEN));
        assertEquals(List.of("ledger.stacks.pooled.cpu-seconds: tenant d has usage (1.0) but is not assigned to stack pooled"),
                e.problems());
    }

    @Test
    void aMeteredCostWithoutUsageDataIsAnError() {
        UsageLedger partial = UsageLedger.builder(4).capacity("pooled", Meter.CPU_SECONDS, 10).build();
        CostInputException e = assertThrows(CostInputException.class,
                () -> ShowbackCalculator.allocate(BILL, ROSTER, partial, IdleRule.EVEN));
        assertEquals(List.of("ledger.stacks.pooled.io-ops is missing: stack pooled has $600.00 of io-ops lines to attribute",
                "ledger.stacks.dedicated/d.cpu-seconds is missing: stack dedicated/d has $200.00 of cpu-seconds lines to attribute"),
                e.problems(), "a stack with no tenants needs no usage data");
    }

    @Test
    void anUnknownIdleRuleListsTheValidOnes() {
        assertEquals(IdleRule.EVEN, IdleRule.fromName("even"));
        assertEquals("idleRule (proportinal) is not an idle rule; did you mean proportional? (valid: proportional, even, platform)",
                assertThrows(CostInputException.class, () -> IdleRule.fromName("proportinal")).getMessage());
    }
}
