package dev.tenantsim.cost;

import dev.tenantsim.cost.bom.Bill;
import dev.tenantsim.cost.bom.BillOfMaterials;
import dev.tenantsim.cost.bom.Inventory;
import dev.tenantsim.cost.margin.MarginStatement;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.showback.IdleRule;
import dev.tenantsim.cost.showback.Showback;
import dev.tenantsim.cost.showback.ShowbackCalculator;
import dev.tenantsim.cost.showback.UsageLedger;
import dev.tenantsim.cost.sla.Availability;
import dev.tenantsim.cost.sla.SlaContracts;
import dev.tenantsim.cost.sla.SlaCreditCalculator;
import dev.tenantsim.cost.sla.SlaCredits;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.util.List;
import java.util.Objects;

/**
 * Everything the cost model says about one topology and one simulated outcome: the bill of
 * materials, the showback, the SLA credits and the margin. The one call reports and scenarios
 * need; the parts are also usable on their own.
 *
 * @param margin revenue = the roster's monthly fees, infrastructure = the bill, credits = the
 *               expected (mean over replications) total SLA credits
 */
public record CostAnalysis(Bill bill, Showback showback, SlaCredits credits, MarginStatement margin) {
    public CostAnalysis {
        Objects.requireNonNull(bill, "bill");
        Objects.requireNonNull(showback, "showback");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(margin, "margin");
    }

    /**
     * Prices an inventory and attributes it.
     *
     * @param availability one array per replication, indexed by dense tenant index of {@code roster}
     */
    public static CostAnalysis of(PriceBook book, Inventory inventory, TenantRoster roster, UsageLedger ledger,
            IdleRule idleRule, SlaContracts contracts, List<Availability[]> availability) {
        Bill bill = BillOfMaterials.price(inventory, book);
        Showback showback = ShowbackCalculator.allocate(bill, roster, ledger, idleRule);
        SlaCredits credits = SlaCreditCalculator.credits(roster, contracts, availability);
        MarginStatement margin = new MarginStatement(roster.revenue(), bill.total(), credits.total().mean());
        return new CostAnalysis(bill, showback, credits, margin);
    }
}
