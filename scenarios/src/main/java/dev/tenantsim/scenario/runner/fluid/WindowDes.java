package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.engine.fluid.FluidResult;
import dev.tenantsim.engine.fluid.StackFluidResult;
import dev.tenantsim.engine.fluid.WarmStart;
import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.PlatformSimulator;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.Topology;
import dev.tenantsim.engine.platform.metrics.BlastShares;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.WindowResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.runner.OutcomeAssembler;
import dev.tenantsim.scenario.runner.model.ArrivalPass;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.RequestSpan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.TenantLoads;
import dev.tenantsim.scenario.runner.model.TenantWorkload;
import dev.tenantsim.scenario.runner.model.TenantWorkloads;
import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request-level part of the fluid + DES path: for each stack group (the pool, each cell group,
 * the dedicated stacks), the stack and hour with the highest fluid utilization of its bottleneck
 * resource; its tenants are simulated request by request over the first {@code desWindowMinutes}
 * of that hour, on a copy of that stack, with the same assignment, controls and SLOs, replicated.
 * Stacks are independent in the platform model, so simulating one stack alone is exact for it.
 */
final class WindowDes {
    private final FluidRunnerOptions options;

    WindowDes(FluidRunnerOptions options) {
        this.options = options;
    }

    /** A window simulated request by request. */
    record Window(String group, int stack, String stackName, int fromMinute, int minutes, double fluidUtilization) {
    }

    /**
     * What the windows measured.
     *
     * @param tenantLatency latency of the tenants of the simulated stacks, by dense tenant index
     * @param tierLatency latency per tier over the windows (request-weighted mean of the windows' percentiles)
     */
    record Result(List<Window> chosen, List<WindowResult> windows, Map<Integer, LatencyStats> tenantLatency,
                  Map<String, LatencyStats> tierLatency) {
        String describe() {
            List<String> parts = new ArrayList<>();
            for (Window w : chosen) {
                parts.add(String.format(Locale.ROOT, "%s: %s day %d %02d:%02d at %.0f%% fluid utilization", w.group(),
                        w.stackName(), w.fromMinute() / 1440 + 1, (w.fromMinute() % 1440) / 60, w.fromMinute() % 60,
                        100 * w.fluidUtilization()));
            }
            return parts.isEmpty() ? "none" : String.join("; ", parts);
        }
    }

    /**
     * Simulates the busiest windows. Each window's figures are the run's functions over its
     * {@link Measurements}: latency over replications ({@link OutcomeAssembler#latencyOver}), blast
     * radius ({@link BlastShares}) with the run's {@code aggressor} (dense index, -1 none) left out.
     */
    Result run(Scenario s, long seed, int replications, ScenarioModel model, FluidResult fr, int seriesSteps, int aggressor) {
        List<Window> chosen = choose(model, fr, seriesSteps, ScenarioWorkload.horizonMinutes(s));
        List<WindowResult> windows = new ArrayList<>();
        Map<Integer, LatencyStats> tenantLatency = new HashMap<>();
        Map<String, double[]> tierSums = new LinkedHashMap<>(); // tier -> {count, p50*count, p95*count, p99*count, p999*count, hw*count}
        if (chosen.isEmpty()) {
            return new Result(chosen, windows, tenantLatency, Map.of());
        }
        TenantWorkload requestLevel = TenantWorkloads.of(s, seed, ArrivalPass.REQUEST_LEVEL);
        int reps = Math.min(replications, options.maxDesReplications());
        RandomStreams root = RandomStreams.of(seed);
        for (Window w : chosen) {
            List<Integer> members = model.layout().tenantsOn(w.stack());
            int k = members.size();
            int[] idx = new int[k];
            int localAggressor = -1;
            List<TenantProfile> profiles = new ArrayList<>(k);
            Signature[] sigs = new Signature[k];
            dev.tenantsim.engine.platform.cache.DataAccess[] access = new dev.tenantsim.engine.platform.cache.DataAccess[k];
            for (int j = 0; j < k; j++) {
                idx[j] = members.get(j);
                if (idx[j] == aggressor) {
                    localAggressor = j;
                }
                profiles.add(requestLevel.tenant(idx[j]).withIndex(j));
                sigs[j] = requestLevel.signature(idx[j]);
                access[j] = requestLevel.access(idx[j]);
            }
            TenantWorkload sub = new TenantWorkload(new Population(profiles, requestLevel.population().tiers()), sigs, List.of(),
                    access);
            RequestSpan span = new RequestSpan(w.fromMinute(), w.minutes());
            List<TenantLoad> loads = TenantLoads.of(sub, model.tiers(), span);
            WarmStart warm = fr.stacks().get(w.stack()).warmStart();
            if (options.warmStart() && warm.minute() == w.fromMinute()) {
                // the queue the fluid pass had built by the window's first minute, not an empty stack
                double[] backlog = warm.backlogsOf(idx);
                double scale = carriedScale(backlog, loads, model.layout().stack(w.stack()).spec(), w.minutes());
                List<TenantLoad> carried = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    carried.add(loads.get(j).withCarriedIn((int) Math.round(backlog[j] * scale)));
                }
                loads = carried;
            }
            PlatformScenario ps = new PlatformScenario(dev.tenantsim.scenario.runner.model.MechanismModels.withUsersRegions(
                    loads, model.scenario(), model.layout()),
                    new Topology(List.of(model.layout().stack(w.stack()).spec()), new int[k]),
                    model.controls().select(idx), model.slo().select(idx), span.seconds());
            RandomStreams streams = RandomStreams.of(root.seedFor("des-window-" + w.stackName() + "-" + w.fromMinute()));
            List<Results> rs = new ArrayList<>(reps);
            for (int r = 0; r < reps; r++) {
                rs.add(PlatformSimulator.run(ps, streams.replication(r)));
            }
            List<Measurements> runs = Measurements.of(rs, w.fromMinute());
            for (int j = 0; j < k; j++) {
                if (runs.get(0).tenant(j).latency().count() > 0) {
                    List<LatencySummary> each = new ArrayList<>(reps);
                    for (Measurements m : runs) {
                        each.add(m.tenant(j).latency());
                    }
                    tenantLatency.put(idx[j], OutcomeAssembler.latencyOver(each));
                }
            }
            for (int tier : runs.get(0).latencyByTier().keySet()) {
                List<LatencySummary> each = new ArrayList<>(reps);
                long count = 0;
                for (Measurements m : runs) {
                    LatencySummary l = m.latencyByTier().getOrDefault(tier, LatencySummary.EMPTY);
                    each.add(l);
                    count += l.count();
                }
                if (count == 0) {
                    continue;
                }
                LatencyStats l = OutcomeAssembler.latencyOver(each);
                double[] acc = tierSums.computeIfAbsent(model.tiers().tiers().get(tier).name(), x -> new double[6]);
                acc[0] += count;
                acc[1] += count * l.p50Ms();
                acc[2] += count * l.p95Ms();
                acc[3] += count * l.p99Ms();
                acc[4] += count * l.p999Ms();
                acc[5] += count * l.p99HalfWidthMs();
            }
            BlastShares b = BlastShares.of(runs, localAggressor);
            windows.add(new WindowResult(String.format(Locale.ROOT, "busiest hour of %s (%s)", w.group(), w.stackName()),
                    w.fromMinute() * 60.0, (w.fromMinute() + w.minutes()) * 60.0,
                    (int) Math.min(b.population(), Math.round(b.affected())), b.population(), b.tenantShare(),
                    b.revenueShare()));
        }
        // A tier over several windows: each percentile the request-weighted mean of the windows'.
        Map<String, LatencyStats> tierLatency = new LinkedHashMap<>();
        tierSums.forEach((tier, a) -> tierLatency.put(tier, new LatencyStats(a[1] / a[0], a[2] / a[0], a[3] / a[0],
                a[4] / a[0], a[5] / a[0])));
        return new Result(chosen, windows, tenantLatency, tierLatency);
    }

    /**
     * The share of the fluid backlog a warm-started window carries in: all of it, unless it is more
     * than the stack can serve over the whole window (at its bottleneck, for the tenants' mean work)
     * or than a quarter of the request budget. Past that the rest changes nothing for the window's
     * own requests, which wait behind at least a window's worth of work either way, and carrying it
     * would only cost memory; each tenant keeps its share of what is carried.
     */
    private double carriedScale(double[] backlog, List<TenantLoad> loads, dev.tenantsim.engine.platform.StackSpec spec,
                                int minutes) {
        double total = 0;
        double rate = 0;
        double app = 0;
        double db = 0;
        double io = 0;
        for (int j = 0; j < backlog.length; j++) {
            total += backlog[j];
            TenantLoad l = loads.get(j);
            double r = l.meanRate();
            rate += r;
            app += r * l.work().appCpuSeconds().mean();
            db += r * l.work().dbCpuSeconds().mean();
            io += r * l.work().dbIoOps().mean();
        }
        if (!(total >= 1) || !(rate > 0)) {
            return 1.0;
        }
        double perRequest = Math.max(app / rate / spec.app().cores(), Math.max(db / rate / spec.db().cores(),
                io / rate / spec.db().iops()));
        double servable = perRequest > 0 ? minutes * 60.0 / perRequest : Double.POSITIVE_INFINITY;
        double cap = Math.min(servable, options.desRequestBudget() / 4.0);
        return total <= cap ? 1.0 : cap / total;
    }

    /** Per group, the stack and series point with the highest bottleneck utilization; busiest groups first. */
    private List<Window> choose(ScenarioModel model, FluidResult fr, int seriesSteps, int horizonMinutes) {
        Map<String, Window> best = new LinkedHashMap<>();
        List<PlacedStack> stacks = model.layout().stacks();
        for (int k = 0; k < stacks.size(); k++) {
            StackFluidResult sr = fr.stacks().get(k);
            if (sr.tenants() == 0) {
                continue;
            }
            List<Double> u = FluidRunner.bottleneckSeries(sr.series());
            int arg = 0;
            for (int p = 1; p < u.size(); p++) {
                if (u.get(p) > u.get(arg)) {
                    arg = p;
                }
            }
            int from = arg * seriesSteps;
            int minutes = Math.min(options.desWindowMinutes(), horizonMinutes - from);
            double requestsPerMinute = stackRequestsPerMinute(model, fr, k, horizonMinutes) * Math.max(1.0, u.get(arg)
                    / Math.max(1e-9, FluidRunner.mean(u)));
            if (requestsPerMinute * minutes > options.desRequestBudget()) {
                minutes = (int) Math.max(1, Math.floor(options.desRequestBudget() / requestsPerMinute));
            }
            Window w = new Window(stacks.get(k).group(), k, stacks.get(k).name(), from, minutes, u.get(arg));
            Window cur = best.get(w.group());
            if (cur == null || w.fluidUtilization() > cur.fluidUtilization()) {
                best.put(w.group(), w);
            }
        }
        List<Window> out = new ArrayList<>(best.values());
        out.sort((a, b) -> Double.compare(b.fluidUtilization(), a.fluidUtilization()));
        return out.subList(0, Math.min(out.size(), options.maxDesWindows()));
    }

    /** Mean offered requests per minute of the stack's tenants over the horizon. */
    private static double stackRequestsPerMinute(ScenarioModel model, FluidResult fr, int stack, int horizonMinutes) {
        double sum = 0;
        for (int t : model.layout().tenantsOn(stack)) {
            sum += fr.tenants().offeredRequests(t);
        }
        return sum / horizonMinutes;
    }


}
