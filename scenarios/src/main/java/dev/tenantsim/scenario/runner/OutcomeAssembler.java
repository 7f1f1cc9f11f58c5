package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.metrics.AggressorRule;
import dev.tenantsim.engine.platform.metrics.BlastShares;
import dev.tenantsim.engine.platform.metrics.ErrorRates;
import dev.tenantsim.engine.platform.metrics.LoadShares;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.engine.platform.metrics.Replicated;
import dev.tenantsim.engine.platform.metrics.Resource;
import dev.tenantsim.engine.platform.metrics.SloJudge;
import dev.tenantsim.engine.platform.metrics.StackMeasure;
import dev.tenantsim.engine.platform.metrics.TierTotals;
import dev.tenantsim.report.model.BlastRadius;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.PriceSheetResult;
import dev.tenantsim.report.model.RunInfo;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.SloBudgetResult;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.ReportSpec;
import dev.tenantsim.scenario.runner.cost.ScenarioCosts;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScheduledJobs;
import dev.tenantsim.workload.TenantProfile;
import dev.tenantsim.workload.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The one assembler: whichever pass measured the run, {@link #assemble} turns the scenario, its
 * model and the {@link Measurements} of every replication into the {@link RunOutcome} every writer
 * reads, each figure by its one function in {@code engine.platform.metrics} (SLO minutes and
 * availability, error budgets and burn rates per tier, incidents, the aggressor, blast radius, load shares, tier totals and the error
 * rate) or {@link ScenarioCosts} (bill, showback, SLA credits from the scenario's schedules).
 *
 * <p>Counts and percentiles in the report are means over replications, p99 with its Student-t 95%
 * half-width; shares of tenants are the mean of each replication's share; utilization is capped at
 * 1 and kept to 6 decimals. What only a runner knows comes in {@link Extras}: the request-level
 * runner passes its noisy-neighbor impact and price sheet ({@link Extras#requestLevel}); a
 * long-horizon runner passes the windows it simulated request by request and their latencies
 * ({@link Extras#withWindows}).
 *
 * <p>How a runner calls it: build one {@link Measurements} per replication (for the fluid pass, a
 * single one: replication 0, {@code fromMinute} 0, the horizon; per tenant its offered, completed
 * and failed requests by cause — rejections as {@code RATE_LIMITED} —, the backlog at the end as
 * {@code unfinishedAtEnd}, its sorted violation minutes and its load; per stack its utilization per
 * {@link Resource} at {@code minutesPerPoint}; the incidents of {@code IncidentDetector} with the
 * aggressor {@code Incidents.aggressor} names), then
 * {@code OutcomeAssembler.assemble(scenario, model, measurements, extras)}.
 */
public final class OutcomeAssembler {
    private final ScenarioModel model;
    private final List<Measurements> runs;
    private final Measurements first;
    private final int n;

    /**
     * What a runner adds beside the measurements.
     *
     * @param runner        the runner's name, for the run info
     * @param replications  replications as the user asked for them (the run info)
     * @param notes         notes before the assembler's own (the model's, the span's)
     * @param closingNotes  notes after the assembler's own (caveats of the runner)
     * @param noisyImpact   noisy-neighbor impact per tenant (NaN: not measured); null: none
     * @param windows       the report windows as the runner measured them; null: the scenario's
     *                      report windows, each from {@link BlastShares} over its minutes
     * @param tenantLatency latency of tenants measured otherwise (e.g. request-level windows of a
     *                      fluid run), by dense index, over the measurements' own
     * @param tierLatency   latency per tier name measured otherwise; null: the measurements'
     * @param priceSheet    the price sheet from the cost view; null: none
     */
    public record Extras(String runner, long seed, int replications, List<String> notes, List<String> closingNotes,
                         double[] noisyImpact, List<WindowResult> windows, Map<Integer, LatencyStats> tenantLatency,
                         Map<String, LatencyStats> tierLatency, Function<ScenarioCosts.View, PriceSheetResult> priceSheet) {
        public Extras {
            notes = List.copyOf(notes);
            closingNotes = List.copyOf(closingNotes);
            windows = windows == null ? null : List.copyOf(windows);
            tenantLatency = tenantLatency == null ? Map.of() : Map.copyOf(tenantLatency);
        }

        /** A request-level run: its own windows, latencies and report windows. */
        public static Extras requestLevel(String runner, long seed, int replications, List<String> notes,
                                          List<String> closingNotes, double[] noisyImpact,
                                          Function<ScenarioCosts.View, PriceSheetResult> priceSheet) {
            return new Extras(runner, seed, replications, notes, closingNotes, noisyImpact, null, null, null, priceSheet);
        }

        /**
         * A long-horizon run: the windows it simulated request by request stand for the report
         * windows, and their latencies for those of the tenants and tiers they cover.
         */
        public static Extras withWindows(String runner, long seed, int replications, List<String> notes,
                                         List<String> closingNotes, List<WindowResult> windows,
                                         Map<Integer, LatencyStats> tenantLatency, Map<String, LatencyStats> tierLatency) {
            return new Extras(runner, seed, replications, notes, closingNotes, null, windows, tenantLatency, tierLatency, null);
        }
    }

    private OutcomeAssembler(ScenarioModel model, List<Measurements> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("measurements of at least one replication are needed");
        }
        this.model = model;
        this.runs = List.copyOf(runs);
        this.first = runs.get(0);
        this.n = model.tenantCount();
    }

    /** The run's outcome from the measurements of every replication (in replication order). */
    public static RunOutcome assemble(Scenario s, ScenarioModel model, List<Measurements> runs, Extras extras) {
        OutcomeAssembler a = new OutcomeAssembler(model, runs);
        List<String> notes = new ArrayList<>(extras.notes());
        ScenarioCosts.View cost = ScenarioCosts.of(model, runs, notes);
        double[] impact = extras.noisyImpact();
        if (impact == null) {
            impact = new double[a.n];
            java.util.Arrays.fill(impact, Double.NaN);
        }
        List<TenantResult> tenants = a.tenants(impact, cost.tenantShowback(), extras.tenantLatency());
        List<TierResult> tiers = a.tiers(cost.tierShowback(), extras.tierLatency());
        if (tiers.stream().anyMatch(t -> t.sloBudget().badShare() == null)) {
            notes.add("Occurrences error budgets need each request's latency against the threshold, which this pass does "
                    + "not measure for this run: shown as not measured.");
        }
        int aggressor = AggressorRule.of(runs);
        BlastRadius blast = a.blastRadius(aggressor);
        List<WindowResult> windows = extras.windows() != null ? extras.windows() : a.windows(aggressor, notes);
        var events = EventOutcomes.of(model, runs, notes);
        notes.addAll(extras.closingNotes());
        RunInfo info = new RunInfo(s.name(), s.description(), "base", extras.seed(), extras.replications(), extras.runner(),
                s.horizon().start() == null ? null : s.horizon().start().toString(), s.horizon().lengthSeconds(),
                a.first.horizonSeconds(), notes);
        PriceSheetResult sheet = extras.priceSheet() == null ? null : extras.priceSheet().apply(cost);
        return new RunOutcome(info, tenants, tiers, a.stacks(), blast, windows, cost.result(), sheet).withEvents(events);
    }

    private double mean(ToDoubleFunction<Measurements> f) {
        return Replicated.mean(runs, f);
    }

    static LatencyStats latency(double[] p50, double[] p95, double[] p99, double[] p999) {
        return new LatencyStats(ReplicaStats.ms(ReplicaStats.mean(p50)), ReplicaStats.ms(ReplicaStats.mean(p95)),
                ReplicaStats.ms(ReplicaStats.mean(p99)), ReplicaStats.ms(ReplicaStats.mean(p999)),
                ReplicaStats.ms(ReplicaStats.halfWidth(p99)));
    }

    private LatencyStats latency(Function<Measurements, LatencySummary> f) {
        List<LatencySummary> each = new ArrayList<>(runs.size());
        for (Measurements r : runs) {
            each.add(f.apply(r));
        }
        return latencyOver(each);
    }

    /**
     * The report's latency of one tenant, tier or stack from its latency in each replication: each
     * percentile the mean over replications, p99 with its Student-t 95% half-width (NaN values, no
     * data, left out), in milliseconds.
     */
    public static LatencyStats latencyOver(List<LatencySummary> perReplication) {
        int reps = perReplication.size();
        double[] p50 = new double[reps];
        double[] p95 = new double[reps];
        double[] p99 = new double[reps];
        double[] p999 = new double[reps];
        for (int r = 0; r < reps; r++) {
            LatencySummary l = perReplication.get(r);
            p50[r] = l.p50();
            p95[r] = l.p95();
            p99[r] = l.p99();
            p999[r] = l.p999();
        }
        return latency(p50, p95, p99, p999);
    }

    static String causeName(ErrorCause c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Tenant t's lookups and hits at its stack's caches, over every replication. */
    private dev.tenantsim.engine.platform.CacheStats cache(int t) {
        dev.tenantsim.engine.platform.CacheStats c = dev.tenantsim.engine.platform.CacheStats.NONE;
        for (Measurements r : runs) {
            c = c.plus(r.tenant(t).cache());
        }
        return c;
    }

    /** A hit ratio for the report: null (not written) when the tenant met no such cache. */
    private static Double ratio(double r) {
        return Double.isNaN(r) ? null : r;
    }

    private static Map<String, Double> named(Map<ErrorCause, Double> byCause) {
        Map<String, Double> m = new LinkedHashMap<>();
        byCause.forEach((c, v) -> m.put(causeName(c), v));
        return m;
    }

    List<TenantResult> tenants(double[] impact, Map<String, BigDecimal> showback, Map<Integer, LatencyStats> measuredOtherwise) {
        double[] share = LoadShares.of(runs);
        List<TenantResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int t = i;
            TenantProfile p = model.workload().tenant(i);
            double completed = mean(r -> r.tenant(t).completed());
            double errors = mean(r -> r.tenant(t).errors());
            LatencyStats latency = measuredOtherwise.get(i);
            out.add(new TenantResult(p.id(), p.tier(), model.layout().stack(first.tenant(i).stack()).name(),
                    mean(r -> r.tenant(t).offered()), completed, ErrorRates.of(errors, completed),
                    latency != null ? latency : latency(r -> r.tenant(t).latency()),
                    model.slo().p99Objective(i) * 1000,
                    mean(r -> r.tenant(t).violationMinuteCount()),
                    mean(r -> SloJudge.availability(r.tenant(t).violationMinuteCount(), r.minutes())),
                    share[i], impact[i], p.monthlyRevenue(), showback == null ? null : showback.get(p.id()),
                    named(TierTotals.failedByCause(runs, i)), ratio(cache(t).appHitRatio()), ratio(cache(t).poolHitRatio())));
        }
        return out;
    }

    List<TierResult> tiers(Map<String, BigDecimal> showback, Map<String, LatencyStats> measuredOtherwise) {
        List<TierResult> out = new ArrayList<>();
        List<Tier> tiers = model.tiers().tiers();
        List<TierTotals> totals = TierTotals.of(runs, tiers.size());
        for (int k = 0; k < tiers.size(); k++) {
            int tier = k;
            String name = tiers.get(k).name();
            TierTotals tt = totals.get(k);
            BigDecimal revenue = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                if (first.tenant(i).tier() == k) {
                    revenue = revenue.add(model.workload().tenant(i).monthlyRevenue());
                }
            }
            LatencyStats latency;
            if (measuredOtherwise != null) {
                latency = measuredOtherwise.getOrDefault(name, LatencyStats.NONE);
            } else {
                boolean any = runs.stream().anyMatch(r -> r.latencyByTier().containsKey(tier));
                latency = !any ? LatencyStats.NONE : latency(r -> r.latencyByTier().getOrDefault(tier, LatencySummary.EMPTY));
            }
            BigDecimal sb = showback == null ? null : showback.getOrDefault(name, BigDecimal.ZERO);
            SloBudgetResult budget = SloBudgets.of(model.scenario().tiers().get(name).slo(), tt, first,
                    model.scenario().horizon().lengthSeconds());
            out.add(new TierResult(name, tt.tenants(), tt.offered(), tt.completed(), tt.errorRate(), latency,
                    tiers.get(k).slo().p99Seconds() * 1000, tt.tenantsBreaching(), tt.violationMinutes(), revenue, sb,
                    named(tt.failedByCause()), budget));
        }
        return out;
    }

    List<StackResult> stacks() {
        List<StackResult> out = new ArrayList<>();
        int reps = runs.size();
        for (int s = 0; s < model.layout().stacks().size(); s++) {
            PlacedStack ps = model.layout().stack(s);
            int perPoint = first.stacks().get(s).minutesPerPoint();
            int points = (first.minutes() + perPoint - 1) / perPoint;
            Map<String, List<Double>> byResource = new LinkedHashMap<>();
            double[] busiest = new double[points];
            for (Resource res : Resource.values()) {
                double[] mean = new double[points];
                for (Measurements r : runs) {
                    StackMeasure sm = r.stacks().get(s);
                    for (int p = 0; p < points && p < sm.points(); p++) {
                        mean[p] += sm.utilization(res, p) / reps;
                    }
                }
                List<Double> list = new ArrayList<>(points);
                for (int p = 0; p < points; p++) {
                    double u = Math.round(Math.min(1, mean[p]) * 1e6) / 1e6;
                    list.add(u);
                    busiest[p] = Math.max(busiest[p], u);
                }
                byResource.put(res.label(), list);
            }
            List<Double> util = new ArrayList<>(points);
            for (double u : busiest) {
                util.add(u);
            }
            out.add(new StackResult(ps.name(), ps.kind().label(), ps.spec().app().cores(), model.layout().tenantsOn(s).size(),
                    60.0 * perPoint, util, byResource));
        }
        return out;
    }

    BlastRadius blastRadius(int aggressor) {
        BlastShares b = BlastShares.of(runs, aggressor);
        int perPoint = first.minutesPerPoint();
        List<Double> steps = new ArrayList<>();
        for (double v : BlastShares.perPoint(runs, aggressor, perPoint)) {
            steps.add(Math.round(v * 1e6) / 1e6);
        }
        return new BlastRadius((int) Math.min(b.population(), Math.round(b.affected())), b.population(), b.tenantShare(),
                b.revenueShare(), aggressor < 0 ? null : model.workload().tenant(aggressor).id(), 60.0 * perPoint, steps);
    }

    /** The scenario's report windows within the measured span, each with its blast radius. */
    List<WindowResult> windows(int aggressor, List<String> notes) {
        List<WindowResult> out = new ArrayList<>();
        for (ReportSpec.Window w : model.scenario().report().windows()) {
            long from = ScheduledJobs.offsetSeconds(model.scenario().horizon(), w.from());
            long to = ScheduledJobs.offsetSeconds(model.scenario().horizon(), w.to());
            if (to <= from) {
                to += 86_400;
            }
            int m0 = Math.max(0, (int) (from / 60) - first.fromMinute());
            int m1 = Math.min(first.minutes(), (int) Math.ceil(to / 60.0) - first.fromMinute());
            if (m1 <= m0) {
                notes.add("Report window '" + w.label() + "' lies outside the simulated span: not reported.");
                continue;
            }
            BlastShares b = BlastShares.of(runs, aggressor, m0, m1);
            out.add(new WindowResult(w.label(), from, to, (int) Math.min(b.population(), Math.round(b.affected())),
                    b.population(), b.tenantShare(), b.revenueShare()));
        }
        return out;
    }
}
