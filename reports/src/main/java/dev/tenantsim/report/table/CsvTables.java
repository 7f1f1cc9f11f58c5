package dev.tenantsim.report.table;

import dev.tenantsim.report.model.ClassResult;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.DataTierResult;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.SloBudgetResult;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * CSV tables of a report, written with Tablesaw. Every number becomes text through
 * {@link CsvNumber} by its column's kind (count, time, share), whichever pass measured it, so the
 * fluid pass's floating-point residue never reaches a file; money is written as plain decimal
 * strings so no precision is lost.
 */
public final class CsvTables {
    private CsvTables() {
    }

    public static Table tenants(RunOutcome o) {
        List<TenantResult> ts = o.tenants();
        Table table = Table.create("tenants",
                StringColumn.create("tenant", ts.stream().map(TenantResult::id)),
                StringColumn.create("tier", ts.stream().map(TenantResult::tier)),
                StringColumn.create("stack", ts.stream().map(TenantResult::stack)),
                CsvNumber.COUNT.column("offered_requests", ts.stream().mapToDouble(TenantResult::offeredRequests)),
                CsvNumber.COUNT.column("completed_requests", ts.stream().mapToDouble(TenantResult::completedRequests)),
                CsvNumber.SHARE.column("error_rate", ts.stream().mapToDouble(TenantResult::errorRate)),
                StringColumn.create("errors_by_cause", ts.stream().map(t -> causes(t.errorsByCause()))),
                CsvNumber.TIME.column("p50_ms", ts.stream().mapToDouble(t -> t.latency().p50Ms())),
                CsvNumber.TIME.column("p95_ms", ts.stream().mapToDouble(t -> t.latency().p95Ms())),
                CsvNumber.TIME.column("p99_ms", ts.stream().mapToDouble(t -> t.latency().p99Ms())),
                CsvNumber.TIME.column("p999_ms", ts.stream().mapToDouble(t -> t.latency().p999Ms())),
                CsvNumber.TIME.column("p99_ci95_halfwidth_ms", ts.stream().mapToDouble(t -> t.latency().p99HalfWidthMs())),
                CsvNumber.TIME.column("slo_p99_ms", ts.stream().mapToDouble(TenantResult::sloP99Ms)),
                CsvNumber.COUNT.column("slo_violation_minutes", ts.stream().mapToDouble(TenantResult::violationMinutes)),
                CsvNumber.SHARE.column("availability", ts.stream().mapToDouble(TenantResult::availability)),
                CsvNumber.SHARE.column("load_share", ts.stream().mapToDouble(TenantResult::loadShare)),
                CsvNumber.SHARE.column("noisy_neighbor_impact", ts.stream().mapToDouble(TenantResult::noisyNeighborImpact)),
                StringColumn.create("monthly_revenue", ts.stream().map(t -> plain(t.monthlyRevenue()))),
                StringColumn.create("showback", ts.stream().map(t -> plain(t.showback()))));
        // Hit ratios only in runs whose stacks have caches (an empty cell for a tenant that met none).
        if (ts.stream().anyMatch(x -> x.appCacheHitRatio() != null)) {
            table.addColumns(CsvNumber.SHARE.column("app_cache_hit_ratio", ts.stream().mapToDouble(x -> orNaN(x.appCacheHitRatio()))));
        }
        if (ts.stream().anyMatch(x -> x.bufferPoolHitRatio() != null)) {
            table.addColumns(CsvNumber.SHARE.column("buffer_pool_hit_ratio", ts.stream().mapToDouble(x -> orNaN(x.bufferPoolHitRatio()))));
        }
        return table;
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** One row per (stack, request class): route, counts, error rate and causes, percentiles, p99 objective. */
    public static Table classes(RunOutcome o) {
        List<ClassResult> cs = o.classes();
        return Table.create("classes",
                StringColumn.create("stack", cs.stream().map(ClassResult::stack)),
                StringColumn.create("class", cs.stream().map(ClassResult::name)),
                StringColumn.create("route", cs.stream().map(ClassResult::route)),
                CsvNumber.COUNT.column("completed_requests", cs.stream().mapToDouble(ClassResult::completedRequests)),
                CsvNumber.SHARE.column("error_rate", cs.stream().mapToDouble(ClassResult::errorRate)),
                StringColumn.create("errors_by_cause", cs.stream().map(c -> causes(c.errorsByCause()))),
                CsvNumber.TIME.column("p50_ms", cs.stream().mapToDouble(c -> c.latency().p50Ms())),
                CsvNumber.TIME.column("p95_ms", cs.stream().mapToDouble(c -> c.latency().p95Ms())),
                CsvNumber.TIME.column("p99_ms", cs.stream().mapToDouble(c -> c.latency().p99Ms())),
                CsvNumber.TIME.column("p99_ci95_halfwidth_ms", cs.stream().mapToDouble(c -> c.latency().p99HalfWidthMs())),
                CsvNumber.TIME.column("p99_objective_ms", cs.stream().mapToDouble(ClassResult::p99ObjectiveMs)));
    }

    /** One row per stack: writes, lock waits and timeouts, lock wait and replica lag. */
    public static Table dataTier(RunOutcome o) {
        List<DataTierResult> ds = o.dataTier();
        return Table.create("data_tier",
                StringColumn.create("stack", ds.stream().map(DataTierResult::stack)),
                CsvNumber.COUNT.column("writes", ds.stream().mapToDouble(DataTierResult::writes)),
                CsvNumber.COUNT.column("lock_waited", ds.stream().mapToDouble(DataTierResult::lockWaited)),
                CsvNumber.COUNT.column("lock_timeouts", ds.stream().mapToDouble(DataTierResult::lockTimeouts)),
                CsvNumber.TIME.column("mean_lock_wait_ms", ds.stream().mapToDouble(DataTierResult::meanLockWaitMs)),
                CsvNumber.TIME.column("p99_lock_wait_ms", ds.stream().mapToDouble(DataTierResult::p99LockWaitMs)),
                CsvNumber.COUNT.column("replicated_writes", ds.stream().mapToDouble(DataTierResult::replicated)),
                CsvNumber.TIME.column("mean_replica_lag_ms", ds.stream().mapToDouble(DataTierResult::meanReplicaLagMs)),
                CsvNumber.TIME.column("p99_replica_lag_ms", ds.stream().mapToDouble(DataTierResult::p99ReplicaLagMs)),
                CsvNumber.TIME.column("max_replica_lag_ms", ds.stream().mapToDouble(DataTierResult::maxReplicaLagMs)));
    }

    /** Failed requests per replication by cause, "pool-timeout=1248;rate-limited=12.5", each a {@link CsvNumber#COUNT}. */
    static String causes(java.util.Map<String, Double> byCause) {
        StringBuilder b = new StringBuilder();
        byCause.forEach((cause, n) -> b.append(b.length() == 0 ? "" : ";").append(cause).append('=')
                .append(CsvNumber.COUNT.text(n)));
        return b.toString();
    }

    public static Table tiers(RunOutcome o) {
        List<TierResult> ts = o.tiers();
        return Table.create("tiers",
                StringColumn.create("tier", ts.stream().map(TierResult::tier)),
                IntColumn.create("tenants", ts.stream().mapToInt(TierResult::tenants).toArray()),
                CsvNumber.COUNT.column("offered_requests", ts.stream().mapToDouble(TierResult::offeredRequests)),
                CsvNumber.COUNT.column("completed_requests", ts.stream().mapToDouble(TierResult::completedRequests)),
                CsvNumber.SHARE.column("error_rate", ts.stream().mapToDouble(TierResult::errorRate)),
                StringColumn.create("errors_by_cause", ts.stream().map(t -> causes(t.errorsByCause()))),
                CsvNumber.TIME.column("p50_ms", ts.stream().mapToDouble(t -> t.latency().p50Ms())),
                CsvNumber.TIME.column("p95_ms", ts.stream().mapToDouble(t -> t.latency().p95Ms())),
                CsvNumber.TIME.column("p99_ms", ts.stream().mapToDouble(t -> t.latency().p99Ms())),
                CsvNumber.TIME.column("p999_ms", ts.stream().mapToDouble(t -> t.latency().p999Ms())),
                CsvNumber.TIME.column("slo_p99_ms", ts.stream().mapToDouble(TierResult::sloP99Ms)),
                IntColumn.create("tenants_breaching", ts.stream().mapToInt(TierResult::tenantsBreaching).toArray()),
                CsvNumber.COUNT.column("slo_violation_minutes", ts.stream().mapToDouble(TierResult::violationMinutes)),
                StringColumn.create("monthly_revenue", ts.stream().map(t -> plain(t.monthlyRevenue()))),
                StringColumn.create("showback", ts.stream().map(t -> plain(t.showback()))),
                StringColumn.create("slo_method", ts.stream().map(t -> t.sloBudget() == null ? "" : t.sloBudget().method())),
                CsvNumber.SHARE.column("slo_target", java.util.Arrays.stream(budget(ts, SloBudgetResult::target))),
                CsvNumber.TIME.column("slo_threshold_ms", java.util.Arrays.stream(budget(ts, SloBudgetResult::thresholdMs))),
                CsvNumber.TIME.column("slo_window_s", java.util.Arrays.stream(budget(ts, b -> b.windowSeconds()))),
                CsvNumber.SHARE.column("slo_bad_share", java.util.Arrays.stream(budget(ts, SloBudgetResult::badShare))),
                CsvNumber.SHARE.column("slo_budget_left", java.util.Arrays.stream(budget(ts, SloBudgetResult::budgetLeft))),
                CsvNumber.SHARE.column("slo_burn_rate", java.util.Arrays.stream(budget(ts, SloBudgetResult::burnRate))));
    }

    /** A figure of each tier's error budget; empty (NaN) where it does not apply. */
    private static double[] budget(List<TierResult> ts, java.util.function.Function<SloBudgetResult, Double> figure) {
        return ts.stream().mapToDouble(t -> {
            Double v = t.sloBudget() == null ? null : figure.apply(t.sloBudget());
            return v == null ? Double.NaN : v;
        }).toArray();
    }

    /** One row per step, one column per stack: utilization as a fraction. */
    public static Table utilization(RunOutcome o) {
        List<StackResult> stacks = o.stacks();
        int n = stacks.stream().mapToInt(s -> s.utilization().size()).max().orElse(0);
        double step = stacks.isEmpty() ? 60 : stacks.get(0).stepSeconds();
        double[] minute = new double[n];
        for (int i = 0; i < n; i++) {
            minute[i] = (i + 1) * step / 60;
        }
        Table t = Table.create("utilization", CsvNumber.TIME.column("minute_end", DoubleStream.of(minute)));
        for (StackResult s : stacks) {
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = i < s.utilization().size() ? s.utilization().get(i) : Double.NaN;
            }
            t.addColumns(CsvNumber.SHARE.column(s.name(), DoubleStream.of(u)));
        }
        return t;
    }

    public static Table windows(RunOutcome o) {
        List<WindowResult> ws = o.windows();
        return Table.create("windows",
                StringColumn.create("window", ws.stream().map(WindowResult::label)),
                CsvNumber.TIME.column("from_seconds", ws.stream().mapToDouble(WindowResult::fromSeconds)),
                CsvNumber.TIME.column("to_seconds", ws.stream().mapToDouble(WindowResult::toSeconds)),
                IntColumn.create("tenants_breaching", ws.stream().mapToInt(WindowResult::tenantsBreaching).toArray()),
                CsvNumber.SHARE.column("share_of_tenants", ws.stream().mapToDouble(WindowResult::shareOfTenants)),
                CsvNumber.SHARE.column("share_of_revenue", ws.stream().mapToDouble(WindowResult::shareOfRevenue)));
    }

    public static Table cost(RunOutcome o) {
        List<CostLine> lines = o.hasCost() ? o.cost().bill() : List.of();
        return Table.create("cost",
                StringColumn.create("item", lines.stream().map(CostLine::item)),
                StringColumn.create("unit", lines.stream().map(CostLine::unit)),
                StringColumn.create("quantity", lines.stream().map(l -> plain(l.quantity()))),
                StringColumn.create("unit_price", lines.stream().map(l -> plain(l.unitPrice()))),
                StringColumn.create("monthly_total", lines.stream().map(l -> plain(l.total()))),
                StringColumn.create("pricing_rule", lines.stream().map(CostLine::rule)));
    }

    /** One row per compared run: the headline numbers side by side. */
    public static Table comparison(Comparison c) {
        List<RunOutcome> os = c.outcomes();
        List<String> worstTier = new ArrayList<>();
        List<Double> worstP99 = new ArrayList<>();
        for (RunOutcome o : os) {
            TierResult worst = o.tiers().stream().filter(t -> t.latency().hasData())
                    .max((a, b) -> Double.compare(a.latency().p99Ms() / a.sloP99Ms(), b.latency().p99Ms() / b.sloP99Ms()))
                    .orElse(null);
            worstTier.add(worst == null ? "" : worst.tier());
            worstP99.add(worst == null ? Double.NaN : worst.latency().p99Ms());
        }
        return Table.create("comparison",
                StringColumn.create("variant", os.stream().map(o -> o.info().variant())),
                IntColumn.create("tenants", os.stream().mapToInt(o -> o.tenants().size()).toArray()),
                IntColumn.create("tenants_breaching", os.stream().mapToInt(o -> o.blastRadius().tenantsBreaching()).toArray()),
                CsvNumber.SHARE.column("share_of_tenants_breaching", os.stream().mapToDouble(o -> o.blastRadius().shareOfTenants())),
                CsvNumber.SHARE.column("share_of_revenue_breaching", os.stream().mapToDouble(o -> o.blastRadius().shareOfRevenue())),
                StringColumn.create("worst_tier", worstTier),
                CsvNumber.TIME.column("worst_tier_p99_ms", worstP99.stream().mapToDouble(Double::doubleValue)),
                CsvNumber.SHARE.column("peak_utilization", os.stream().mapToDouble(o -> o.stacks().stream()
                        .mapToDouble(StackResult::peakUtilization).max().orElse(0))),
                StringColumn.create("monthly_bill", os.stream().map(o -> o.hasCost() ? plain(o.cost().monthlyBill()) : "")));
    }

    /** Writes {@code table} as {@code dir/name} and returns the name. */
    public static String write(Table table, Path dir, String name) throws IOException {
        table.write().csv(dir.resolve(name).toFile());
        return name;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
