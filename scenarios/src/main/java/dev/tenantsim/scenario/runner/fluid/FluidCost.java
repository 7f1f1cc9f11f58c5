package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.CostResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly bill of the fluid path's stacks from the cost model's price book (the scenario's
 * {@code priceBook} over the defaults): each stack's app tier as {@value #APP_ITEM} instances of
 * {@value #APP_VCPUS} vCPUs and its database as {@value #DB_ITEM} instances of {@value #DB_VCPUS}
 * vCPUs, rounded up per stack, one line per item and kind of stack. SLA credits: 10% of the monthly
 * fee of every tenant whose simulated availability is below its tier's promise.
 */
final class FluidCost {
    static final String APP_ITEM = "aws.ec2.m5.2xlarge";
    static final int APP_VCPUS = 8;
    static final String DB_ITEM = "aws.rds-mysql.db.m5.large.single-az";
    static final int DB_VCPUS = 2;
    static final BigDecimal CREDIT = new BigDecimal("0.10");

    private FluidCost() {
    }

    record Bill(List<CostLine> lines, BigDecimal total, String source) {
        String note() {
            return "Bill: app tiers as " + APP_ITEM + " (" + APP_VCPUS + " vCPU) and databases as " + DB_ITEM + " ("
                    + DB_VCPUS + " vCPU) per stack, rounded up; SLA credits are a flat 10% of the fee of each tenant "
                    + "below its tier's availability promise.";
        }
    }

    static Bill bill(Scenario s, List<PlacedStack> stacks) {
        PriceBook book;
        try {
            book = s.priceBook() == null ? PriceBook.defaults() : PriceBook.defaults().overlaidBy(PriceBook.load(s.priceBook()));
        } catch (CostInputException e) {
            throw ScenarioException.of(s.name(), e.getMessage());
        }
        BigDecimal app = book.monthly(APP_ITEM).toJson();
        BigDecimal db = book.monthly(DB_ITEM).toJson();
        Map<String, long[]> qty = new LinkedHashMap<>();
        for (PlacedStack st : stacks) {
            long[] q = qty.computeIfAbsent(st.kind().label(), k -> new long[2]);
            q[0] += (st.spec().app().cores() + APP_VCPUS - 1) / APP_VCPUS;
            q[1] += (st.spec().db().cores() + DB_VCPUS - 1) / DB_VCPUS;
        }
        List<CostLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, long[]> e : qty.entrySet()) {
            for (int i = 0; i < 2; i++) {
                BigDecimal unit = i == 0 ? app : db;
                BigDecimal q = BigDecimal.valueOf(e.getValue()[i]);
                BigDecimal line = unit.multiply(q);
                lines.add(new CostLine((i == 0 ? "app " + APP_ITEM : "database " + DB_ITEM) + " (" + e.getKey() + ")",
                        "instance-month", q, unit, line));
                total = total.add(line);
            }
        }
        return new Bill(lines, total, "cost-model default price book (AWS us-east-1 on-demand list)"
                + (s.priceBook() == null ? "" : " overlaid by " + s.priceBook().getFileName()));
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

    static CostResult costResult(Bill bill, BigDecimal revenue, BigDecimal credits) {
        return new CostResult("USD", bill.lines(), bill.total(), revenue, credits, bill.source());
    }
}
