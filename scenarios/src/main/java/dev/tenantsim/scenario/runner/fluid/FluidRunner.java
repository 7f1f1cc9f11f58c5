package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.engine.fluid.FluidIncident;
import dev.tenantsim.engine.fluid.FluidModel;
import dev.tenantsim.engine.fluid.FluidOptions;
import dev.tenantsim.engine.fluid.FluidPass;
import dev.tenantsim.engine.fluid.FluidResource;
import dev.tenantsim.engine.fluid.FluidResult;
import dev.tenantsim.engine.fluid.SignatureDemandSource;
import dev.tenantsim.engine.fluid.StackCapacity;
import dev.tenantsim.engine.fluid.StackFluidResult;
import dev.tenantsim.engine.fluid.TenantFluidResults;
import dev.tenantsim.engine.fluid.TenantLimits;
import dev.tenantsim.engine.fluid.UtilizationSeries;
import dev.tenantsim.report.model.BlastRadius;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.RunInfo;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioRunner;
import dev.tenantsim.scenario.model.Quotas;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quarter-long path: the fluid pass over the whole horizon with the scenario's placement, then
 * the request-level DES over the busiest window of each stack group for exact tails
 * ({@link WindowDes}), mapped into a {@link RunOutcome}.
 *
 * <p>From the fluid pass (whole horizon, one-minute steps): utilization per stack (downsampled to
 * hourly mean for the heatmap), per tenant offered / served / rejected requests, approximate mean
 * latency and worst-minute p99, SLO-violation minutes and availability (docs/metrics.md), incidents
 * (≥ 5 consecutive minutes with ≥ 5% of a stack's tenants in violation) with their aggressor and
 * blast radius, and the share of tenants in violation per hour. From the DES windows: latency
 * percentiles per tier and per tenant on the simulated stacks (replications, Student-t interval).
 * Money: {@link FluidCost}.
 */
public final class FluidRunner implements ScenarioRunner {
    private final FluidRunnerOptions options;

    public FluidRunner() {
        this(FluidRunnerOptions.DEFAULTS);
    }

    public FluidRunner(FluidRunnerOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "platform model: fluid pass over the horizon + request-level DES of the busiest windows";
    }

    @Override
    public RunOutcome run(Scenario s, long seed, int replications, RunProgress progress) {
        return runDetailed(s, seed, replications, progress).outcome();
    }

    /** The run with what the report cannot hold (incidents, cost per MAU) for tests and callers. */
    public QuarterOutcome runDetailed(Scenario s, long seed, int replications, RunProgress progress) {
        int minutes = ScenarioWorkload.horizonMinutes(s);
        if (s.horizon().lengthSeconds() % 60 != 0) {
            throw ScenarioException.of(s.name(), "horizon.length (" + s.horizon().length()
                    + ") must be whole minutes for the fluid pass");
        }
        progress.start("fluid pass over " + minutes / 1440 + " days", 3);
        ScenarioModel model = ScenarioModels.forFluid(s, seed);
        int n = model.tenantCount();
        List<PlacedStack> stacks = model.layout().stacks();
        int[] stackOf = model.layout().stackOf();
        Signature[] sigs = model.workload().signatures();
        FluidModel fm = fluidModel(s, model, stacks, stackOf, sigs);
        int seriesSteps = minutes >= 2 * 1440 ? 60 : Math.max(1, minutes / 240);
        FluidOptions fo = FluidOptions.defaults(minutes).withSeriesSteps(seriesSteps)
                .withBusiestWindows(options.busiestWindows(), Math.min(60, minutes)).withThreads(options.threads());
        FluidResult fr = FluidPass.run(fm, new SignatureDemandSource(Arrays.asList(sigs)), fo);
        progress.advance(1);

        WindowDes.Result des = new WindowDes(options).run(s, seed, replications, model, fr, seriesSteps);
        progress.advance(1);

        List<TenantProfile> tenants = model.workload().population().tenants();
        TenantFluidResults tr = fr.tenants();
        double horizonMinutes = minutes;
        double totalServed = 0;
        for (int t = 0; t < n; t++) {
            totalServed += tr.servedRequests(t);
        }
        List<TenantResult> tenantResults = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            TenantProfile p = tenants.get(t);
            double offered = tr.offeredRequests(t);
            double served = tr.servedRequests(t);
            LatencyStats lat = des.tenantLatency().getOrDefault(t, new LatencyStats(ms(tr.meanLatencySeconds(t)), Double.NaN,
                    ms(tr.worstTailSeconds(t)), Double.NaN, 0));
            tenantResults.add(new TenantResult(p.id(), p.tier(), stacks.get(stackOf[t]).name(), offered, served,
                    offered > 0 ? tr.rejectedRequests(t) / offered : 0, lat, sloMs(model, p), tr.violationMinutes(t),
                    1 - tr.violationMinutes(t) / horizonMinutes, totalServed > 0 ? served / totalServed : 0, Double.NaN,
                    p.monthlyRevenue(), null, Map.of()));
        }
        List<TierResult> tierResults = tiers(s, model, tenantResults, des);
        List<StackResult> stackResults = new ArrayList<>();
        for (int k = 0; k < stacks.size(); k++) {
            StackFluidResult sr = fr.stacks().get(k);
            stackResults.add(new StackResult(stacks.get(k).name(), stacks.get(k).kind().label(), stacks.get(k).spec().app().cores(),
                    sr.tenants(), seriesSteps * 60.0, bottleneckSeries(sr.series()), byResource(sr.series())));
        }
        List<IncidentSummary> incidents = incidents(fr, model, stacks);
        BlastRadius blast = blast(model, tenantResults, fr, incidents, seriesSteps);
        FluidCost.Bill bill = FluidCost.bill(model);
        long users = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (TenantProfile p : tenants) {
            users += p.users();
            revenue = revenue.add(p.monthlyRevenue());
        }
        BigDecimal credits = FluidCost.slaCredits(model, tenantResults);
        List<String> notes = new ArrayList<>(model.notes());
        notes.add(String.format(Locale.ROOT, "Fluid pass over %d minutes at one-minute steps: utilization, violation minutes, "
                + "availability and incidents are fluid approximations (queueing formulas, not individual requests); "
                + "latency percentiles per tier come from the request-level simulation of %d window(s) of %d min, the "
                + "busiest of each stack group (%s).", minutes, des.windows().size(), options.desWindowMinutes(),
                des.describe()));
        for (WindowDes.Window w : des.chosen()) {
            if (w.fluidUtilization() >= 0.99) {
                notes.add("The request-level window on " + w.stackName() + " starts with empty queues, but the fluid pass had that"
                        + " stack saturated (carrying a backlog into the window): its percentiles under-state the queueing there.");
            }
            if (w.minutes() < options.desWindowMinutes()) {
                notes.add(String.format(Locale.ROOT, "The request-level window on %s was shortened to %d min to stay within %,d"
                        + " requests.", w.stackName(), w.minutes(), options.desRequestBudget()));
            }
        }
        notes.add(String.format(Locale.ROOT, "Incidents (>= 5 min with >= 5%% of a stack's tenants in violation): %d over the horizon%s.",
                incidents.size(), incidents.isEmpty() ? "" : "; largest: " + incidents.get(0).describe(s)));
        notes.add("Tenants outside the simulated windows show the fluid mean latency as p50 and their worst-minute "
                + "p99 as p99 (conservative).");
        notes.add(bill.note());
        RunInfo info = new RunInfo(s.name(), s.description(), "base", seed, replications, name(),
                s.horizon().start() == null ? null : s.horizon().start().toString(), minutes * 60.0,
                minutes * 60.0, notes);
        RunOutcome outcome = new RunOutcome(info, tenantResults, tierResults, stackResults, blast, des.windows(),
                FluidCost.costResult(s, bill, revenue, credits));
        progress.advance(1);
        progress.done();
        BigDecimal perMau = users == 0 ? BigDecimal.ZERO
                : bill.total().divide(BigDecimal.valueOf(users), 6, RoundingMode.HALF_EVEN);
        return new QuarterOutcome(outcome, incidents, perMau, users, fr, des);
    }

    private FluidModel fluidModel(Scenario s, ScenarioModel model, List<PlacedStack> stacks, int[] stackOf, Signature[] sigs) {
        List<StackCapacity> caps = new ArrayList<>();
        for (PlacedStack st : stacks) {
            var spec = st.spec();
            caps.add(new StackCapacity(spec.app().cores(), spec.db().cores(), spec.db().iops(), spec.db().maxConnections(),
                    spec.db().secondsPerIo()));
        }
        FluidModel.Builder b = FluidModel.builder(caps, sigs.length);
        Map<String, TenantLimits> limits = new LinkedHashMap<>();
        for (int t = 0; t < sigs.length; t++) {
            TenantProfile p = model.workload().tenant(t);
            TenantLimits lim = limits.computeIfAbsent(p.tier(), tier -> limitsOf(s.quotasFor(tier)));
            var slo = p.slo(model.tiers().tier(p.tier()));
            b.tenant(t, SignatureDemandSource.workOf(sigs[t].work()), lim, SignatureDemandSource.sloOf(slo), stackOf[t]);
        }
        return b.build();
    }

    static TenantLimits limitsOf(Quotas q) {
        double rate = q.rateLimit() == null || !(q.rateLimit().perSecond() > 0) ? Double.POSITIVE_INFINITY : q.rateLimit().perSecond();
        int quota = q.dbConnectionQuota() == null ? Integer.MAX_VALUE : q.dbConnectionQuota();
        int cap = q.concurrencyCap() == null ? Integer.MAX_VALUE : q.concurrencyCap();
        return new TenantLimits(rate, quota, cap);
    }

    /** Per point, the utilization of the stack's busiest resource (hourly mean for a long horizon). */
    static List<Double> bottleneckSeries(UtilizationSeries series) {
        List<Double> out = new ArrayList<>(series.points());
        for (int p = 0; p < series.points(); p++) {
            double u = 0;
            for (FluidResource r : FluidResource.values()) {
                u = Math.max(u, series.mean(r, p));
            }
            out.add(Math.min(1.0, u));
        }
        return out;
    }

    /** Per resource, with the request-level runner's names (app-cpu, db-cpu, db-io, db-pool). */
    private static Map<String, List<Double>> byResource(UtilizationSeries series) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (FluidResource r : FluidResource.values()) {
            List<Double> v = new ArrayList<>(series.points());
            for (double x : series.meanSeries(r)) {
                v.add(x);
            }
            out.put(switch (r) {
                case APP_CPU -> "app-cpu";
                case DB_CPU -> "db-cpu";
                case DB_IO -> "db-io";
                case DB_CONNECTIONS -> "db-pool";
            }, v);
        }
        return out;
    }

    private static double sloMs(ScenarioModel model, TenantProfile p) {
        return ms(p.slo(model.tiers().tier(p.tier())).p99Seconds());
    }

    private static List<TierResult> tiers(Scenario s, ScenarioModel model, List<TenantResult> tenants, WindowDes.Result des) {
        List<TierResult> out = new ArrayList<>();
        for (String tier : s.tiers().keySet()) {
            int count = 0;
            int breaching = 0;
            double offered = 0;
            double completed = 0;
            double violation = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            for (TenantResult t : tenants) {
                if (!t.tier().equals(tier)) {
                    continue;
                }
                count++;
                breaching += t.breached() ? 1 : 0;
                offered += t.offeredRequests();
                completed += t.completedRequests();
                violation += t.violationMinutes();
                revenue = revenue.add(t.monthlyRevenue());
            }
            if (count == 0) {
                continue;
            }
            LatencyStats lat = des.tierLatency().get(tier);
            if (lat == null) {
                lat = LatencyStats.NONE;
            }
            double sloMs = ms(model.tiers().tier(tier).slo().p99Seconds());
            out.add(new TierResult(tier, count, offered, completed, offered > 0 ? (offered - completed) / offered : 0, lat,
                    sloMs, breaching, violation, revenue, null, Map.of()));
        }
        return out;
    }

    private static List<IncidentSummary> incidents(FluidResult fr, ScenarioModel model, List<PlacedStack> stacks) {
        List<IncidentSummary> out = new ArrayList<>();
        List<TenantProfile> tenants = model.workload().population().tenants();
        for (StackFluidResult sr : fr.stacks()) {
            for (FluidIncident i : sr.incidents()) {
                BigDecimal rev = BigDecimal.ZERO;
                for (int t : i.affected()) {
                    rev = rev.add(tenants.get(t).monthlyRevenue());
                }
                out.add(new IncidentSummary(stacks.get(i.stack()).name(), i.startMinute(), i.lengthMinutes(), i.peakShare(),
                        tenants.get(i.aggressor()).id(), i.affectedCount(), sr.tenants(), rev));
            }
        }
        out.sort((a, b) -> a.affectedTenants() != b.affectedTenants() ? Integer.compare(b.affectedTenants(), a.affectedTenants())
                : Integer.compare(b.lengthMinutes(), a.lengthMinutes()));
        return out;
    }

    private static BlastRadius blast(ScenarioModel model, List<TenantResult> tenants, FluidResult fr,
                                     List<IncidentSummary> incidents, int seriesSteps) {
        Map<String, Integer> aggressors = new LinkedHashMap<>();
        for (IncidentSummary i : incidents) {
            aggressors.merge(i.aggressor(), 1, Integer::sum);
        }
        String aggressor = aggressors.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        int breaching = 0;
        BigDecimal revBreaching = BigDecimal.ZERO;
        BigDecimal revAll = BigDecimal.ZERO;
        int considered = 0;
        for (TenantResult t : tenants) {
            if (t.id().equals(aggressor)) {
                continue;
            }
            considered++;
            revAll = revAll.add(t.monthlyRevenue());
            if (t.breached()) {
                breaching++;
                revBreaching = revBreaching.add(t.monthlyRevenue());
            }
        }
        int points = fr.stacks().get(0).violationShare().length;
        List<Double> perStep = new ArrayList<>(points);
        int n = tenants.size();
        for (int p = 0; p < points; p++) {
            double sum = 0;
            for (StackFluidResult sr : fr.stacks()) {
                sum += sr.violationShare()[p] * sr.tenants();
            }
            perStep.add(n == 0 ? 0 : sum / n);
        }
        return new BlastRadius(breaching, considered, considered == 0 ? 0 : (double) breaching / considered,
                revAll.signum() == 0 ? 0 : revBreaching.doubleValue() / revAll.doubleValue(), aggressor,
                seriesSteps * 60.0, perStep);
    }

    static double mean(List<Double> v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.isEmpty() ? 0 : s / v.size();
    }

    static double ms(double seconds) {
        return seconds * 1000;
    }

    /**
     * One incident of the fluid pass, with names.
     *
     * @param affectedTenants tenants of its stack with a violation during it, the aggressor excluded
     * @param stackTenants tenants on its stack
     * @param affectedRevenue monthly revenue of the affected tenants
     */
    public record IncidentSummary(String stack, int startMinute, int lengthMinutes, double peakShare, String aggressor,
                                  int affectedTenants, int stackTenants, BigDecimal affectedRevenue) {
        /** "stack pool, day 12 14:05, 35 min, 1,234 tenants affected (4.1%), aggressor t0042". */
        public String describe(Scenario s) {
            return String.format(Locale.ROOT, "stack %s, day %d %02d:%02d, %d min, %d tenant(s) affected (%.1f%% of the stack), aggressor %s",
                    stack, startMinute / 1440 + 1, (startMinute % 1440) / 60, startMinute % 60, lengthMinutes, affectedTenants,
                    stackTenants == 0 ? 0.0 : 100.0 * affectedTenants / stackTenants, aggressor);
        }
    }

    /**
     * A fluid + DES run with what the report does not carry.
     *
     * @param incidents incidents, largest blast radius first
     * @param costPerMau monthly bill / monthly active users (users of all tenants)
     * @param users monthly active users
     */
    public record QuarterOutcome(RunOutcome outcome, List<IncidentSummary> incidents, BigDecimal costPerMau, long users,
                                 FluidResult fluid, WindowDes.Result des) {
        public QuarterOutcome {
            incidents = List.copyOf(incidents);
        }
    }
}
