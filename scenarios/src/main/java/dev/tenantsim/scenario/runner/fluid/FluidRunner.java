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
import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.metrics.AggressorRule;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.report.model.LatencyStats;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.SloSpec;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioRunner;
import dev.tenantsim.scenario.runner.OutcomeAssembler;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quarter-long path: the fluid pass over the whole horizon with the scenario's placement and
 * the limits of its controls, converted once into {@link Measurements} ({@link FluidMeasurements});
 * then the request-level DES over the busiest window of each stack group for exact tails
 * ({@link WindowDes}); then the one {@link OutcomeAssembler}, as for a request-level run.
 *
 * <p>So every figure is computed by the same function on both paths (docs/metrics.md): SLO
 * minutes and availability, incidents and the aggressor, blast radius over the horizon and over
 * time, load shares, tier totals and the error rate, the bill, showback and SLA credits from the
 * scenario's schedules. What only this path has: the fluid pass's utilization at hourly points on
 * long horizons; latency percentiles per tier and per simulated tenant from the windows (other
 * tenants: fluid mean and worst-minute p99); the incidents with their affected tenants
 * ({@link QuarterOutcome}).
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
        progress.start("fluid pass over " + (minutes >= 1440 ? minutes / 1440 + " days" : minutes + " min"), 3);
        refuseRequestLevelEvents(s);
        ScenarioModel model = ScenarioModels.forFluid(s, seed);
        int n = model.tenantCount();
        Signature[] sigs = model.workload().signatures();
        int seriesSteps = minutes >= 2 * 1440 ? 60 : Math.max(1, minutes / 240);
        FluidOptions fo = FluidOptions.defaults(minutes).withSeriesSteps(seriesSteps)
                .withBusiestWindows(options.busiestWindows(), Math.min(60, minutes)).withThreads(options.threads())
                .withSeed(RandomStreams.of(seed).seedFor("fluid-violations"));
        FluidResult fr = FluidPass.run(fluidModel(model, sigs), new SignatureDemandSource(Arrays.asList(sigs)), fo);
        Measurements measured = FluidMeasurements.of(model, fr, minutes);
        int aggressor = AggressorRule.of(List.of(measured));
        progress.advance(1);

        WindowDes.Result des = new WindowDes(options).run(s, seed, replications, model, fr, seriesSteps, aggressor);
        progress.advance(1);

        // Tenants outside the request-level windows: the fluid mean as p50 and the worst minute's p99 as p99.
        Map<Integer, LatencyStats> tenantLatency = new HashMap<>();
        TenantFluidResults tr = fr.tenants();
        for (int t = 0; t < n; t++) {
            LatencyStats simulated = des.tenantLatency().get(t);
            tenantLatency.put(t, simulated != null ? simulated : new LatencyStats(ms(tr.meanLatencySeconds(t)), Double.NaN,
                    ms(tr.worstTailSeconds(t)), Double.NaN, 0));
        }
        List<IncidentSummary> incidents = incidents(fr, model);
        List<String> notes = new ArrayList<>(model.notes());
        notes.add(String.format(Locale.ROOT, "Fluid pass over %d minutes at one-minute steps: utilization, violation minutes, "
                + "availability and incidents are fluid approximations (queueing formulas, not individual requests), each "
                + "tenant-minute judged by one draw of the chance that the per-minute SLO rule breaks (since tenantsim's "
                + "issue 18; earlier versions judged on the stack's expected p99 and reported fewer violation minutes); "
                + "latency percentiles per tier come from the request-level simulation of %d window(s) of %d min, the "
                + "busiest of each stack group (%s).", minutes, des.windows().size(), options.desWindowMinutes(),
                des.describe()));
        notes.add("The fluid pass applies rate limits, connection quotas and concurrency caps; circuit breakers, bulkheads, "
                + "admission control, timeouts and retries act on single requests and show only in the request-level windows.");
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
        List<String> closing = new ArrayList<>();
        closing.add(String.format(Locale.ROOT, "Incidents (>= 5 min with >= 5%% of a stack's tenants in violation): %d over the "
                + "horizon%s.", incidents.size(), incidents.isEmpty() ? "" : "; largest: " + incidents.get(0).describe(s)));
        closing.add("Tenants outside the simulated windows show the fluid mean latency as p50 and their worst-minute "
                + "p99 as p99 (conservative).");
        RunOutcome outcome = OutcomeAssembler.assemble(s, model, List.of(measured), OutcomeAssembler.Extras.withWindows(name(),
                seed, replications, notes, closing, des.windows(), tenantLatency, des.tierLatency()));
        progress.advance(1);
        progress.done();
        long users = 0;
        for (TenantProfile p : model.workload().population().tenants()) {
            users += p.users();
        }
        BigDecimal bill = outcome.cost().monthlyBill();
        BigDecimal perMau = users == 0 ? BigDecimal.ZERO : bill.divide(BigDecimal.valueOf(users), 6, RoundingMode.HALF_EVEN);
        return new QuarterOutcome(outcome, incidents, perMau, users, fr, measured, des);
    }

    /** The fluid model of the scenario: its stacks, and per tenant its work, SLO and the limits of its controls. */
    private static FluidModel fluidModel(ScenarioModel model, Signature[] sigs) {
        List<StackCapacity> caps = new ArrayList<>();
        for (PlacedStack st : model.layout().stacks()) {
            var spec = st.spec();
            int shards = spec.db().shards(); // the fluid pass pools a stack's shards
            caps.add(new StackCapacity(spec.app().cores(), spec.db().cores() * shards, spec.db().iops() * shards,
                    spec.db().maxConnections() * shards, spec.db().secondsPerIo()));
        }
        int[] stackOf = model.layout().stackOf();
        FluidModel.Builder b = FluidModel.builder(caps, sigs.length);
        dev.tenantsim.engine.fluid.WorkMoments[] work = new dev.tenantsim.engine.fluid.WorkMoments[sigs.length];
        for (int t = 0; t < sigs.length; t++) {
            work[t] = SignatureDemandSource.workOf(sigs[t].work());
        }
        work = FluidDataPath.apply(model, sigs, work, ScenarioWorkload.horizonMinutes(model.scenario()));
        for (int t = 0; t < sigs.length; t++) {
            TenantProfile p = model.workload().tenant(t);
            var slo = p.slo(model.tiers().tier(p.tier()));
            b.tenant(t, work[t], TenantLimits.of(model.controls().of(t)),
                    SignatureDemandSource.sloOf(slo), stackOf[t]);
            if (model.scenario().tiers().get(p.tier()).slo().method() == SloSpec.Method.OCCURRENCES) {
                b.slowThreshold(t, model.slo().slowThreshold(t)); // counted only where a budget needs it
            }
        }
        return b.build();
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




    private static List<IncidentSummary> incidents(FluidResult fr, ScenarioModel model) {
        List<PlacedStack> stacks = model.layout().stacks();
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
     * @param measurements what the fluid pass measured, as the assembler read it
     */
    public record QuarterOutcome(RunOutcome outcome, List<IncidentSummary> incidents, BigDecimal costPerMau, long users,
                                 FluidResult fluid, Measurements measurements, WindowDes.Result des) {
        public QuarterOutcome {
            incidents = List.copyOf(incidents);
        }
    }

    /**
     * The fluid pass applies load spikes (they are in the signatures) but not database degradations
     * or stack outages: a scenario with those is refused here, naming the event, rather than run
     * as if they did not happen (the validator already refuses them on a fluid horizon; this
     * catches {@code --fidelity fluid}).
     */
    static void refuseRequestLevelEvents(Scenario s) {
        for (dev.tenantsim.scenario.model.EventSpec e : s.events()) {
            if (e.kind() != dev.tenantsim.scenario.model.EventSpec.Kind.LOAD_SPIKE) {
                throw dev.tenantsim.scenario.ScenarioException.of(s.name(), e.where() + ".kind (" + e.kind().label()
                        + "): the fluid pass does not apply it; run with --fidelity request (or horizon.fidelity: request)");
            }
        }
    }
}
