package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.engine.fluid.FluidResult;
import dev.tenantsim.engine.fluid.StackFluidResult;
import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.PlatformSimulator;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.Topology;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.WindowResult;
import dev.tenantsim.scenario.Scenario;
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

    Result run(Scenario s, long seed, int replications, ScenarioModel model, FluidResult fr, int seriesSteps) {
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
            List<TenantProfile> profiles = new ArrayList<>(k);
            Signature[] sigs = new Signature[k];
            for (int j = 0; j < k; j++) {
                idx[j] = members.get(j);
                profiles.add(requestLevel.tenant(idx[j]).withIndex(j));
                sigs[j] = requestLevel.signature(idx[j]);
            }
            TenantWorkload sub = new TenantWorkload(new Population(profiles, requestLevel.population().tiers()), sigs, List.of());
            RequestSpan span = new RequestSpan(w.fromMinute(), w.minutes());
            PlatformScenario ps = new PlatformScenario(TenantLoads.of(sub, model.tiers(), span),
                    new Topology(List.of(model.layout().stack(w.stack()).spec()), new int[k]),
                    model.controls().select(idx), model.slo().select(idx), span.seconds());
            RandomStreams streams = RandomStreams.of(root.seedFor("des-window-" + w.stackName() + "-" + w.fromMinute()));
            List<Results> rs = new ArrayList<>(reps);
            for (int r = 0; r < reps; r++) {
                rs.add(PlatformSimulator.run(ps, streams.replication(r)));
            }
            double breaching = 0;
            double revBreaching = 0;
            double revAll = 0;
            for (int j = 0; j < k; j++) {
                double rev = profiles.get(j).monthlyRevenue().doubleValue();
                revAll += rev;
                double share = 0;
                double[] p = new double[4];
                double[] p99s = new double[reps];
                for (int r = 0; r < reps; r++) {
                    var tr = rs.get(r).tenant(j);
                    share += tr.violationMinuteCount() > 0 ? 1.0 / reps : 0;
                    LatencySummary l = tr.latency();
                    p[0] += l.p50() / reps;
                    p[1] += l.p95() / reps;
                    p[2] += l.p99() / reps;
                    p[3] += l.p999() / reps;
                    p99s[r] = l.p99();
                }
                breaching += share;
                revBreaching += share * rev;
                if (rs.get(0).tenant(j).latency().count() > 0) {
                    tenantLatency.put(idx[j], new LatencyStats(1000 * p[0], 1000 * p[1], 1000 * p[2], 1000 * p[3],
                            1000 * halfWidth(p99s)));
                }
            }
            for (Map.Entry<Integer, LatencySummary> e : rs.get(0).latencyByTier().entrySet()) {
                String tier = model.tiers().tiers().get(e.getKey()).name();
                double[] p99s = new double[reps];
                double[] mean = new double[4];
                long count = 0;
                for (int r = 0; r < reps; r++) {
                    LatencySummary l = rs.get(r).latencyByTier().get(e.getKey());
                    if (l == null) {
                        continue;
                    }
                    count += l.count();
                    mean[0] += l.p50() / reps;
                    mean[1] += l.p95() / reps;
                    mean[2] += l.p99() / reps;
                    mean[3] += l.p999() / reps;
                    p99s[r] = l.p99();
                }
                if (count == 0) {
                    continue;
                }
                double[] acc = tierSums.computeIfAbsent(tier, x -> new double[6]);
                acc[0] += count;
                for (int q = 0; q < 4; q++) {
                    acc[q + 1] += count * mean[q];
                }
                acc[5] += count * halfWidth(p99s);
            }
            int considered = k;
            int b = (int) Math.round(breaching);
            windows.add(new WindowResult(String.format(Locale.ROOT, "busiest hour of %s (%s)", w.group(), w.stackName()),
                    w.fromMinute() * 60.0, (w.fromMinute() + w.minutes()) * 60.0, Math.min(b, considered), considered,
                    considered == 0 ? 0 : breaching / considered, revAll == 0 ? 0 : revBreaching / revAll));
        }
        Map<String, LatencyStats> tierLatency = new LinkedHashMap<>();
        tierSums.forEach((tier, a) -> tierLatency.put(tier, new LatencyStats(1000 * a[1] / a[0], 1000 * a[2] / a[0],
                1000 * a[3] / a[0], 1000 * a[4] / a[0], 1000 * a[5] / a[0])));
        return new Result(chosen, windows, tenantLatency, tierLatency);
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

    /** Student-t 95% half width of the mean (0 for a single value). */
    static double halfWidth(double[] xs) {
        int n = xs.length;
        if (n < 2) {
            return 0;
        }
        double mean = 0;
        for (double x : xs) {
            mean += x / n;
        }
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        double t = new org.apache.commons.math3.distribution.TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return t * Math.sqrt(ss / (n - 1) / n);
    }

}
