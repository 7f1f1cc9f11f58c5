package dev.tenantsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.casestudy.ConsolidationCaseStudy;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.showback.IdleRule;
import dev.tenantsim.cost.showback.UsageLedger;
import dev.tenantsim.cost.sla.Availability;
import dev.tenantsim.cost.sla.CreditSchedule;
import dev.tenantsim.cost.sla.SlaContracts;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The consolidation case study end to end, with a made-up roster: customers 1-10 enterprise
 * ($2,000/month, 5,000 MAU), 11-200 standard ($300/month, 200 MAU): revenue $77,000, 88,000 MAU.
 * Every stack runs at 10% of its capacity on every meter.
 */
final class CostAnalysisTest {
    static final PriceBook BOOK = PriceBook.defaults();
    static final List<String> IDS = ConsolidationCaseStudy.customers();
    static final TenantRoster ROSTER;
    static final SlaContracts CONTRACTS = new SlaContracts(Map.of("enterprise", CreditSchedule.standard(),
            "standard", CreditSchedule.none()));

    static {
        List<TenantFacts> t = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            boolean ent = i < 10;
            t.add(new TenantFacts(IDS.get(i), ent ? "enterprise" : "standard", ent ? 5_000 : 200,
                    Money.ofDollars(ent ? 2_000 : 300)));
        }
        ROSTER = new TenantRoster(t);
    }

    private static UsageLedger tenPercentEverywhere(boolean dedicated) {
        UsageLedger.Builder b = UsageLedger.builder(IDS.size());
        for (Meter m : List.of(Meter.CPU_SECONDS, Meter.IO_OPS, Meter.CONNECTION_SECONDS)) {
            if (dedicated) {
                for (int i = 0; i < IDS.size(); i++) {
                    b.capacity("dedicated/" + IDS.get(i), m, 1_000).add("dedicated/" + IDS.get(i), m, i, 100);
                }
            } else {
                b.capacity("platform", m, 200_000);
                for (int i = 0; i < IDS.size(); i++) {
                    b.add("platform", m, i, 100);
                }
            }
        }
        return b.build();
    }

    private static List<Availability[]> allUp(int replications) {
        List<Availability[]> reps = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            Availability[] a = new Availability[IDS.size()];
            Arrays.fill(a, new Availability(0, Availability.MINUTES_PER_30_DAYS));
            reps.add(a);
        }
        return reps;
    }

    @Test
    void beforeAndAfterConsolidationBillShowbackCostPerMauAndMargin() {
        CostAnalysis before = CostAnalysis.of(BOOK, ConsolidationCaseStudy.multiInstanceEstate(), ROSTER,
                tenPercentEverywhere(true), IdleRule.PROPORTIONAL, CONTRACTS, allUp(2));
        List<Availability[]> after = allUp(2);
        after.get(1)[0] = new Availability(216, Availability.MINUTES_PER_30_DAYS); // 99.5%: 10% of $2,000
        CostAnalysis consolidated = CostAnalysis.of(BOOK, ConsolidationCaseStudy.consolidatedPlatform(), ROSTER,
                tenPercentEverywhere(false), IdleRule.PROPORTIONAL, CONTRACTS, after);

        assertEquals(Money.ofDollars(45_000), before.bill().total());
        assertEquals(Money.ofDollars(9_000), consolidated.bill().total());
        // each customer pays its own $190 stack plus an even $35 of the $7,000 estate-wide lines
        assertEquals(Money.ofDollars(225), before.showback().tenant("customer-042"));
        assertEquals(Money.ZERO, before.showback().platform());
        // equal usage on one platform: $9,000 / 200 each
        assertEquals(Money.ofDollars(45), consolidated.showback().tenant("customer-042"));
        assertEquals(Money.parse("0.511364"), before.showback().costPerMau().orElseThrow(), "45,000 / 88,000");
        assertEquals(Money.parse("0.102273"), consolidated.showback().costPerMau().orElseThrow(), "9,000 / 88,000");

        assertEquals(Money.ofDollars(77_000), before.margin().revenue());
        assertEquals(42, before.margin().grossMarginPercent(), "32,000 / 77,000");
        assertEquals(Money.ofDollars(100), consolidated.credits().total().mean(), "(0 + 200) / 2 replications");
        assertEquals("0.881818", consolidated.margin().grossMargin(6).toPlainString(), "(77,000 − 9,000 − 100) / 77,000");
        assertEquals(Money.ofDollars(35_900), before.margin().to(consolidated.margin()).net());
    }

    @Test
    void underThePlatformRuleIdleCapacityStaysWithThePlatform() {
        CostAnalysis before = CostAnalysis.of(BOOK, ConsolidationCaseStudy.multiInstanceEstate(), ROSTER,
                tenPercentEverywhere(true), IdleRule.PLATFORM, CONTRACTS, allUp(1));
        // used 10% of $30 + $70 + $25 = $12.50, plus the stack's $65 of ALB and NAT overhead
        assertEquals(Money.parse("77.50"), before.showback().tenant("customer-001"));
        // 200 × $112.50 idle, plus the estate lines nobody meters
        assertEquals(Money.ofDollars(29_500), before.showback().platform());
        assertEquals(Money.ofDollars(45_000), before.showback().allocated());
    }
}
