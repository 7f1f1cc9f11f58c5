package dev.tenantsim.cost.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.price.PriceBookReader;
import dev.tenantsim.cost.showback.IdleRule;
import dev.tenantsim.cost.showback.Showback;
import dev.tenantsim.cost.showback.ShowbackCalculator;
import dev.tenantsim.cost.showback.UsageLedger;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The price book's purchase options against bills computed by hand (each expected figure is
 * worked out in the comment above it).
 */
final class PurchaseOptionsTest {
    static final String RULES = """
            enterpriseDiscount: 0.10
            reservations:
              - id: ri-node
                item: node
                units: %d
                termMonths: 12
                upfront: 600.00
                monthly: 20.00
                source: "test reservation"
            savingsPlans:
              - id: sp-node
                appliesTo: node
                discount: 0.25
                commitmentMonthly: 150.00
                termMonths: 36
                source: "test savings plan"
            spot:
              - item: db
                share: 0.5
                monthly: 200.00
                source: "test spot"
            freeTier:
              - item: storage
                units: 50
                source: "test free tier"
            items:
              node:
                monthly: 100.00
                unit: instance
                source: "test list"
                regions:
                  eu-west-1: { monthly: 110.00, source: "test eu list" }
              db: { monthly: 500.00, unit: instance, source: "test list" }
              storage: { monthly: 0.10, unit: GB-month, source: "test list" }
            """;

    static PriceBook book(int reservedUnits) {
        return PriceBookReader.read("book.yaml", new StringReader(RULES.formatted(reservedUnits)));
    }

    static Inventory inventory() {
        return Inventory.of(
                new StackInventory("pooled", StackKind.POOLED, List.of(new InventoryLine("node", 7, Meter.CPU_SECONDS),
                        new InventoryLine("db", 3, Meter.IO_OPS), new InventoryLine("storage", 80, Meter.STORAGE_GB)),
                        List.of("a", "b")),
                new StackInventory("cell-eu", StackKind.PERFORMANCE_CELL,
                        List.of(new InventoryLine("node", 2, Meter.CPU_SECONDS)), List.of("c"), "eu-west-1"));
    }

    static Money line(Bill bill, String stack, String item, String rulePrefix) {
        return bill.stack(stack).orElseThrow().lines().stream()
                .filter(l -> l.item().equals(item) && l.rule().startsWith(rulePrefix))
                .map(BomLine::total).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void eachRulePricesItsUnitsInOrderAndTheDiscountAppliesToAllButTheFreeTier() {
        Bill bill = BillOfMaterials.price(inventory(), book(3));
        // node 7 on the pool: 3 reserved at 600/12 + 20 = 70, less 10% = 63 -> 189;
        // the savings plan's $150 covers 150 / 75 = 2 units at 75, less 10% = 67.50 -> 135;
        // the other 2 at 100 less 10% = 90 -> 180.
        assertEquals(Money.parse("189"), line(bill, "pooled", "node", "reserved ri-node"));
        assertEquals(Money.parse("135"), line(bill, "pooled", "node", "savings plan sp-node"));
        assertEquals(Money.parse("180"), line(bill, "pooled", "node", "price book"));
        // db 3: floor(3 x 0.5) = 1 on spot at 200 less 10% = 180; 2 at 500 less 10% = 900.
        assertEquals(Money.parse("180"), line(bill, "pooled", "db", "spot"));
        assertEquals(Money.parse("900"), line(bill, "pooled", "db", "price book"));
        // storage 80: 50 free; 30 at 0.10 less 10% = 0.09 -> 2.70.
        assertEquals(Money.ZERO, line(bill, "pooled", "storage", "free tier"));
        assertEquals(Money.parse("2.70"), line(bill, "pooled", "storage", "price book"));
        // node 2 in eu-west-1: the reservation is for the default region's node and the plan is spent:
        // 2 at the regional 110 less 10% = 99 -> 198.
        assertEquals(Money.parse("198"), line(bill, "cell-eu", "node", "price book (eu-west-1)"));
        assertEquals(Money.parse("1784.70"), bill.total());
        // List cost is every unit at the book's rate: 7 x 100 + 3 x 500 + 80 x 0.10 + 2 x 110.
        assertEquals(Money.parse("2428"), bill.lines().stream().map(BomLine::listTotal).reduce(Money.ZERO, Money::plus));
        assertTrue(bill.stack(StackBill.COMMITMENTS).isEmpty(), "every purchase was used");
        for (BomLine l : bill.lines()) {
            assertEquals(l.category() == PricingCategory.OTHER, l.rule().equals("free tier"), l.rule());
            assertEquals(l.category() != PricingCategory.OTHER, l.rule().endsWith("enterprise discount 10%"), l.rule());
        }
    }

    @Test
    void unusedReservationsArePaidAndShowBackAsThePlatformsIdle() {
        Bill bill = BillOfMaterials.price(inventory(), book(10));
        // 10 reserved, 7 used on the pool: 3 unused at 63 = 189 on the commitments stack. The savings plan is
        // region-flexible: of the EU cell's 2 nodes it covers 150 / 82.50 (110 less 25%) = 1, at 82.50 less 10%
        // = 74.25; the other at 99. Its unused 150 - 82.50 = 67.50 (less 10%: 60.75) is paid too.
        StackBill unused = bill.stack(StackBill.COMMITMENTS).orElseThrow();
        assertEquals(Money.parse("189"), line(bill, StackBill.COMMITMENTS, "node", "unused reservation ri-node"));
        assertEquals(Money.parse("60.75"), line(bill, StackBill.COMMITMENTS, "savings-plan.sp-node", "unused savings plan"));
        assertEquals(Money.parse("74.25"), line(bill, "cell-eu", "node", "savings plan sp-node"));
        assertEquals(List.of(), unused.tenantIds());
        // pool: node 7 x 63 = 441, db 1080, storage 2.70; eu: 74.25 + 99; unused 189 + 60.75.
        assertEquals(Money.parse("1946.70"), bill.total());
        TenantRoster roster = new TenantRoster(List.of(new TenantFacts("a", "standard", 10, Money.ZERO),
                new TenantFacts("b", "standard", 10, Money.ZERO), new TenantFacts("c", "premium", 10, Money.ZERO)));
        UsageLedger.Builder b = UsageLedger.builder(roster.size());
        for (Meter m : List.of(Meter.CPU_SECONDS, Meter.IO_OPS, Meter.STORAGE_GB)) {
            b.capacity("pooled", m, 100).add("pooled", m, 0, 30).add("pooled", m, 1, 20);
        }
        b.capacity("cell-eu", Meter.CPU_SECONDS, 100).add("cell-eu", Meter.CPU_SECONDS, 2, 50);
        UsageLedger ledger = b.build();
        Showback sb = ShowbackCalculator.allocate(bill, roster, ledger, IdleRule.PROPORTIONAL);
        assertEquals(bill.total(), sb.allocated());
        assertTrue(sb.platform().compareTo(Money.parse("249.75")) >= 0, "the unused commitments stay on the platform: " + sb.platform());
    }

    @Test
    void aBookWithoutRulesPricesEveryLineAtTheBooksRate() {
        PriceBook plain = PriceBookReader.read("plain.yaml", new StringReader("""
                items:
                  node: { monthly: 100.00, source: "test" }
                """));
        Bill bill = BillOfMaterials.price(Inventory.of(new StackInventory("pooled", StackKind.POOLED,
                List.of(new InventoryLine("node", 7, Meter.CPU_SECONDS)), List.of())), plain);
        assertEquals(1, bill.lines().size());
        assertEquals(BomLine.PRICE_BOOK_RULE, bill.lines().get(0).rule());
        assertEquals(Money.parse("700"), bill.total());
    }

    @Test
    void badRulesAreLocatedErrorsThatSayWhatIsAllowed() {
        List<String> p = assertThrows(CostInputException.class, () -> PriceBookReader.read("bad.yaml", new StringReader("""
                enterpriseDiscount: 1.5
                reservations:
                  - id: ri
                    item: nodde
                    units: -2
                    termMonths: 24
                    upfront: 10
                    source: x
                savingsPlans:
                  - id: ri
                    appliesTo: gpu
                    discount: 1
                    commitmentMonthly: 10
                    termMonths: 12
                    source: x
                items:
                  node: { monthly: 100.00, source: "test" }
                """))).problems();
        assertEquals(List.of(
                "bad.yaml:4:11: priceBook.reservations[0].item (nodde) is not in the price book; did you mean node?",
                "bad.yaml:5:12: priceBook.reservations[0].units (-2) must be a whole number > 0",
                "bad.yaml:6:17: priceBook.reservations[0].termMonths (24) must be 12 or 36",
                "bad.yaml:10:9: priceBook.savingsPlans[0].id (ri) is used twice; reservation and savings-plan ids must be unique",
                "bad.yaml:11:16: priceBook.savingsPlans[0].appliesTo (gpu) is the start of no price-book key",
                "bad.yaml:12:15: priceBook.savingsPlans[0].discount (1) must be a fraction in [0, 1), e.g. 0.28 for 28%",
                "bad.yaml:1:21: priceBook.enterpriseDiscount (1.5) must be a fraction in [0, 1), e.g. 0.08 for 8%"), p);
    }

    @Test
    void aUserBooksRulesMayNameTheDefaultBooksItems() {
        String item = PriceBook.defaults().keys().stream().filter(k -> k.startsWith("aws.ec2.")).findFirst().orElseThrow();
        PriceBook user = PriceBookReader.read("user.yaml", new StringReader("""
                reservations:
                  - { id: ri, item: %s, units: 1, termMonths: 36, upfront: 360, source: "quote" }
                items:
                  own: { monthly: 1, source: "test" }
                """.formatted(item)), PriceBook.defaults().keys());
        PriceBook merged = PriceBook.defaults().overlaidBy(user);
        assertEquals(1, merged.rules().reservations().size());
        assertEquals(Money.parse("10"), merged.rules().reservations().get(0).amortizedMonthly());
    }
}
