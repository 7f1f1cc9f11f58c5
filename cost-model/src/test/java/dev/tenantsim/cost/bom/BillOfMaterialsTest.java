package dev.tenantsim.cost.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.price.PriceItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class BillOfMaterialsTest {
    static final PriceBook BOOK = PriceBook.of(List.of(
            new PriceItem("node", Money.ofDollars(100), null, "instance", "test", "", "test"),
            new PriceItem("db", Money.parse("250.50"), null, "cluster", "test", "", "test"),
            new PriceItem("lb", Money.parse("16.4323"), null, "lb", "test", "", "test")));

    @Test
    void eachLineIsQuantityTimesUnitPriceAndTheBillIsTheirSumPerStackAndInTotal() {
        Inventory inv = Inventory.of(
                new StackInventory("pooled", StackKind.POOLED, List.of(new InventoryLine("node", 7, Meter.CPU_SECONDS),
                        new InventoryLine("db", 2, Meter.IO_OPS), InventoryLine.overhead("lb", 3)), List.of("a", "b")),
                new StackInventory("dedicated/c", StackKind.DEDICATED, List.of(new InventoryLine("node", 2, Meter.CPU_SECONDS)),
                        List.of("c")));
        Bill bill = BillOfMaterials.price(inv, BOOK);
        StackBill pooled = bill.stack("pooled").orElseThrow();
        assertEquals(Money.parse("49.2969"), pooled.lines().get(2).total());
        assertEquals(Money.parse("1250.2969"), pooled.total());
        assertEquals(Money.ofDollars(700), pooled.total(Meter.CPU_SECONDS));
        assertEquals(Money.parse("1450.2969"), bill.total());
        assertEquals(Map.of(StackKind.POOLED, Money.parse("1250.2969"), StackKind.DEDICATED, Money.ofDollars(200)),
                bill.totalsByKind());
        assertEquals(9, bill.linesByItem().get(0).quantity());
    }

    @Test
    void everyItemMissingFromThePriceBookIsReportedNotPricedAtZero() {
        Inventory inv = Inventory.of(new StackInventory("pooled", StackKind.POOLED,
                List.of(new InventoryLine("nod", 1, Meter.CPU_SECONDS), new InventoryLine("db", 1, Meter.IO_OPS),
                        InventoryLine.overhead("nat-gateway", 1)), List.of()));
        CostInputException e = assertThrows(CostInputException.class, () -> BillOfMaterials.price(inv, BOOK));
        assertEquals(List.of("stacks.pooled.lines[0].item (nod) is not in the price book; did you mean node?",
                "stacks.pooled.lines[2].item (nat-gateway) is not in the price book"), e.problems());
    }

    @Test
    void aCellIsFixedOverheadPlusNodesSizedToDemandAndHeadroom() {
        CellTemplate spec = new CellTemplate(StackKind.PERFORMANCE_CELL, List.of(new InventoryLine("db", 1, Meter.IO_OPS),
                InventoryLine.overhead("lb", 1)), "node", Meter.CPU_SECONDS, 8, 0.25, 2);
        // 45 cores of peak demand on 8-core nodes kept at most 75% busy: ceil(45 / 6) = 8 nodes
        StackInventory cell = spec.size("cell-1", 45, List.of("a"));
        assertEquals(new InventoryLine("node", 8, Meter.CPU_SECONDS), cell.lines().get(2));
        assertEquals(Money.parse("1066.9323"), BillOfMaterials.price(Inventory.of(cell), BOOK).total());
        assertEquals(2, spec.nodesFor(0.5), "minimum nodes");
    }

    @Test
    void nodeCountIsTheCeilingComputedInDecimal() {
        assertEquals(8, CellSizing.nodeCount(600, 100, 0.25, 0));
        assertEquals(9, CellSizing.nodeCount(600.0001, 100, 0.25, 0));
        // 0.7 × 10 and 1 − 0.3 are not exact in binary; 7 / (10 × 0.7) must still be exactly 1 node
        assertEquals(1, CellSizing.nodeCount(7, 10, 0.3, 0));
        assertEquals(10, CellSizing.nodeCount(7, 1, 0.3, 0));
        assertEquals(0, CellSizing.nodeCount(0, 1, 0, 0));
    }

    @Test
    void rightSizingGrowsThePeakByItsHeadroomAndKeepsItAtOrBelowTarget() {
        // 3.5 cores x 1.1 / (2 cores x 0.7) = 2.75 -> 3 nodes; 600 x 1.0 / (100 x 0.75) = 8 exactly
        assertEquals(3, CellSizing.unitsFor(3.5, 2, 0.7, 0.1, 1));
        assertEquals(8, CellSizing.unitsFor(600, 100, 0.75, 0, 0));
        assertEquals(6, CellSizing.unitsFor(6, 1, 1.0, 0, 0), "a 100% target fills every unit");
        assertEquals(5, CellSizing.unitsFor(0.1, 1, 0.7, 0, 5), "at least the floor");
        assertEquals("target (0.0) must be in (0, 1]",
                assertThrows(IllegalArgumentException.class, () -> CellSizing.unitsFor(1, 1, 0, 0, 0)).getMessage());
        assertEquals("headroom (-0.1) must be a finite number >= 0",
                assertThrows(IllegalArgumentException.class, () -> CellSizing.unitsFor(1, 1, 0.5, -0.1, 0)).getMessage());
    }

    @Test
    void aCellIsSizedForTheAggregatePeakNotTheSumOfPeaks() {
        double[] day = {1, 2, 9, 2};
        double[] night = {8, 2, 1, 2};
        assertEquals(10, CellSizing.aggregatePeak(List.of(day, night)), "sum of peaks would be 17");
        assertEquals(0, CellSizing.aggregatePeak(List.of()));
        assertThrows(IllegalArgumentException.class, () -> CellSizing.aggregatePeak(List.of(day, new double[] {1})));
    }

    @Test
    void strandedCapacityIsWhatThePeakAtTheHeadroomTargetDidNotNeed() {
        // peak 30% busy with 25% headroom needs 40% of the nodes: 60% of $1,000 is stranded
        assertEquals(Money.ofDollars(600), StrandedCapacity.cost(Money.ofDollars(1_000), 0.30, 0.25));
        assertEquals(Money.ZERO, StrandedCapacity.cost(Money.ofDollars(1_000), 0.80, 0.25), "over target: nothing stranded");
        assertEquals(Money.ofDollars(1_000), StrandedCapacity.cost(Money.ofDollars(1_000), 0, 0.25));
        assertThrows(IllegalArgumentException.class, () -> StrandedCapacity.share(Double.NaN, 0.2));
    }

    @Test
    void badSizingInputsAreRejected() {
        assertEquals("headroom (1.0) must be in [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> CellSizing.nodeCount(1, 1, 1.0, 0)).getMessage());
        assertEquals("headroom (NaN) must be in [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> CellSizing.nodeCount(1, 1, Double.NaN, 0)).getMessage());
        assertEquals("nodeCapacity (0.0) must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> CellSizing.nodeCount(1, 0, 0.2, 0)).getMessage());
        assertEquals("peakDemand (NaN) must be a finite number >= 0",
                assertThrows(IllegalArgumentException.class, () -> CellSizing.nodeCount(Double.NaN, 1, 0.2, 0)).getMessage());
    }

    @Test
    void aDedicatedStackHasAtMostOneTenant() {
        assertThrows(IllegalArgumentException.class, () -> new StackInventory("d", StackKind.DEDICATED, List.of(),
                List.of("a", "b")));
    }

    @Test
    void stackKindsAndMetersAreLookedUpByYamlNameWithTheValidList() {
        assertEquals(StackKind.ISOLATED_CELL, StackKind.fromName("isolated-cell"));
        assertEquals("stack kind (dedicted) is not a stack kind; did you mean dedicated? (valid: pooled, performance-cell,"
                + " isolated-cell, dedicated)",
                assertThrows(CostInputException.class, () -> StackKind.fromName("dedicted")).getMessage());
        assertEquals(Meter.IO_OPS, Meter.fromName("io-ops"));
    }
}
