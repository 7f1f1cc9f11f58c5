package dev.tenantsim.cost.uplift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.Bill;
import dev.tenantsim.cost.bom.BillOfMaterials;
import dev.tenantsim.cost.bom.CellTemplate;
import dev.tenantsim.cost.bom.Inventory;
import dev.tenantsim.cost.bom.StackInventory;
import dev.tenantsim.cost.showback.IdleRule;
import dev.tenantsim.cost.showback.Showback;
import dev.tenantsim.cost.showback.ShowbackCalculator;
import dev.tenantsim.cost.showback.UsageLedger;
import dev.tenantsim.cost.sla.Availability;
import dev.tenantsim.cost.sla.CreditSchedule;
import dev.tenantsim.cost.sla.SlaContracts;
import dev.tenantsim.cost.sla.SlaCreditCalculator;
import dev.tenantsim.cost.sla.SlaCredits;
import dev.tenantsim.cost.tenant.TenantRoster;
import dev.tenantsim.cost.bom.InventoryLine;
import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.bom.StackKind;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.price.PriceItem;
import dev.tenantsim.cost.tenant.TenantFacts;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed sheet (the golden CSV files were written from these numbers, not captured).
 * Nodes $100 of capacity 10. Performance cell: $500 overhead, 20% headroom, designed for 80 →
 * 10 nodes, $1,500. Isolated cell: $500 overhead, 50% headroom, designed for 20 → 4 nodes, $900.
 * Dedicated: $300 overhead, 30% headroom, at least 2 nodes. Pool: $5 per unit of peak demand.
 * Target margin 60%, so list price = ΔC / 0.4 rounded up to the cent.
 */
final class PriceSheetTest {
    static final PriceBook BOOK = PriceBook.of(List.of(
            new PriceItem("node", Money.ofDollars(100), null, "instance", "test", "", "test"),
            new PriceItem("cell-overhead", Money.ofDollars(500), null, "cell", "test", "", "test"),
            new PriceItem("dedicated-overhead", Money.ofDollars(300), null, "stack", "test", "", "test")));
    static final BigDecimal MARGIN = new BigDecimal("0.60");

    static List<PlacementCost> offers() {
        return List.of(
                new PooledShareCost(new BigDecimal("5")),
                new SharedCellCost(new CellTemplate(StackKind.PERFORMANCE_CELL, List.of(InventoryLine.overhead("cell-overhead", 1)),
                        "node", Meter.CPU_SECONDS, 10, 0.2, 2), 80, BOOK),
                new SharedCellCost(new CellTemplate(StackKind.ISOLATED_CELL, List.of(InventoryLine.overhead("cell-overhead", 1)),
                        "node", Meter.CPU_SECONDS, 10, 0.5, 2), 20, BOOK),
                new DedicatedStackCost(new CellTemplate(StackKind.DEDICATED, List.of(InventoryLine.overhead("dedicated-overhead", 1)),
                        "node", Meter.CPU_SECONDS, 10, 0.3, 2), BOOK));
    }

    static PriceSheet sheet() {
        Map<StackKind, Money> noCredits = Map.of(StackKind.POOLED, Money.ZERO, StackKind.PERFORMANCE_CELL, Money.ZERO,
                StackKind.ISOLATED_CELL, Money.ZERO, StackKind.DEDICATED, Money.ZERO);
        List<UpliftCandidate> candidates = List.of(
                new UpliftCandidate(new TenantFacts("acme, inc", "pro", 900, Money.ofDollars(3_000)), StackKind.POOLED,
                        Money.ofDollars(40), 8, Map.of(StackKind.POOLED, Money.ofDollars(300), StackKind.PERFORMANCE_CELL,
                                Money.ofDollars(30), StackKind.ISOLATED_CELL, Money.ZERO, StackKind.DEDICATED, Money.ZERO)),
                new UpliftCandidate(new TenantFacts("megacorp", "enterprise", 50_000, Money.ofDollars(47_000)),
                        StackKind.PERFORMANCE_CELL, Money.parse("937.50"), 50, Map.of(StackKind.PERFORMANCE_CELL,
                                Money.ofDollars(4_700), StackKind.ISOLATED_CELL, Money.ZERO, StackKind.DEDICATED, Money.ZERO)),
                new UpliftCandidate(new TenantFacts("tiny", "free", 3, Money.ZERO), StackKind.POOLED, Money.parse("2.50"),
                        0.5, noCredits));
        return UpliftPricer.price(candidates, offers(), MARGIN, new double[] {1, 10, 100});
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = PriceSheetTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theMovesCsvMatchesTheHandComputedGoldenFile() throws IOException {
        StringBuilder out = new StringBuilder();
        PriceSheetCsv.writeMoves(sheet(), out);
        assertEquals(golden("price-sheet-moves.csv"), out.toString());
    }

    @Test
    void theSensitivityCsvMatchesTheHandComputedGoldenFile() throws IOException {
        StringBuilder out = new StringBuilder();
        PriceSheetCsv.writeSensitivity(sheet(), out);
        assertEquals(golden("price-sheet-sensitivity.csv"), out.toString());
    }

    @Test
    void csvIgnoresTheDefaultLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            StringBuilder out = new StringBuilder();
            PriceSheetCsv.writeMoves(sheet(), out);
            assertEquals(golden("price-sheet-moves.csv"), out.toString());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyListPriceCoversTheIncrementalCostAtTheTargetMargin() {
        PriceSheet sheet = sheet();
        assertEquals(8, sheet.moves().size());
        assertEquals(9, sheet.sensitivity().size());
        for (PriceSheetRow r : sheet.moves()) {
            assertTrue(r.listPrice().compareTo(r.deltaCost()) >= 0, r.toString());
            // price × (1 − m) ≥ ΔC ⇔ (price − ΔC) / price ≥ m
            assertTrue(r.listPrice().toBigDecimal().multiply(BigDecimal.ONE.subtract(MARGIN))
                    .compareTo(r.deltaCost().toBigDecimal()) >= 0, r.toString());
            assertTrue(r.marginAtListPrice(6).compareTo(MARGIN) >= 0, r.toString());
            assertEquals(r.costTo().minus(r.costFrom()), r.deltaCost());
        }
        PriceSheetRow megacorpDedicated = sheet.moves().get(4);
        assertEquals(Money.ofDollars(4_700), megacorpDedicated.riskRemoved());
    }

    @Property(tries = 1000, seed = "42")
    void aListPriceAlwaysEarnsAtLeastTheTargetMargin(@ForAll @LongRange(min = 1, max = 10_000_000_000_000L) long deltaMicros,
            @ForAll @IntRange(min = 0, max = 9_999) int marginBasisPoints) {
        BigDecimal m = BigDecimal.valueOf(marginBasisPoints, 4);
        Money delta = Money.ofMicros(deltaMicros);
        Money price = UpliftPricer.listPrice(delta, m);
        assertEquals(0, price.micros() % 10_000, "whole cents");
        BigDecimal earned = price.minus(delta).toBigDecimal().divide(price.toBigDecimal(), 20, RoundingMode.FLOOR);
        assertTrue(earned.compareTo(m) >= 0, price + " on " + delta + " earns " + earned + " < " + m);
        // and it is the smallest such whole-cent price
        Money cheaper = price.minus(Money.parse("0.01"));
        assertTrue(cheaper.toBigDecimal().multiply(BigDecimal.ONE.subtract(m)).compareTo(delta.toBigDecimal()) < 0);
    }

    @Test
    void aCandidateIsBuiltFromShowbackAndTheCreditsOfEachSimulatedRung() {
        TenantRoster roster = new TenantRoster(List.of(new TenantFacts("a", "pro", 10, Money.ofDollars(1_000)),
                new TenantFacts("b", "pro", 10, Money.ofDollars(1_000))));
        Bill bill = BillOfMaterials.price(Inventory.of(new StackInventory("pooled", StackKind.POOLED,
                List.of(new InventoryLine("node", 3, Meter.CPU_SECONDS)), List.of("a", "b"))), BOOK);
        UsageLedger ledger = UsageLedger.builder(2).capacity("pooled", Meter.CPU_SECONDS, 100)
                .add("pooled", Meter.CPU_SECONDS, 0, 60).add("pooled", Meter.CPU_SECONDS, 1, 20).build();
        Showback now = ShowbackCalculator.allocate(bill, roster, ledger, IdleRule.PROPORTIONAL);
        Availability up = new Availability(0, 1_000);
        Availability down = new Availability(5, 1_000); // 99.5%: 10%
        SlaContracts contracts = new SlaContracts(Map.of("pro", CreditSchedule.standard()));
        SlaCredits pooled = SlaCreditCalculator.credits(roster, contracts, List.of(new Availability[] {down, up},
                new Availability[] {up, up}));
        SlaCredits dedicated = SlaCreditCalculator.credits(roster, contracts, List.<Availability[]>of(new Availability[] {up, up}));
        UpliftCandidate a = UpliftCandidate.of("a", StackKind.POOLED, 8, now,
                Map.of(StackKind.POOLED, pooled, StackKind.DEDICATED, dedicated));
        assertEquals(Money.parse("225.00"), a.showback(), "$300 × 60 / 80");
        assertEquals(Money.ofDollars(50), a.expectedCredits().get(StackKind.POOLED), "(100 + 0) / 2");
        assertEquals(Money.ZERO, a.expectedCredits().get(StackKind.DEDICATED));
        PriceSheetRow row = UpliftPricer.price(List.of(a), List.of(offers().get(3)), MARGIN, new double[0]).moves().get(0);
        assertEquals(Money.ofDollars(275), row.deltaCost(), "$500 dedicated − $225 showback");
        assertEquals(Money.parse("687.50"), row.listPrice());
        assertEquals(Money.ofDollars(50), row.riskRemoved());
    }

    @Test
    void aCheaperMoveIsQuotedAtZeroNotANegativePrice() {
        assertEquals(Money.ZERO, UpliftPricer.listPrice(Money.ofDollars(-10), MARGIN));
    }

    @Test
    void missingCreditsForAQuotedRungAndABadMarginAreErrors() {
        UpliftCandidate c = new UpliftCandidate(new TenantFacts("x", "pro", 1, Money.ofDollars(10)), StackKind.POOLED,
                Money.ofDollars(1), 1, Map.of(StackKind.POOLED, Money.ZERO, StackKind.DEDICATED, Money.ZERO));
        CostInputException e = assertThrows(CostInputException.class,
                () -> UpliftPricer.price(List.of(c), offers(), MARGIN, new double[0]));
        assertEquals(List.of(
                "tenants.x.expectedCredits.performance-cell is missing: simulate the tenant on that rung to price the risk the move removes",
                "tenants.x.expectedCredits.isolated-cell is missing: simulate the tenant on that rung to price the risk the move removes"),
                e.problems());
        assertEquals("targetMargin (1.0) must be in [0, 1)", assertThrows(CostInputException.class,
                () -> UpliftPricer.price(List.of(), offers(), new BigDecimal("1.0"), new double[0])).getMessage());
    }

    @Test
    void anUnpricedCellItemFailsWhenTheOfferIsBuilt() {
        CellTemplate spec = new CellTemplate(StackKind.DEDICATED, List.of(), "m7g.large", Meter.CPU_SECONDS, 1, 0, 1);
        CostInputException e = assertThrows(CostInputException.class, () -> new DedicatedStackCost(spec, BOOK));
        assertEquals("stacks.sized.lines[0].item (m7g.large) is not in the price book", e.getMessage());
    }
}
