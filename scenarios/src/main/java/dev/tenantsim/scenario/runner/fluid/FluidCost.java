package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.CostResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.runner.cost.ScenarioCosts;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Money on the fluid path: the bill of materials of the scenario's stacks from the same cost
 * mapping as the request-level runner ({@link ScenarioCosts#bill}), and SLA credits of 10% of the
 * monthly fee of every tenant whose simulated availability over the horizon is below its tier's
 * promise (showback needs per-request usage and is left to the request-level runner).
 */
final class FluidCost {
    static final BigDecimal CREDIT = new BigDecimal("0.10");

    private FluidCost() {
    }

    record Bill(List<CostLine> lines, BigDecimal total, String source) {
        String note() {
            return "Money: bill of materials as the request-level runner prices it; SLA credits are a flat 10% of the fee of "
                    + "each tenant whose fluid availability over the horizon is below its tier's promise; no showback.";
        }
    }

    static Bill bill(ScenarioModel m) {
        var b = ScenarioCosts.bill(m);
        return new Bill(ScenarioCosts.lines(b), b.total().toBigDecimal(), ScenarioCosts.priceSource(m.scenario()));
    }

    static BigDecimal slaCredits(ScenarioModel model, List<TenantResult> tenants) {
        BigDecimal credits = BigDecimal.ZERO;
        List<TenantProfile> profiles = model.workload().population().tenants();
        for (int t = 0; t < tenants.size(); t++) {
            TenantProfile p = profiles.get(t);
            double promise = p.slo(model.tiers().tier(p.tier())).availabilityTarget();
            if (promise < 1.0 && tenants.get(t).availability() < promise) {
                credits = credits.add(p.monthlyRevenue().multiply(CREDIT));
            }
        }
        return credits.setScale(2, RoundingMode.HALF_EVEN);
    }

    static CostResult costResult(Scenario s, Bill bill, BigDecimal revenue, BigDecimal credits) {
        return new CostResult("USD", bill.lines(), bill.total(), revenue, credits, bill.source(), null,
                s.costs().publishedMonthlyBill(), s.costs().publishedNote());
    }
}
