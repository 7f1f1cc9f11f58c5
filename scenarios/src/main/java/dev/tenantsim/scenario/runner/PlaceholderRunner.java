package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.report.model.BlastRadius;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.CostResult;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.RunInfo;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioRunner;
import dev.tenantsim.scenario.model.ReportSpec;
import dev.tenantsim.scenario.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * <b>PLACEHOLDER runner — to be replaced by the platform model.</b> It exists so that the walking
 * skeleton (scenario file → validation → run → report) works end to end before the engine lands.
 *
 * <p>What it simulates: each stack of the topology as an M/G/c queue of its app cores, per-tenant
 * Poisson arrivals, per-tier rate limits, background jobs as long queries bounded by connection
 * quotas and statement timeouts (see {@link QueueSimulation}). What it does not: the DB pool, DB
 * CPU/IO as separate resources, workers and their disciplines, retries, arrival patterns other than
 * Poisson, traces, placement strategies other than round-robin, the fluid pass. Each outcome
 * carries notes saying so, and reports show them.
 *
 * <p>Populations come from {@link Population}, stacks and assignment from {@link Layout}, prices
 * from {@link PlaceholderPrices}: each is the seam where workload-models, placement-strategies and
 * cost-model plug in.
 */
public final class PlaceholderRunner implements ScenarioRunner {
    /** Longest span simulated request by request; longer horizons are cut (with a note). */
    public static final double MAX_SPAN_SECONDS = 6 * 3600;
    /** Largest tenants × minutes the per-minute SLO arrays may hold. */
    public static final long MAX_TENANT_MINUTES = 20_000_000L;
    /** A tenant is called the aggressor when it used at least this share of its stack's busy time. */
    static final double AGGRESSOR_SHARE = 0.25;

    @Override
    public String name() {
        return "placeholder M/G/c runner (app cores only; to be replaced by the platform model)";
    }

    @Override
    public RunOutcome run(Scenario s, long seed, int replications, RunProgress progress) {
        if (replications < 1) {
            throw new RunFailedException("replications (" + replications + ") must be >= 1");
        }
        List<String> notes = new ArrayList<>();
        notes.add("Placeholder engine: each stack is simulated as an M/G/c queue of its app cores; the DB pool, "
                + "DB CPU and IO, workers, retries and the fluid pass arrive with the platform model.");
        List<TenantSpec> specs = Population.of(s, seed, notes);
        if (specs.isEmpty()) {
            throw new RunFailedException("the scenario has no tenants this runner can simulate");
        }
        Layout layout = Layout.of(s, specs, notes);
        double span = Math.min(s.horizon().lengthSeconds(), MAX_SPAN_SECONDS);
        if (span < s.horizon().lengthSeconds()) {
            notes.add("Only the first " + (long) (span / 3600) + " h of the horizon were simulated (the placeholder runner has no fluid pass).");
        }
        int minutes = (int) Math.ceil(span / 60);
        if ((long) minutes * specs.size() > MAX_TENANT_MINUTES) {
            throw new RunFailedException(specs.size() + " tenants × " + minutes + " minutes is more than the placeholder runner can hold ("
                    + MAX_TENANT_MINUTES + "); shorten the horizon or wait for the platform model's fluid pass");
        }
        progress.start("simulating " + s.name(), (long) replications * minutes);
        List<Rep> reps = new ArrayList<>();
        long killed = 0;
        long inFlight = 0;
        for (int r = 0; r < replications; r++) {
            QueueSimulation q = new QueueSimulation(s, specs, layout, RandomStreams.of(seed).replication(r), span, () -> progress.advance(1));
            q.run();
            killed += q.jobQueriesKilled;
            inFlight += q.requestsInFlightAtEnd;
            reps.add(Rep.of(q, s, specs, layout));
        }
        progress.done();
        if (inFlight > replications * 1000L) {
            notes.add(String.format(java.util.Locale.ROOT, "%,d requests per replication were still queued when the horizon ended: "
                    + "they have no latency (only completed requests do, METRICS.md) but count against their minute's SLO.",
                    inFlight / replications));
        }
        if (killed > 0) {
            notes.add("Statement timeouts killed " + killed + " background-job queries over all replications.");
        }
        return aggregate(s, seed, replications, specs, layout, reps, span, notes);
    }

    /** The stacks, the assignment and the bill this runner would use, without simulating. */
    public Plan plan(Scenario s, long seed) {
        List<String> notes = new ArrayList<>();
        List<TenantSpec> specs = Population.of(s, seed, notes);
        Layout layout = Layout.of(s, specs, notes);
        List<Plan.StackPlan> stacks = new ArrayList<>();
        long app = 0;
        long db = 0;
        for (int st = 0; st < layout.stacks.size(); st++) {
            Layout.StackSpec spec = layout.stacks.get(st);
            List<String> ids = new ArrayList<>();
            for (int t = 0; t < specs.size(); t++) {
                if (layout.stackOf[t] == st) {
                    ids.add(specs.get(t).id());
                }
            }
            int dbCores = spec.stack().db() == null ? 0 : spec.stack().db().cores();
            app += spec.servers();
            db += dbCores;
            stacks.add(new Plan.StackPlan(spec.name(), spec.kind(), spec.servers(), dbCores, ids));
        }
        notes.add("Prices: " + PlaceholderPrices.SOURCE + ".");
        return new Plan(stacks, PlaceholderPrices.bill(app, db), notes);
    }

    /** What one replication measured, reduced to what the outcome needs. */
    private record Rep(double[][] tenantPct, double[] serviceP99, int[] violationMinutes, boolean[] violation,
                       long[] offered, long[] completed, long[] rejected, double[] busy,
                       Map<String, double[]> tierPct, double[][] utilization) {

        static Rep of(QueueSimulation q, Scenario s, List<TenantSpec> specs, Layout layout) {
            int n = specs.size();
            int mins = q.minutes;
            double[][] pct = new double[n][];
            double[] svc = new double[n];
            int[] vm = new int[n];
            boolean[] viol = new boolean[n * mins];
            Map<String, Histogram> tierHist = new LinkedHashMap<>();
            for (String tier : s.tiers().keySet()) {
                tierHist.put(tier, new Histogram(3));
            }
            for (int t = 0; t < n; t++) {
                pct[t] = percentiles(q.latency[t]);
                svc[t] = q.service[t].getTotalCount() == 0 ? Double.NaN : q.service[t].getValueAtPercentile(99) / 1000.0;
                tierHist.get(specs.get(t).tier()).add(q.latency[t]);
                double budget = s.tiers().get(specs.get(t).tier()).slo().errorBudget();
                for (int m = 0; m < mins; m++) {
                    int i = t * mins + m;
                    int done = q.minuteDone[i];
                    boolean latencyBad = done >= QueueSimulation.MIN_REQUESTS_PER_MINUTE
                            && q.minuteOver[i] > done - (int) Math.ceil(0.99 * done);
                    boolean errorsBad = q.minuteOffered[i] > 0 && (double) q.minuteErrors[i] / q.minuteOffered[i] > budget;
                    if (latencyBad || errorsBad) {
                        viol[i] = true;
                        vm[t]++;
                    }
                }
            }
            Map<String, double[]> tierPct = new LinkedHashMap<>();
            tierHist.forEach((k, h) -> tierPct.put(k, percentiles(h)));
            double[][] util = new double[layout.stacks.size()][mins];
            for (int st = 0; st < util.length; st++) {
                int c = layout.stacks.get(st).servers();
                for (int m = 0; m < mins; m++) {
                    double len = Math.min(60, q.simulatedSeconds() - m * 60.0);
                    util[st][m] = len > 0 ? q.busyArea[st][m] / (c * len) : 0;
                }
            }
            return new Rep(pct, svc, vm, viol, q.offered.clone(), q.completed.clone(), q.rejected.clone(),
                    q.busySeconds.clone(), tierPct, util);
        }
    }

    /** p50, p95, p99, p99.9 in ms, NaN without data. */
    private static double[] percentiles(Histogram h) {
        if (h.getTotalCount() == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        return new double[] {h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0};
    }

    private RunOutcome aggregate(Scenario s, long seed, int reps, List<TenantSpec> specs, Layout layout, List<Rep> rs,
                                 double span, List<String> notes) {
        int n = specs.size();
        int mins = (int) Math.ceil(span / 60);
        int nStacks = layout.stacks.size();
        // Load shares within each stack.
        double[] stackBusy = new double[nStacks];
        double[] tenantBusy = new double[n];
        int[] stackTenants = new int[nStacks];
        for (int t = 0; t < n; t++) {
            for (Rep r : rs) {
                tenantBusy[t] += r.busy[t] / reps;
            }
            stackBusy[layout.stackOf[t]] += tenantBusy[t];
            stackTenants[layout.stackOf[t]]++;
        }
        double[] share = new double[n];
        int aggressor = -1;
        for (int t = 0; t < n; t++) {
            int st = layout.stackOf[t];
            share[t] = stackBusy[st] > 0 ? tenantBusy[t] / stackBusy[st] : 0;
            if (stackTenants[st] > 1 && share[t] >= AGGRESSOR_SHARE && (aggressor < 0 || share[t] > share[aggressor])) {
                aggressor = t;
            }
        }
        // Money.
        BigDecimal revenue = BigDecimal.ZERO;
        for (TenantSpec ts : specs) {
            revenue = revenue.add(ts.monthlyFee());
        }
        BigDecimal[] stackCost = new BigDecimal[nStacks];
        long appCores = 0;
        long dbCores = 0;
        for (int st = 0; st < nStacks; st++) {
            var stack = layout.stacks.get(st).stack();
            int db = stack.db() == null ? 0 : stack.db().cores();
            appCores += stack.app().cores();
            dbCores += db;
            stackCost[st] = PlaceholderPrices.stackCost(stack.app().cores(), db);
        }
        List<CostLine> bill = PlaceholderPrices.bill(appCores, dbCores);
        BigDecimal billTotal = bill.stream().map(CostLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);

        List<TenantResult> tenants = new ArrayList<>();
        double[] violMean = new double[n];
        BigDecimal credits = BigDecimal.ZERO;
        Map<String, BigDecimal> tierShowback = new LinkedHashMap<>();
        for (int t = 0; t < n; t++) {
            TenantSpec ts = specs.get(t);
            Tier tier = s.tiers().get(ts.tier());
            double off = 0;
            double done = 0;
            double rej = 0;
            double[] p = new double[4];
            double[] p99s = new double[reps];
            double svc = 0;
            for (int r = 0; r < reps; r++) {
                Rep rep = rs.get(r);
                off += rep.offered[t];
                done += rep.completed[t];
                rej += rep.rejected[t];
                violMean[t] += rep.violationMinutes[t];
                for (int k = 0; k < 4; k++) {
                    p[k] += rep.tenantPct[t][k] / reps;
                }
                p99s[r] = rep.tenantPct[t][2];
                svc += rep.serviceP99[t] / reps;
            }
            violMean[t] /= reps;
            double availability = 1 - violMean[t] / mins;
            int st = layout.stackOf[t];
            BigDecimal showback = stackBusy[st] > 0
                    ? stackCost[st].multiply(BigDecimal.valueOf(share[t])).setScale(2, RoundingMode.HALF_EVEN)
                    : stackCost[st].divide(BigDecimal.valueOf(stackTenants[st]), 2, RoundingMode.HALF_EVEN);
            tierShowback.merge(ts.tier(), showback, BigDecimal::add);
            if (tier.slo().hasAvailability() && availability < tier.slo().availability()) {
                credits = credits.add(ts.monthlyFee().multiply(new BigDecimal("0.10")));
            }
            tenants.add(new TenantResult(ts.id(), ts.tier(), layout.stacks.get(st).name(), off / reps, done / reps,
                    off > 0 ? rej / off : 0, stats(p, p99s),
                    tier.slo().p99().toNanos() / 1e6, violMean[t], availability, share[t],
                    svc > 0 ? p[2] / svc : Double.NaN, ts.monthlyFee(), showback, Map.of()));
        }
        notes.add("Noisy-neighbor impact is approximated as p99 / p99 of the tenant's own service times (no solo runs yet).");
        notes.add("SLA credits use a flat schedule: 10% of the monthly fee when availability falls below the tier's promise.");

        List<TierResult> tiers = new ArrayList<>();
        for (Tier tier : s.tiers().values()) {
            int count = 0;
            int breaching = 0;
            double off = 0;
            double done = 0;
            double rej = 0;
            double vm = 0;
            BigDecimal rev = BigDecimal.ZERO;
            for (int t = 0; t < n; t++) {
                if (specs.get(t).tier().equals(tier.name())) {
                    TenantResult tr = tenants.get(t);
                    count++;
                    breaching += tr.breached() ? 1 : 0;
                    off += tr.offeredRequests();
                    done += tr.completedRequests();
                    rej += tr.errorRate() * tr.offeredRequests();
                    vm += tr.violationMinutes();
                    rev = rev.add(tr.monthlyRevenue());
                }
            }
            double[] p = new double[4];
            for (Rep r : rs) {
                for (int k = 0; k < 4; k++) {
                    p[k] += r.tierPct.get(tier.name())[k] / reps;
                }
            }
            double[] p99s = rs.stream().mapToDouble(r -> r.tierPct.get(tier.name())[2]).toArray();
            tiers.add(new TierResult(tier.name(), count, off, done, off > 0 ? rej / off : 0,
                    count == 0 ? LatencyStats.NONE : stats(p, p99s),
                    tier.slo().p99().toNanos() / 1e6, breaching, vm, rev,
                    count == 0 ? BigDecimal.ZERO.setScale(2) : tierShowback.getOrDefault(tier.name(), BigDecimal.ZERO), Map.of()));
        }

        List<StackResult> stacks = new ArrayList<>();
        for (int st = 0; st < nStacks; st++) {
            List<Double> u = new ArrayList<>(mins);
            for (int m = 0; m < mins; m++) {
                double sum = 0;
                for (Rep r : rs) {
                    sum += r.utilization[st][m];
                }
                u.add(sum / reps);
            }
            stacks.add(new StackResult(layout.stacks.get(st).name(), layout.stacks.get(st).kind(), layout.stacks.get(st).servers(),
                    stackTenants[st], 60, u, Map.of()));
        }

        BlastRadius blast = blast(specs, rs, violMean, aggressor, 0, mins, mins, reps, revenueExcluding(specs, aggressor), true);
        List<WindowResult> windows = new ArrayList<>();
        LocalTime start = s.horizon().start() == null ? LocalTime.MIDNIGHT : s.horizon().start().toLocalTime();
        for (ReportSpec.Window w : s.report().windows()) {
            double from = offset(start, w.from());
            double to = offset(start, w.to());
            if (to <= from) {
                to += 86_400;
            }
            int m0 = (int) Math.min(mins, Math.floor(from / 60));
            int m1 = (int) Math.min(mins, Math.ceil(to / 60));
            BlastRadius b = blast(specs, rs, violMean, aggressor, m0, m1, mins, reps, revenueExcluding(specs, aggressor), false);
            windows.add(new WindowResult(w.label(), from, to, b.tenantsBreaching(), b.tenantsConsidered(), b.shareOfTenants(), b.shareOfRevenue()));
        }

        CostResult cost = new CostResult("USD", bill, billTotal, revenue, credits.setScale(2, RoundingMode.HALF_EVEN), PlaceholderPrices.SOURCE,
                null, null, null);
        RunInfo info = new RunInfo(s.name(), s.description(), "base", seed, reps, name(),
                s.horizon().start() == null ? null : s.horizon().start().toString(), s.horizon().lengthSeconds(), span, notes);
        return new RunOutcome(info, tenants, tiers, stacks, blast, windows, cost);
    }

    /** Tenants (aggressor excluded) with a violation minute in [m0, m1), in any replication. */
    private static BlastRadius blast(List<TenantSpec> specs, List<Rep> rs, double[] violMean, int aggressor, int m0, int m1,
                                     int mins, int reps, BigDecimal revenue, boolean series) {
        int n = specs.size();
        int considered = 0;
        int breaching = 0;
        BigDecimal revBreaching = BigDecimal.ZERO;
        for (int t = 0; t < n; t++) {
            if (t == aggressor) {
                continue;
            }
            considered++;
            boolean any = false;
            for (Rep r : rs) {
                for (int m = m0; m < m1 && !any; m++) {
                    any = r.violation[t * mins + m];
                }
            }
            if (any) {
                breaching++;
                revBreaching = revBreaching.add(specs.get(t).monthlyFee());
            }
        }
        List<Double> perStep = new ArrayList<>();
        if (series) {
            for (int m = 0; m < mins; m++) {
                double sum = 0;
                for (Rep r : rs) {
                    int c = 0;
                    for (int t = 0; t < n; t++) {
                        if (t != aggressor && r.violation[t * mins + m]) {
                            c++;
                        }
                    }
                    sum += considered == 0 ? 0 : (double) c / considered;
                }
                perStep.add(sum / reps);
            }
        }
        double revShare = revenue.signum() == 0 ? 0 : revBreaching.doubleValue() / revenue.doubleValue();
        return new BlastRadius(breaching, considered, considered == 0 ? 0 : (double) breaching / considered, revShare,
                aggressor < 0 ? null : specs.get(aggressor).id(), 60, perStep);
    }

    private static BigDecimal revenueExcluding(List<TenantSpec> specs, int aggressor) {
        BigDecimal r = BigDecimal.ZERO;
        for (int t = 0; t < specs.size(); t++) {
            if (t != aggressor) {
                r = r.add(specs.get(t).monthlyFee());
            }
        }
        return r;
    }

    private static double offset(LocalTime start, LocalTime at) {
        double d = at.toSecondOfDay() - start.toSecondOfDay();
        return d < 0 ? d + 86_400 : d;
    }

    /** Percentiles rounded to the microsecond the histograms record (no noise digits in results.json). */
    private static LatencyStats stats(double[] p, double[] p99s) {
        return new LatencyStats(us(p[0]), us(p[1]), us(p[2]), us(p[3]), us(halfWidth(p99s)));
    }

    private static double us(double ms) {
        return Double.isNaN(ms) ? ms : Math.round(ms * 1000) / 1000.0;
    }

    /** Student-t 95% half-width of the mean of {@code xs}; 0 for one value, NaN values ignored. */
    static double halfWidth(double[] xs) {
        double[] v = java.util.Arrays.stream(xs).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length < 2) {
            return 0;
        }
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (v.length - 1));
        return new TDistribution(null, v.length - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(v.length);
    }
}
