package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.placement.Assignment;
import dev.tenantsim.placement.CellKind;
import dev.tenantsim.placement.CellSpec;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.ResourceVector;
import dev.tenantsim.placement.TenantDemand;
import dev.tenantsim.placement.TenantDemands;
import dev.tenantsim.placement.TierRules;
import dev.tenantsim.placement.evaluation.PlacementEvaluation;
import dev.tenantsim.placement.evaluation.PlacementEvaluator;
import dev.tenantsim.placement.rebalance.MigrationPlan;
import dev.tenantsim.placement.rebalance.RebalanceOptions;
import dev.tenantsim.placement.rebalance.Rebalancer;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.workload.TenantProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What {@code tenantsim place} shows: the scenario's assignment (rules, then its placement
 * strategy, through the scenario mapping) evaluated on the tenants' summed demand series per
 * stack — cells used, peak utilization per resource, stranded capacity, tenants at SLO risk (on a
 * stack whose peak exceeds {@link #RISK_UTILIZATION}), the hottest stack — and, on request, a
 * rebalancing plan of at most K moves.
 *
 * <p>A stack's capacity as placement sees it: CPU = app + DB cores, IO = provisioned IOPS,
 * connections = DB pool size. The demand is streamed over at most {@link #MAX_EVALUATION_MINUTES}
 * of the horizon (hourly points, each the tenant's busiest minute: their sum bounds a stack's peak
 * from above), so a quarter is reviewed on its first week. The rebalancer moves a tenant only
 * between stacks of the group its placement rules and tier gave it.
 */
public final class PlacementReview {
    /** Peak utilization above which a stack's tenants are counted at SLO risk. */
    public static final double RISK_UTILIZATION = 0.85;
    /** Headroom target whose unused part is stranded capacity (docs/metrics.md). */
    public static final double HEADROOM = 0.15;
    /** Longest span of demand evaluated (one week). */
    public static final int MAX_EVALUATION_MINUTES = 7 * 1440;

    private final ScenarioModel model;
    private final PlacementProblem problem;
    private final Assignment assignment;
    private final int minutes;

    private PlacementReview(ScenarioModel model, PlacementProblem problem, Assignment assignment, int minutes) {
        this.model = model;
        this.problem = problem;
        this.assignment = assignment;
        this.minutes = minutes;
    }

    public static PlacementReview of(Scenario s, long seed) {
        ScenarioModel m = ScenarioModels.forFluid(s, seed);
        int horizon = ScenarioWorkload.horizonMinutes(s);
        int minutes = Math.min(horizon, MAX_EVALUATION_MINUTES);
        int perPoint = minutes % 60 == 0 ? 60 : 1;
        List<PlacedStack> stacks = m.layout().stacks();
        double ioSeconds = stacks.get(0).spec().db().secondsPerIo();
        List<TenantProfile> profiles = m.workload().population().tenants();
        List<TenantDemand> demands = new ArrayList<>();
        int[] stackOf = m.layout().stackOf();
        for (TenantDemand d : TenantDemands.fromSignatures(profiles, Arrays.asList(m.workload().signatures()), minutes,
                perPoint, ioSeconds)) {
            // a tenant may move only within the stack group its rules and tier gave it (cells carry the group as region)
            demands.add(new TenantDemand(d.id(), d.index(), d.tier(), d.region(), Set.of(stacks.get(stackOf[d.index()]).group()),
                    d.mean(), d.peak(), d.series(), d.monthlyRevenueMicros()));
        }
        List<CellSpec> cells = new ArrayList<>();
        for (int c = 0; c < stacks.size(); c++) {
            PlacedStack st = stacks.get(c);
            var spec = st.spec();
            boolean dedicated = st.kind() == PlacedStack.Kind.DEDICATED;
            cells.add(new CellSpec(st.name(), c, dedicated ? CellKind.DEDICATED : CellKind.SHARED, st.group(),
                    new ResourceVector(spec.app().cores() + spec.db().cores(), spec.db().iops(),
                            spec.db().maxConnections(), 1e12),
                    dedicated ? 1 : Integer.MAX_VALUE, new ResourceVector(HEADROOM, HEADROOM, HEADROOM, 0)));
        }
        PlacementProblem problem = new PlacementProblem(demands, cells, TierRules.none());
        Assignment a = new Assignment(m.layout().strategy(), LoadBasis.SERIES_PEAK, m.layout().stackOf(), List.of());
        return new PlacementReview(m, problem, a, minutes);
    }

    public ScenarioModel model() {
        return model;
    }

    public PlacementProblem problem() {
        return problem;
    }

    public Assignment assignment() {
        return assignment;
    }

    /** Minutes of demand the evaluation covers. */
    public int evaluatedMinutes() {
        return minutes;
    }

    public PlacementEvaluation evaluation() {
        return new PlacementEvaluator(RISK_UTILIZATION).evaluate(problem, assignment);
    }

    /** At most {@code maxMoves} moves that most lower the worst stack's peak. */
    public MigrationPlan rebalance(int maxMoves) {
        return new Rebalancer(RebalanceOptions.defaults(maxMoves)).propose(problem, assignment.cells());
    }
}
