package dev.tenantsim.scenario.runner.cost;

import dev.tenantsim.cost.CostAnalysis;
import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.Bill;
import dev.tenantsim.cost.bom.BillOfMaterials;
import dev.tenantsim.cost.bom.BomLine;
import dev.tenantsim.cost.bom.Inventory;
import dev.tenantsim.cost.bom.InventoryLine;
import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.bom.StackInventory;
import dev.tenantsim.cost.price.PriceBook;
import dev.tenantsim.cost.showback.IdleRule;
import dev.tenantsim.cost.showback.Showback;
import dev.tenantsim.cost.showback.UsageLedger;
import dev.tenantsim.cost.sla.Availability;
import dev.tenantsim.cost.sla.CreditSchedule;
import dev.tenantsim.cost.sla.CreditStep;
import dev.tenantsim.cost.sla.SlaContracts;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.tenant.TenantRoster;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.CostResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.runner.model.RequestSpan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import dev.tenantsim.workload.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost model over one run: bill of materials of the scenario's stacks (price book at
 * {@code priceBook}, else the bundled default), showback from the run's usage, SLA credits from
 * each replication's availability, and the margin. Usage per tenant is estimated from what the
 * run measured: completed requests × mean work per request (CPU-seconds, IO operations,
 * connection-seconds) plus its background queries (connections × the time they held them, at
 * most the statement timeout or the rest of the span), scaled from the span to a month of 730 h.
 * Idle capacity is attributed in proportion to usage.
 */
public final class ScenarioCosts {
    /** Seconds in a billing month (730 h, as the price book). */
    public static final double SECONDS_PER_MONTH = 730 * 3600.0;
    public static final String DEFAULT_SOURCE = "tenantsim default price book (every price names its source)";

    /** What a run's report needs: the cost record, and showback per tenant id and per tier. */
    public record View(CostResult result, Map<String, BigDecimal> tenantShowback, Map<String, BigDecimal> tierShowback) {
    }

    private ScenarioCosts() {
    }

    /** The scenario's price book: its own file over the default, or the default. */
    public static PriceBook priceBook(Scenario s) {
        try {
            return s.priceBook() == null ? PriceBook.defaults() : PriceBook.defaults().overlaidBy(PriceBook.load(s.priceBook()));
        } catch (CostInputException | IllegalArgumentException e) {
            throw ScenarioException.of(s.name(), "priceBook: " + e.getMessage());
        }
    }

    public static String priceSource(Scenario s) {
        return s.priceBook() == null ? DEFAULT_SOURCE : "price book " + s.priceBook().getFileName() + " over the default price book";
    }

    /** The bill of materials of the scenario's topology, without simulating. */
    public static Bill bill(ScenarioModel m) {
        try {
            return BillOfMaterials.price(StackPricing.inventory(m), priceBook(m.scenario()));
        } catch (CostInputException | IllegalArgumentException e) {
            throw ScenarioException.of(m.scenario().name(), "bill of materials: " + e.getMessage());
        }
    }

    /** Bill lines by item, as the report shows them. */
    public static List<CostLine> lines(Bill bill) {
        List<CostLine> out = new ArrayList<>();
        for (BomLine l : bill.linesByItem()) {
            out.add(new CostLine(l.item(), l.unit() == null ? "unit" : l.unit(), BigDecimal.valueOf(l.quantity()),
                    l.unitPrice().toBigDecimal(), l.total().toBigDecimal()));
        }
        return out;
    }

    /**
     * The cost view of a run from the measurements of every replication, whichever pass measured
     * them: usage for showback from each tenant's mean completed requests, SLA credits from each
     * replication's violation minutes through the tier's schedule ({@link #contracts}).
     */
    public static View of(ScenarioModel m, List<Measurements> runs, List<String> notes) {
        Scenario s = m.scenario();
        RequestSpan span = new RequestSpan(runs.get(0).fromMinute(), runs.get(0).minutes());
        PriceBook book = priceBook(s);
        Inventory inventory = StackPricing.inventory(m);
        TenantRoster roster = roster(m);
        CostAnalysis a;
        try {
            a = CostAnalysis.of(book, inventory, roster, ledger(m, span, runs, inventory), IdleRule.PROPORTIONAL,
                    contracts(m), availability(m, span, runs));
        } catch (CostInputException | IllegalArgumentException e) {
            throw ScenarioException.of(s.name(), "cost: " + e.getMessage());
        }
        Showback sb = a.showback();
        Map<String, BigDecimal> perTenant = new LinkedHashMap<>();
        for (int i = 0; i < roster.size(); i++) {
            perTenant.put(roster.get(i).id(), sb.tenant(i).toBigDecimal());
        }
        Map<String, BigDecimal> perTier = new LinkedHashMap<>();
        sb.byTier().forEach((tier, money) -> perTier.put(tier, money.toBigDecimal()));
        if (StackPricing.anyPricedBySize(m)) {
            notes.add("Stacks without items are priced from their size at AWS on-demand list prices: one m5 instance per app node"
                    + " (the smallest with its cores), one db.m5.large per two DB cores, one application load balancer.");
        }
        notes.add("Showback: each stack's bill by measured use (CPU-seconds, IO operations, connection-seconds: completed requests"
                + " x mean work, plus background queries), idle capacity in proportion; SLA credits apply each tier's schedule to"
                + " the month's availability, counting the simulated span's violation minutes against a 30-day month (the rest"
                + " of the month assumed clean), mean over replications.");
        CostResult result = new CostResult("USD", lines(a.bill()), a.bill().total().toBigDecimal(), roster.revenue().toBigDecimal(),
                a.credits().total().mean().toBigDecimal(), priceSource(s), sb.platform().toBigDecimal(),
                s.costs().publishedMonthlyBill(), s.costs().publishedNote());
        return new View(result, perTenant, perTier);
    }

    public static TenantRoster roster(ScenarioModel m) {
        List<TenantFacts> facts = new ArrayList<>();
        for (TenantProfile p : m.workload().population().tenants()) {
            facts.add(new TenantFacts(p.id(), p.tier(), p.users(), Money.of(p.monthlyRevenue())));
        }
        return new TenantRoster(facts);
    }

    /** Per tier: the scenario's schedule, else 10% of the fee below the promise, 25% below ten times the allowed downtime. */
    public static SlaContracts contracts(ScenarioModel m) {
        Map<String, CreditSchedule> byTier = new LinkedHashMap<>();
        for (Tier t : m.tiers().tiers()) {
            String own = m.scenario().costs().slaCredits().get(t.name());
            if (own != null) {
                byTier.put(t.name(), CreditSchedule.parse(own));
                continue;
            }
            double a = t.slo().availabilityTarget();
            if (!(a < 1)) {
                byTier.put(t.name(), CreditSchedule.none());
                continue;
            }
            BigDecimal promise = BigDecimal.valueOf(a).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
            BigDecimal lower = BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(promise).multiply(BigDecimal.TEN));
            List<CreditStep> steps = new ArrayList<>();
            steps.add(CreditStep.of(promise.toPlainString(), "0.10"));
            if (lower.signum() > 0) {
                steps.add(CreditStep.of(lower.toPlainString(), "0.25"));
            }
            byTier.put(t.name(), new CreditSchedule(steps));
        }
        return new SlaContracts(byTier);
    }

    /**
     * The availability SLA credits are judged on (the one rule): a span's violation minutes against a
     * 30-day month when the span is shorter (the rest of the month assumed free of violations: the span
     * is the month's incident), else against the span.
     */
    public static Availability monthAvailability(long violationMinutes, int spanMinutes) {
        return new Availability(violationMinutes, Math.max(spanMinutes, Availability.MINUTES_PER_30_DAYS));
    }

    /** {@link #monthAvailability} of every tenant, per replication. */
    static List<Availability[]> availability(ScenarioModel m, RequestSpan span, List<Measurements> runs) {
        List<Availability[]> out = new ArrayList<>();
        for (Measurements r : runs) {
            Availability[] a = new Availability[m.tenantCount()];
            for (int i = 0; i < a.length; i++) {
                a[i] = monthAvailability(r.tenant(i).violationMinuteCount(), span.minutes());
            }
            out.add(a);
        }
        return out;
    }

    /** Usage per tenant and meter (monthly), and capacity per stack and meter, for every metered line. */
    static UsageLedger ledger(ScenarioModel m, RequestSpan span, List<Measurements> runs, Inventory inventory) {
        int n = m.tenantCount();
        double scale = SECONDS_PER_MONTH / span.seconds();
        Map<Meter, double[]> usage = new EnumMap<>(Meter.class);
        for (Meter meter : Meter.values()) {
            if (meter.metered()) {
                usage.put(meter, new double[n]);
            }
        }
        for (int i = 0; i < n; i++) {
            int t = i;
            double completed = runs.stream().mapToDouble(r -> r.tenant(t).completed()).average().orElse(0);
            // Mean work from the tenant's signature, its jobs within the span: no per-minute rates are
            // built, so a long horizon of many tenants costs no memory here.
            Signature sig = m.workload().signature(i);
            RequestWork w = sig.work();
            StackSpec spec = m.layout().stack(m.layout().stackOf(i)).spec();
            double cpu = completed * (w.appCpuSeconds().mean() + w.dbCpuSeconds().mean());
            double io = completed * w.dbIoOps().mean();
            double conn = completed * (w.dbCpuSeconds().mean() + w.dbIoOps().mean() * spec.db().secondsPerIo()
                    + w.connectionHoldSeconds().mean());
            for (ScheduledJob j : sig.jobs(span.fromMinute(), span.toMinute())) {
                double start = j.startSecond() - span.fromSeconds();
                if (!(start >= 0 && start < span.seconds())) {
                    continue;
                }
                double left = span.seconds() - start;
                double held = Math.min(left, m.controls().statementTimeout(i));
                double conns = j.connections();
                conn += conns * held;
                cpu += Math.min(conns * Math.min(held, j.durationSeconds()), spec.db().cores() * left);
            }
            usage.get(Meter.CPU_SECONDS)[i] = cpu * scale;
            usage.get(Meter.IO_OPS)[i] = io * scale;
            usage.get(Meter.CONNECTION_SECONDS)[i] = conn * scale;
            usage.get(Meter.STORAGE_GB)[i] = m.workload().tenant(i).dataBytes() / 1e9;
        }
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(m.workload().tenant(i).id(), i);
        }
        UsageLedger.Builder b = UsageLedger.builder(n);
        for (StackInventory st : inventory.stacks()) {
            if (st.tenantIds().isEmpty()) {
                continue;
            }
            Map<Meter, Double> capacity = capacity(m, st, usage, indexOf);
            for (InventoryLine line : st.lines()) {
                Meter meter = line.meter();
                if (!meter.metered() || !capacity.containsKey(meter)) {
                    continue;
                }
                b.capacity(st.id(), meter, capacity.get(meter));
                for (String id : st.tenantIds()) {
                    int i = indexOf.get(id);
                    b.add(st.id(), meter, i, usage.get(meter)[i]);
                }
            }
        }
        return b.build();
    }

    /** What a stack could serve in a month per meter; the platform stack sums every stack's capacity. */
    private static Map<Meter, Double> capacity(ScenarioModel m, StackInventory st, Map<Meter, double[]> usage, Map<String, Integer> indexOf) {
        Map<Meter, Double> out = new EnumMap<>(Meter.class);
        List<StackSpec> specs = new ArrayList<>();
        if (StackPricing.PLATFORM_STACK.equals(st.id()) && m.layout().stacks().stream().noneMatch(p -> p.name().equals(st.id()))) {
            m.layout().stacks().forEach(p -> specs.add(p.spec()));
        } else {
            m.layout().stacks().stream().filter(p -> p.name().equals(st.id())).findFirst().ifPresent(p -> specs.add(p.spec()));
        }
        double cpu = 0;
        double io = 0;
        double conns = 0;
        for (StackSpec spec : specs) {
            int shards = spec.db().shards();
            cpu += (spec.app().cores() + spec.db().cores() * shards) * SECONDS_PER_MONTH;
            io += spec.db().iops() * shards * SECONDS_PER_MONTH;
            conns += spec.db().maxConnections() * shards * SECONDS_PER_MONTH;
        }
        double storage = 0;
        for (String id : st.tenantIds()) {
            storage += usage.get(Meter.STORAGE_GB)[indexOf.get(id)];
        }
        out.put(Meter.CPU_SECONDS, cpu);
        out.put(Meter.IO_OPS, io);
        out.put(Meter.CONNECTION_SECONDS, conns);
        out.put(Meter.STORAGE_GB, Math.max(1, storage));
        return out;
    }
}
