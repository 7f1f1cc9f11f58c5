package dev.tenantsim.cost.showback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Showback never loses or double-counts a micro-dollar, under every idle rule, on random ledgers. */
final class ShowbackPropertyTest {
    private static final Meter[] METERS = Meter.values();

    record LineCase(int meter, long unitMicros, int quantity) {
    }

    record StackCase(List<Boolean> members, List<LineCase> lines, List<Double> capacity, List<Double> usage) {
    }

    record Case(int tenants, List<StackCase> stacks) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(1, 25).flatMap(n -> stack(n).list().ofMinSize(1).ofMaxSize(4)
                .map(stacks -> new Case(n, stacks)));
    }

    private static Arbitrary<StackCase> stack(int n) {
        Arbitrary<LineCase> line = Combinators.combine(Arbitraries.integers().between(0, METERS.length - 1),
                Arbitraries.longs().between(0, 5_000_000_000L), Arbitraries.integers().between(0, 20)).as(LineCase::new);
        Arbitrary<Double> usage = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(5, Arbitraries.doubles().between(0, 200_000)));
        return Combinators.combine(Arbitraries.of(true, false).list().ofSize(n), line.list().ofMaxSize(6),
                Arbitraries.doubles().between(1, 1_000_000).list().ofSize(METERS.length),
                usage.list().ofSize(METERS.length * n)).as(StackCase::new);
    }

    @Property(tries = 300, seed = "20250317")
    void showbackPlusPlatformEqualsTheBillUnderEveryIdleRule(@ForAll("cases") Case c) {
        List<PriceItem> items = new ArrayList<>();
        List<TenantFacts> tenants = new ArrayList<>();
        for (int i = 0; i < c.tenants(); i++) {
            tenants.add(new TenantFacts("t" + i, i % 3 == 0 ? "pro" : "free", i * 10L, Money.ZERO));
        }
        TenantRoster roster = new TenantRoster(tenants);
        List<StackInventory> stacks = new ArrayList<>();
        UsageLedger.Builder ledger = UsageLedger.builder(c.tenants());
        Money emptyStacks = Money.ZERO;
        for (int s = 0; s < c.stacks().size(); s++) {
            StackCase sc = c.stacks().get(s);
            String id = "s" + s;
            List<String> members = new ArrayList<>();
            for (int i = 0; i < c.tenants(); i++) {
                if (sc.members().get(i)) {
                    members.add("t" + i);
                }
            }
            List<InventoryLine> lines = new ArrayList<>();
            Money stackTotal = Money.ZERO;
            for (int l = 0; l < sc.lines().size(); l++) {
                LineCase lc = sc.lines().get(l);
                String item = id + "-item" + l;
                items.add(new PriceItem(item, Money.ofMicros(lc.unitMicros()), null, "u", "test", "", "test"));
                lines.add(new InventoryLine(item, lc.quantity(), METERS[lc.meter()]));
                stackTotal = stackTotal.plus(Money.ofMicros(lc.unitMicros()).times(lc.quantity()));
            }
            if (members.isEmpty()) {
                emptyStacks = emptyStacks.plus(stackTotal);
            }
            stacks.add(new StackInventory(id, StackKind.POOLED, lines, members));
            for (int m = 0; m < METERS.length; m++) {
                if (!METERS[m].metered()) {
                    continue;
                }
                ledger.capacity(id, METERS[m], sc.capacity().get(m));
                for (int i = 0; i < c.tenants(); i++) {
                    if (sc.members().get(i)) {
                        ledger.add(id, METERS[m], i, sc.usage().get(m * c.tenants() + i));
                    }
                }
            }
        }
        Bill bill = BillOfMaterials.price(new Inventory(stacks), PriceBook.of(items));
        UsageLedger built = ledger.build();
        for (IdleRule rule : IdleRule.values()) {
            Showback sb = ShowbackCalculator.allocate(bill, roster, built, rule);
            long sum = 0;
            for (ShowbackLine line : sb.lines()) {
                assertTrue(!line.used().isNegative() && !line.idle().isNegative(), line.toString());
                if (rule == IdleRule.PLATFORM && !line.isPlatform()) {
                    assertTrue(line.idle().isZero(), "rule platform charges tenants no idle: " + line);
                }
                sum = Math.addExact(sum, line.total().micros());
            }
            long tenantsPlusPlatform = sb.platform().micros();
            for (int i = 0; i < roster.size(); i++) {
                tenantsPlusPlatform += sb.tenant(i).micros();
            }
            assertEquals(bill.total().micros(), sum, rule + ": lines");
            assertEquals(bill.total().micros(), tenantsPlusPlatform, rule + ": tenants + platform");
            assertEquals(Money.sum(sb.byTier().values()).plus(sb.platform()), bill.total(), rule + ": tiers + platform");
            if (rule != IdleRule.PLATFORM) {
                assertEquals(emptyStacks, sb.platform(), rule + ": only stacks without tenants stay on the platform");
            }
        }
    }
}
