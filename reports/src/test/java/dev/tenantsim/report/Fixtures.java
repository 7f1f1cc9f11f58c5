package dev.tenantsim.report;

import dev.tenantsim.report.model.BlastRadius;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.CostResult;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.PriceMove;
import dev.tenantsim.report.model.PriceSheetResult;
import dev.tenantsim.report.model.RunInfo;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A small hand-made outcome: three tenants, two tiers, one pool, an incident in minute 2. */
final class Fixtures {
    private Fixtures() {
    }

    static RunOutcome outcome(String variant, double breachShare) {
        List<TenantResult> tenants = List.of(
                new TenantResult("acme", "pro", "pool", 1200, 1200, 0, new LatencyStats(10, 40, 180, 400, 5), 200, 0, 1, 0.2, 1.5,
                        new BigDecimal("400"), new BigDecimal("25.00"), Map.of()),
                new TenantResult("globex", "pro", "pool", 900, 890, 0.0111, new LatencyStats(12, 80, 650.5, 900, 20), 200, 2, 0.9667, 0.1, 4.2,
                        new BigDecimal("400"), new BigDecimal("12.50"), Map.of("pool-timeout", 10.0)),
                new TenantResult("bigco", "enterprise", "pool", 5000, 5000, 0, new LatencyStats(9, 30, 90, 120, 1), 250, 0, 1, 0.7, 1.1,
                        new BigDecimal("12000"), new BigDecimal("87.50"), Map.of()));
        List<TierResult> tiers = List.of(
                new TierResult("pro", 2, 2100, 2090, 0.0048, new LatencyStats(11, 60, 420, 800, 10), 200, 1, 2,
                        new BigDecimal("800"), new BigDecimal("37.50"), Map.of("pool-timeout", 10.0)),
                new TierResult("enterprise", 1, 5000, 5000, 0, new LatencyStats(9, 30, 90, 120, 1), 250, 0, 0,
                        new BigDecimal("12000"), new BigDecimal("87.50"), Map.of()));
        List<StackResult> stacks = List.of(new StackResult("pool", "pooled", 8, 3, 60, List.of(0.5, 0.97, 0.6),
                Map.of("app-cpu", List.of(0.5, 0.97, 0.6))));
        BlastRadius br = new BlastRadius(1, 2, breachShare, 0.5, "bigco", 60, List.of(0.0, 0.5, 0.0));
        List<WindowResult> windows = List.of(new WindowResult("export", 60, 120, 1, 2, 0.5, 0.5));
        CostResult cost = new CostResult("USD", List.of(new CostLine("app cores", "core-month", new BigDecimal("8"),
                new BigDecimal("15.625"), new BigDecimal("125.00"))), new BigDecimal("125.00"), new BigDecimal("12800"),
                new BigDecimal("0.00"), "test prices", new BigDecimal("0.00"), null, null);
        RunInfo info = new RunInfo("fixture", "A fixture with three tenants.", variant, 7, 3, "test engine", "2025-01-06T00:00Z", 180, 180,
                List.of("A caveat the reader must see."));
        PriceSheetResult sheet = new PriceSheetResult("USD", new BigDecimal("0.70"), List.of(new PriceMove("globex", "pro", "pooled",
                "dedicated", 0.5, new BigDecimal("12.50"), new BigDecimal("312.00"), new BigDecimal("299.50"), new BigDecimal("40.00"),
                new BigDecimal("0.00"), new BigDecimal("998.34"))), "ΔC = C_b(i) − showback_a(i)");
        return new RunOutcome(info, tenants, tiers, stacks, br, windows, cost, sheet);
    }

    static RunOutcome outcome() {
        return outcome("base", 0.5);
    }

    static Comparison comparison() {
        return new Comparison("fixture", List.of(outcome("base", 0.5), outcome("quotas", 0.0)));
    }
}
