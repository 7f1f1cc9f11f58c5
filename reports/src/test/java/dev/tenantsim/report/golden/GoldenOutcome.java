package dev.tenantsim.report.golden;

import dev.tenantsim.report.model.BlastRadius;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.CostResult;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.PriceMove;
import dev.tenantsim.report.model.PriceSheetResult;
import dev.tenantsim.report.model.RunInfo;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.SloBudgetResult;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed outcome the golden files are written from: six tenants in three tiers on a pool and a
 * dedicated stack over 25 hours (so the heatmap is drawn too), an export incident with a blast
 * radius and an aggressor, two windows, a bill of four lines with showback and a platform line, a
 * published bill, and a two-move price sheet. Every number is a literal, so the files can change
 * only when a writer does.
 */
final class GoldenOutcome {
    static final int HOURS = 25;

    private GoldenOutcome() {
    }

    /** The base run; with {@code quotas} the export incident is contained (the comparison's variant). */
    static RunOutcome outcome(String variant, boolean quotas) {
        List<TenantResult> tenants = List.of(
                tenant("free-a", "free", "pool-1", 3000, 2950, 0.0167, new LatencyStats(40, 300, 1200, 2500, 80), 800,
                        quotas ? 0 : 45, quotas ? 1 : 0.97, 0.05, 2.4, "0", "12.40",
                        causes("rate-limited", 30.0, "pool-timeout", 20.0)),
                tenant("free-b", "free", "pool-1", 1500, 1500, 0, new LatencyStats(35, 120, 400, 700, 12), 800, 0, 1, 0.03,
                        Double.NaN, "0", "6.20", Map.of()),
                tenant("pro-c", "pro", "pool-1", 20000, 19990, 0.0005, new LatencyStats(20, 90, 420, 900, 15), 300,
                        quotas ? 0 : 12.5, quotas ? 1 : 0.99167, 0.22, 1.8, "499", "88.10", causes("pool-timeout", 10.0)),
                tenant("pro-d", "pro", "pool-1", 18000, 18000, 0, new LatencyStats(18, 70, 250, 480, 9), 300, 0, 1, 0.2, 1.3,
                        "499", "80.00", Map.of()),
                tenant("bigexport", "enterprise", "pool-1", 60000, 60000, 0, new LatencyStats(25, 110, 140, 320, 4), 150, 0, 1,
                        0.5, 1.1, "4000", "200.00", Map.of()),
                tenant("megacorp", "enterprise", "ded-megacorp", 90000, 90000, 0, new LatencyStats(12, 40, 95, 180, 2.5), 150, 0,
                        1, 1.0, Double.NaN, "12000", "1210.00", Map.of()));
        List<TierResult> tiers = List.of(
                new TierResult("free", 2, 4500, 4450, 0.0111, new LatencyStats(38, 250, 1000, 2200, 60), 800, quotas ? 0 : 1,
                        quotas ? 0 : 45, money("0"), money("18.60"), causes("rate-limited", 30.0, "pool-timeout", 20.0),
                        new SloBudgetResult("timeslices", null, null, 60.0, HOURS * 3600, quotas ? 0 : 0.015, null, null)),
                new TierResult("pro", 2, 38000, 37990, 0.00026, new LatencyStats(19, 80, 350, 700, 11), 300, quotas ? 0 : 1,
                        quotas ? 0 : 12.5, money("998"), money("168.10"), causes("pool-timeout", 10.0),
                        new SloBudgetResult("occurrences", 0.999, 300.0, null, 28 * 86_400, quotas ? 0.0005 : 0.002,
                                quotas ? 0.98139881 : 0.925595238, quotas ? 0.5 : 2.0)),
                new TierResult("enterprise", 2, 150000, 150000, 0, new LatencyStats(16, 70, 120, 260, 3), 150, 0, 0,
                        money("16000"), money("1410.00"), Map.of(),
                        new SloBudgetResult("timeslices", 0.9995, null, 60.0, 86_400, 0.0, 1.0, 0.0)));
        List<StackResult> stacks = List.of(
                new StackResult("pool-1", "pooled", 16, 5, 3600, hourly(0.31, 0.97),
                        byResource("app-cpu", hourly(0.31, 0.97), "db-cpu", hourly(0.2, 0.64))),
                new StackResult("ded-megacorp", "dedicated", 8, 1, 3600, hourly(0.22, 0.55),
                        byResource("app-cpu", hourly(0.22, 0.55))));
        List<Double> inViolation = new ArrayList<>();
        for (int h = 0; h < HOURS; h++) {
            inViolation.add(quotas ? 0.0 : h == 10 || h == 11 ? 0.4 : h == 12 ? 0.2 : 0.0);
        }
        BlastRadius br = new BlastRadius(quotas ? 0 : 2, 5, quotas ? 0 : 0.4, quotas ? 0 : 0.0384, "bigexport", 3600, inViolation);
        List<WindowResult> windows = List.of(
                new WindowResult("night", 0, 21600, 0, 5, 0, 0),
                new WindowResult("export", 36000, 43200, quotas ? 0 : 2, 5, quotas ? 0 : 0.4, quotas ? 0 : 0.0384));
        CostResult cost = new CostResult("USD", List.of(
                line("app cores (pool-1)", "core-month", "16", "31.25", "500.00"),
                line("app cores (ded-megacorp)", "core-month", "8", "31.25", "250.00"),
                line("postgres db.r6g.large", "instance-month", "2", "480.00", "960.00"),
                line("egress", "GB-month", "1200", "0.09", "108.00")),
                money("1818.00"), money("16998"), money(quotas ? "0.00" : "24.95"), "test price book (golden)", money("221.30"),
                money("1900.00"), "the vendor's calculator rounds cores up");
        PriceSheetResult sheet = new PriceSheetResult("USD", new BigDecimal("0.65"), List.of(
                new PriceMove("pro-c", "pro", "pooled", "cell", 2.5, money("88.10"), money("260.00"), money("171.90"),
                        money("24.95"), money("0.00"), money("491.14")),
                new PriceMove("free-a", "free", "pooled", "cell", 0.8, money("12.40"), money("90.00"), money("77.60"),
                        money("0.00"), money("0.00"), money("221.71"))),
                "ΔC = C_b(i) − showback_a(i); list = ΔC / (1 − margin).");
        RunInfo info = new RunInfo("golden", "A fixed outcome the report's golden files are written from.", variant, 42, 2,
                "golden test engine", "2025-03-17T00:00Z", HOURS * 3600.0, HOURS * 3600.0,
                List.of("Work sampled as lognormal.", "A caveat with <markup> & quotes \"to escape\"."));
        return new RunOutcome(info, tenants, tiers, stacks, br, windows, cost, sheet);
    }

    static RunOutcome outcome() {
        return outcome("base", false);
    }

    static Comparison comparison() {
        return new Comparison("golden", List.of(outcome("base", false), outcome("quotas", true)));
    }

    private static TenantResult tenant(String id, String tier, String stack, double offered, double completed, double errorRate,
                                       LatencyStats latency, double slo, double violationMinutes, double availability,
                                       double loadShare, double impact, String revenue, String showback,
                                       Map<String, Double> errors) {
        return new TenantResult(id, tier, stack, offered, completed, errorRate, latency, slo, violationMinutes, availability,
                loadShare, impact, money(revenue), money(showback), errors);
    }

    /** A day curve in whole percent: {@code low} at night rising to {@code peak} at 11:00, hour by hour. */
    private static List<Double> hourly(double low, double peak) {
        List<Double> u = new ArrayList<>();
        for (int h = 0; h < HOURS; h++) {
            double x = Math.max(0, 1 - Math.abs(h % 24 - 11) / 8.0);
            u.add(Math.round((low + (peak - low) * x) * 100) / 100.0);
        }
        return u;
    }

    private static Map<String, List<Double>> byResource(Object... kv) {
        Map<String, List<Double>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Double> v = (List<Double>) kv[i + 1];
            m.put((String) kv[i], v);
        }
        return m;
    }

    private static Map<String, Double> causes(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }

    private static CostLine line(String item, String unit, String quantity, String unitPrice, String total) {
        return new CostLine(item, unit, new BigDecimal(quantity), new BigDecimal(unitPrice), new BigDecimal(total));
    }

    private static BigDecimal money(String v) {
        return new BigDecimal(v);
    }
}
