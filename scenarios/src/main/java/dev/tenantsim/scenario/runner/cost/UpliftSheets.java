package dev.tenantsim.scenario.runner.cost;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.CellTemplate;
import dev.tenantsim.cost.bom.InventoryLine;
import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.bom.StackKind;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.sla.CreditSchedule;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.uplift.DedicatedStackCost;
import dev.tenantsim.cost.uplift.PriceSheet;
import dev.tenantsim.cost.uplift.PriceSheetRow;
import dev.tenantsim.cost.uplift.UpliftCandidate;
import dev.tenantsim.cost.uplift.UpliftPricer;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.report.model.PriceMove;
import dev.tenantsim.report.model.PriceSheetResult;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.RequestSpan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The isolation-uplift price sheet of a run (docs/metrics.md "Isolation uplift"), for the tenants that
 * had solo runs (the most affected ones on shared stacks): the move from their shared stack to a
 * dedicated copy of it. ΔC is the dedicated stack's bill, its app nodes sized to the tenant's peak
 * app CPU (cores) with {@link #HEADROOM} free, minus the tenant's showback now; the SLA risk it
 * removes is its expected credits in the shared run minus those in its solo run (the same tenant,
 * alone on a copy of its stack, same arrivals); the list price earns {@link #TARGET_MARGIN} on ΔC.
 * Stacks whose items name no CPU-metered node are not quoted.
 */
public final class UpliftSheets {
    /** Gross margin the list price must earn on the incremental cost. */
    public static final BigDecimal TARGET_MARGIN = new BigDecimal("0.70");
    /** Share of a dedicated stack's app nodes left free at the tenant's peak. */
    public static final double HEADROOM = 0.3;

    private UpliftSheets() {
    }

    /** The sheet, or null when no tenant can be quoted. */
    public static PriceSheetResult of(ScenarioModel m, RequestSpan span, List<Results> shared, Map<Integer, List<Results>> solo,
                                      ScenarioCosts.View cost) {
        if (solo.isEmpty() || cost.tenantShowback() == null) {
            return null;
        }
        PriceBook book = ScenarioCosts.priceBook(m.scenario());
        var contracts = ScenarioCosts.contracts(m);
        List<TenantLoad> loads = m.tenantLoads(span);
        List<PriceMove> moves = new ArrayList<>();
        for (Map.Entry<Integer, List<Results>> e : solo.entrySet()) {
            int i = e.getKey();
            int s = m.layout().stackOf(i);
            if (m.layout().tenantsOn(s).size() < 2) {
                continue;
            }
            CellTemplate template = dedicatedTemplate(m.layout().stack(s));
            if (template == null) {
                continue;
            }
            TenantProfile p = m.workload().tenant(i);
            TenantFacts facts = new TenantFacts(p.id(), p.tier(), p.users(), Money.of(p.monthlyRevenue()));
            CreditSchedule schedule = contracts.schedule(p.tier());
            Map<StackKind, Money> credits = new EnumMap<>(StackKind.class);
            credits.put(StackKind.POOLED, meanCredit(schedule, facts.monthlyFee(), shared, i, span));
            credits.put(StackKind.DEDICATED, meanCredit(schedule, facts.monthlyFee(), e.getValue(), 0, span));
            double peak = peakCores(loads.get(i), span);
            UpliftCandidate c = new UpliftCandidate(facts, StackKind.POOLED, Money.of(cost.tenantShowback().get(p.id())), peak, credits);
            try {
                PriceSheet sheet = UpliftPricer.price(List.of(c), List.of(new DedicatedStackCost(template, book)), TARGET_MARGIN,
                        new double[0]);
                for (PriceSheetRow r : sheet.moves()) {
                    moves.add(new PriceMove(r.tenantId(), r.tier(), r.from().yamlName(), r.to().yamlName(), r.peakDemand(),
                            r.costFrom().toBigDecimal(), r.costTo().toBigDecimal(), r.deltaCost().toBigDecimal(),
                            r.creditsFrom().toBigDecimal(), r.creditsTo().toBigDecimal(), r.listPrice().toBigDecimal()));
                }
            } catch (CostInputException | IllegalArgumentException ex) {
                // a stack the price book cannot size is left out of the sheet; the bill already reported its items
            }
        }
        return moves.isEmpty() ? null : new PriceSheetResult("USD", TARGET_MARGIN, moves, PriceSheet.DEFINITION);
    }

    /** A dedicated copy of a stack: its CPU-metered line becomes the node, sized per tenant; the rest is fixed. */
    static CellTemplate dedicatedTemplate(PlacedStack st) {
        List<InventoryLine> lines = StackPricing.lines(st.stack());
        InventoryLine node = null;
        List<InventoryLine> fixed = new ArrayList<>();
        for (InventoryLine l : lines) {
            if (node == null && l.meter() == Meter.CPU_SECONDS && l.quantity() > 0) {
                node = l;
            } else {
                fixed.add(l);
            }
        }
        if (node == null) {
            return null;
        }
        double coresPerNode = (double) st.spec().app().cores() / node.quantity();
        return new CellTemplate(StackKind.DEDICATED, fixed, node.item(), Meter.CPU_SECONDS, coresPerNode, HEADROOM, 1);
    }

    /** Peak app CPU demand in cores: the busiest minute's rate times the mean app CPU per request. */
    static double peakCores(TenantLoad load, RequestSpan span) {
        double peak = 0;
        for (int minute = 0; minute < span.minutes(); minute++) {
            peak = Math.max(peak, load.rate().at(minute));
        }
        return peak * load.work().appCpuSeconds().mean();
    }

    private static Money meanCredit(CreditSchedule schedule, Money fee, List<Results> runs, int tenant, RequestSpan span) {
        long sum = 0;
        for (Results r : runs) {
            sum += schedule.credit(fee, ScenarioCosts.monthAvailability(r.tenant(tenant).violationMinuteCount(),
                    span.minutes())).micros();
        }
        return Money.ofMicros(Math.round((double) sum / runs.size()));
    }
}
