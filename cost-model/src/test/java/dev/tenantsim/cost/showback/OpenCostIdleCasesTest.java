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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The idle cases OpenCost users report as wrong, with answers worked out by hand: a resource whose
 * whole cost is idle (nobody used it), a stack of overhead only, and a filtered view (one tier)
 * that must show its tenants' share of idle, not all of it and not none.
 */
final class OpenCostIdleCasesTest {
    static final PriceBook BOOK = PriceBook.of(List.of(
            new PriceItem("node", Money.ofDollars(100), null, "instance", "test", "", "test"),
            new PriceItem("lb", Money.ofDollars(90), null, "lb", "test", "", "test")));
    static final TenantRoster ROSTER = new TenantRoster(List.of(
            new TenantFacts("x", "gold", 100, Money.ZERO), new TenantFacts("y", "silver", 100, Money.ZERO),
            new TenantFacts("z", "silver", 100, Money.ZERO)));
    // "busy": 4 nodes ($400) x and y used 30 + 10 of 100 -> used $160, idle $240.
    // "quiet": 3 nodes ($300) nobody used -> all idle. "edge": one load balancer ($90), overhead only, no usage.
    static final Bill BILL = BillOfMaterials.price(Inventory.of(
            new StackInventory("busy", StackKind.POOLED, List.of(new InventoryLine("node", 4, Meter.CPU_SECONDS)), List.of("x", "y")),
            new StackInventory("quiet", StackKind.PERFORMANCE_CELL, List.of(new InventoryLine("node", 3, Meter.CPU_SECONDS)),
                    List.of("y", "z")),
            new StackInventory("edge", StackKind.PERFORMANCE_CELL, List.of(InventoryLine.overhead("lb", 1)), List.of("z"))), BOOK);
    static final UsageLedger LEDGER = UsageLedger.builder(3)
            .capacity("busy", Meter.CPU_SECONDS, 100).add("busy", Meter.CPU_SECONDS, 0, 30).add("busy", Meter.CPU_SECONDS, 1, 10)
            .capacity("quiet", Meter.CPU_SECONDS, 100)
            .build();

    @Test
    void aResourceWithOnlyIdleCostIsSplitEvenlyUnderProportionalAndKeptUnderPlatform() {
        Showback p = ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, IdleRule.PROPORTIONAL);
        // busy: x 120 used + 180 idle (30/40 of 240); y 40 + 60. quiet: nobody used it -> even, 150 each.
        // edge: overhead with no metered use on its stack is idle -> its one tenant z pays 90.
        assertEquals(Money.ofDollars(300), p.tenant("x"));
        assertEquals(Money.ofDollars(250), p.tenant("y"));
        assertEquals(Money.ofDollars(240), p.tenant("z"));
        assertEquals(Money.ZERO, p.platform());
        Showback k = ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, IdleRule.PLATFORM);
        // only used parts reach tenants: x 120, y 40; the platform keeps 240 + 300 + 90.
        assertEquals(List.of(Money.ofDollars(120), Money.ofDollars(40), Money.ZERO, Money.ofDollars(630)),
                List.of(k.tenant("x"), k.tenant("y"), k.tenant("z"), k.platform()));
        assertEquals(Money.ofDollars(630), k.idle());
    }

    @Test
    void aFilteredViewShowsItsTenantsShareOfIdleWhateverTheFilter() {
        Showback p = ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, IdleRule.PROPORTIONAL);
        // silver = y + z = 250 + 240 (not all $630 of idle, and not used-only $40).
        assertEquals(Map.of("gold", Money.ofDollars(300), "silver", Money.ofDollars(490)), p.byTier());
        Showback e = ShowbackCalculator.allocate(BILL, ROSTER, LEDGER, IdleRule.EVEN);
        // even: busy idle 120 / 120; quiet 150 / 150; edge 90 to z. silver = (40 + 120 + 150) + (150 + 90).
        assertEquals(Map.of("gold", Money.ofDollars(240), "silver", Money.ofDollars(550)), e.byTier());
    }
}
