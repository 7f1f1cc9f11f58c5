package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.report.model.BlastRadius;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import dev.tenantsim.scenario.model.ReportSpec;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.RequestSpan;
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
import java.util.function.ToDoubleFunction;

/**
 * Maps the platform's {@link Results} of every replication into the report records: per tenant,
 * tier and stack, the blast radius and the report windows. Counts and percentiles are means over
 * replications, p99 with its Student-t 95% half-width; shares of tenants are the mean of each
 * replication's share.
 */
final class OutcomeAssembler {
    /** A tenant is called the aggressor, when no incident names one, if it put this share of all load on the platform. */
    static final double AGGRESSOR_SHARE = 0.25;
    /** Per-minute resource series shown as a stack's utilization (the busiest of them each minute). */
    static final Map<String, dev.tenantsim.engine.platform.StackResult.Series> RESOURCES = resources();

    private final ScenarioModel model;
    private final RequestSpan span;
    private final List<Results> runs;
    private final int n;
    private final int reps;

    OutcomeAssembler(ScenarioModel model, RequestSpan span, List<Results> runs) {
        this.model = model;
        this.span = span;
        this.runs = List.copyOf(runs);
        this.n = model.tenantCount();
        this.reps = runs.size();
    }

    private static Map<String, dev.tenantsim.engine.platform.StackResult.Series> resources() {
        Map<String, dev.tenantsim.engine.platform.StackResult.Series> m = new LinkedHashMap<>();
        m.put("app-cpu", dev.tenantsim.engine.platform.StackResult.Series.APP_CPU_UTILIZATION);
        m.put("db-cpu", dev.tenantsim.engine.platform.StackResult.Series.DB_CPU_UTILIZATION);
        m.put("db-io", dev.tenantsim.engine.platform.StackResult.Series.DB_IO_UTILIZATION);
        m.put("db-pool", dev.tenantsim.engine.platform.StackResult.Series.DB_POOL_UTILIZATION);
        return java.util.Collections.unmodifiableMap(m);
    }

    private double[] perRep(ToDoubleFunction<Results> f) {
        double[] v = new double[reps];
        for (int r = 0; r < reps; r++) {
            v[r] = f.applyAsDouble(runs.get(r));
        }
        return v;
    }

    static LatencyStats latency(double[] p50, double[] p95, double[] p99, double[] p999) {
        return new LatencyStats(ReplicaStats.ms(ReplicaStats.mean(p50)), ReplicaStats.ms(ReplicaStats.mean(p95)),
                ReplicaStats.ms(ReplicaStats.mean(p99)), ReplicaStats.ms(ReplicaStats.mean(p999)),
                ReplicaStats.ms(ReplicaStats.halfWidth(p99)));
    }

    private LatencyStats latency(java.util.function.Function<Results, LatencySummary> f) {
        return latency(perRep(r -> f.apply(r).p50()), perRep(r -> f.apply(r).p95()), perRep(r -> f.apply(r).p99()),
                perRep(r -> f.apply(r).p999()));
    }

    static String causeName(ErrorCause c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Mean failed requests per replication by cause (causes with none left out). */
    Map<String, Double> errorsByCause(int i) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (ErrorCause c : ErrorCause.values()) {
            double mean = ReplicaStats.mean(perRep(r -> r.tenant(i).errors(c)));
            if (mean > 0) {
                m.put(causeName(c), mean);
            }
        }
        return m;
    }

    List<TenantResult> tenants(double[] impact, Map<String, BigDecimal> showback) {
        double[] stackLoad = new double[model.layout().stacks().size()];
        double[] load = new double[n];
        for (int i = 0; i < n; i++) {
            int t = i;
            load[i] = ReplicaStats.mean(perRep(r -> r.tenant(t).load().total()));
            stackLoad[model.layout().stackOf(i)] += load[i];
        }
        List<TenantResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int t = i;
            TenantProfile p = model.workload().tenant(i);
            double completed = ReplicaStats.mean(perRep(r -> r.tenant(t).completed()));
            double errors = ReplicaStats.mean(perRep(r -> r.tenant(t).errors()));
            int st = model.layout().stackOf(i);
            out.add(new TenantResult(p.id(), p.tier(), model.layout().stack(st).name(),
                    ReplicaStats.mean(perRep(r -> r.tenant(t).offered())), completed,
                    completed + errors > 0 ? errors / (completed + errors) : 0,
                    latency(r -> r.tenant(t).latency()),
                    model.slo().p99Objective(i) * 1000,
                    ReplicaStats.mean(perRep(r -> r.tenant(t).violationMinuteCount())),
                    ReplicaStats.mean(perRep(r -> r.tenant(t).availability())),
                    stackLoad[st] > 0 ? load[i] / stackLoad[st] : 0,
                    impact[i], p.monthlyRevenue(), showback == null ? null : showback.get(p.id()),
                    errorsByCause(i)));
        }
        return out;
    }

    List<TierResult> tiers(List<TenantResult> tenants, Map<String, BigDecimal> showback) {
        List<TierResult> out = new ArrayList<>();
        List<Tier> tiers = model.tiers().tiers();
        for (int k = 0; k < tiers.size(); k++) {
            int tier = k;
            String name = tiers.get(k).name();
            int count = 0;
            int breaching = 0;
            double offered = 0;
            double completed = 0;
            double failed = 0;
            double vm = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            Map<String, Double> causes = new LinkedHashMap<>();
            for (TenantResult t : tenants) {
                if (!t.tier().equals(name)) {
                    continue;
                }
                count++;
                breaching += t.breached() ? 1 : 0;
                offered += t.offeredRequests();
                completed += t.completedRequests();
                t.errorsByCause().forEach((c, v) -> causes.merge(c, v, Double::sum));
                failed += t.errorsByCause().values().stream().mapToDouble(Double::doubleValue).sum();
                vm += t.violationMinutes();
                revenue = revenue.add(t.monthlyRevenue());
            }
            boolean any = runs.stream().anyMatch(r -> r.latencyByTier().containsKey(tier));
            LatencyStats latency = !any ? LatencyStats.NONE
                    : latency(r -> r.latencyByTier().getOrDefault(tier, LatencySummary.EMPTY));
            BigDecimal sb = showback == null ? null : showback.getOrDefault(name, BigDecimal.ZERO);
            out.add(new TierResult(name, count, offered, completed, completed + failed > 0 ? failed / (completed + failed) : 0,
                    latency, tiers.get(k).slo().p99Seconds() * 1000, breaching, vm, revenue, sb, causes));
        }
        return out;
    }

    List<StackResult> stacks() {
        List<StackResult> out = new ArrayList<>();
        int minutes = span.minutes();
        for (int s = 0; s < model.layout().stacks().size(); s++) {
            int st = s;
            PlacedStack ps = model.layout().stack(s);
            Map<String, List<Double>> byResource = new LinkedHashMap<>();
            double[] busiest = new double[minutes];
            for (Map.Entry<String, dev.tenantsim.engine.platform.StackResult.Series> e : RESOURCES.entrySet()) {
                double[] mean = new double[minutes];
                for (Results r : runs) {
                    double[] v = r.stacks().get(st).series(e.getValue());
                    for (int m = 0; m < minutes && m < v.length; m++) {
                        mean[m] += v[m] / reps;
                    }
                }
                List<Double> list = new ArrayList<>(minutes);
                for (int m = 0; m < minutes; m++) {
                    double u = Math.round(Math.min(1, mean[m]) * 1e6) / 1e6;
                    list.add(u);
                    busiest[m] = Math.max(busiest[m], u);
                }
                byResource.put(e.getKey(), list);
            }
            List<Double> util = new ArrayList<>(minutes);
            for (double u : busiest) {
                util.add(u);
            }
            out.add(new StackResult(ps.name(), ps.kind().label(), ps.spec().app().cores(), model.layout().tenantsOn(s).size(),
                    60, util, byResource));
        }
        return out;
    }

    /**
     * The tenant the incidents of shared stacks name most often (a tenant alone on its stack is not named for its own
     * incident), else the tenant that put at least a quarter of all load on the platform, else -1.
     */
    int aggressor() {
        int[] perStack = new int[model.layout().stacks().size()];
        for (int i = 0; i < n; i++) {
            perStack[model.layout().stackOf(i)]++;
        }
        Map<Integer, Integer> named = new LinkedHashMap<>();
        for (Results r : runs) {
            for (Incident inc : r.incidents()) {
                if (inc.aggressor() >= 0 && perStack[inc.stack()] > 1) {
                    named.merge(inc.aggressor(), 1, Integer::sum);
                }
            }
        }
        double[] load = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int t = i;
            load[i] = ReplicaStats.mean(perRep(r -> r.tenant(t).load().total()));
            total += load[i];
        }
        int best = -1;
        for (Map.Entry<Integer, Integer> e : named.entrySet()) {
            if (best < 0 || e.getValue() > named.get(best) || e.getValue().equals(named.get(best)) && load[e.getKey()] > load[best]) {
                best = e.getKey();
            }
        }
        if (best >= 0 || n < 2) {
            return best;
        }
        int top = -1;
        for (int i = 0; i < n; i++) {
            if (top < 0 || load[i] > load[top]) {
                top = i;
            }
        }
        return top >= 0 && total > 0 && load[top] / total >= AGGRESSOR_SHARE ? top : -1;
    }

    /** Shares of tenants (and of revenue) other than the aggressor with a violation minute in span minutes [m0, m1). */
    private double[] shares(int aggressor, int m0, int m1) {
        double tenants = 0;
        double revenue = 0;
        double count = 0;
        int population = 0;
        long revenueTotal = 0;
        for (int i = 0; i < n; i++) {
            if (i != aggressor) {
                population++;
                revenueTotal += runs.get(0).tenant(i).revenueMicros();
            }
        }
        for (Results r : runs) {
            int hit = 0;
            long rev = 0;
            for (int i = 0; i < n; i++) {
                if (i != aggressor && r.tenant(i).violatedDuring(m0, m1)) {
                    hit++;
                    rev += r.tenant(i).revenueMicros();
                }
            }
            count += (double) hit / reps;
            tenants += population == 0 ? 0 : (double) hit / population / reps;
            revenue += revenueTotal == 0 ? 0 : (double) rev / revenueTotal / reps;
        }
        return new double[] {count, population, tenants, revenue};
    }

    BlastRadius blastRadius(int aggressor) {
        int minutes = span.minutes();
        double[] s = shares(aggressor, 0, minutes);
        int population = (int) s[1];
        double[] perMinute = new double[minutes];
        for (Results r : runs) {
            for (int i = 0; i < n; i++) {
                if (i == aggressor) {
                    continue;
                }
                for (int m : r.tenant(i).violationMinutes()) {
                    if (m < minutes) {
                        perMinute[m] += 1.0 / Math.max(1, population) / reps;
                    }
                }
            }
        }
        List<Double> steps = new ArrayList<>(minutes);
        for (double v : perMinute) {
            steps.add(Math.round(v * 1e6) / 1e6);
        }
        return new BlastRadius((int) Math.min(population, Math.round(s[0])), population, s[2], s[3],
                aggressor < 0 ? null : model.workload().tenant(aggressor).id(), 60, steps);
    }

    List<WindowResult> windows(int aggressor, List<String> notes) {
        List<WindowResult> out = new ArrayList<>();
        for (ReportSpec.Window w : model.scenario().report().windows()) {
            long from = ScheduledJobs.offsetSeconds(model.scenario().horizon(), w.from());
            long to = ScheduledJobs.offsetSeconds(model.scenario().horizon(), w.to());
            if (to <= from) {
                to += 86_400;
            }
            int m0 = (int) (from / 60) - span.fromMinute();
            int m1 = (int) Math.ceil(to / 60.0) - span.fromMinute();
            m0 = Math.max(0, m0);
            m1 = Math.min(span.minutes(), m1);
            if (m1 <= m0) {
                notes.add("Report window '" + w.label() + "' lies outside the simulated span: not reported.");
                continue;
            }
            double[] s = shares(aggressor, m0, m1);
            out.add(new WindowResult(w.label(), from, to, (int) Math.min(s[1], Math.round(s[0])), (int) s[1], s[2], s[3]));
        }
        return out;
    }
}
