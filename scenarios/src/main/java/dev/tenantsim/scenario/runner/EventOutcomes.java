package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.platform.metrics.EventImpact;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.report.Formats;
import dev.tenantsim.report.model.EventResult;
import dev.tenantsim.scenario.model.EventSpec;
import dev.tenantsim.scenario.runner.model.DrillModels;
import dev.tenantsim.scenario.runner.model.DrillPlan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timeline's events as the report shows them: for each, what happened when, and its
 * {@link EventImpact} over the minutes of its window inside the measured span (a load spike's own
 * tenant is the aggressor, excluded from its blast radius; a fault of the platform has none). An
 * event outside the span gets a note instead.
 */
final class EventOutcomes {
    private EventOutcomes() {
    }

    static List<EventResult> of(ScenarioModel model, List<Measurements> runs, List<String> notes) {
        List<EventResult> out = new ArrayList<>();
        Measurements first = runs.get(0);
        List<DrillPlan> plans = DrillModels.plans(model);
        for (EventSpec e : model.scenario().events()) {
            int m0 = Math.max(0, (int) Math.floor(e.fromSeconds() / 60) - first.fromMinute());
            int m1 = Math.min(first.minutes(), (int) Math.ceil(e.toSeconds() / 60) - first.fromMinute());
            if (m1 <= m0) {
                notes.add(e.where() + " (" + e.kind().label() + ") lies outside the simulated span: not reported.");
                continue;
            }
            int aggressor = e.kind() == EventSpec.Kind.LOAD_SPIKE ? indexOf(model, e.tenant()) : -1;
            EventImpact impact = EventImpact.of(runs, aggressor, m0, m1);
            List<String> tenants = impact.affectedTenants().stream().map(t -> model.workload().tenant(t).id()).toList();
            List<String> stacks = impact.affectedStacks().stream().map(s -> model.layout().stack(s).name()).toList();
            out.add(new EventResult(e.kind().label(), target(e), what(e),
                    e.fromSeconds(), e.toSeconds(), (int) Math.min(impact.blast().population(), Math.round(impact.blast().affected())),
                    impact.blast().population(), impact.blast().tenantShare(), impact.blast().revenueShare(),
                    impact.violationMinutes(), tenants, stacks, DrillOutcomes.of(model, plans.get(e.index()), runs, m0, m1, impact)));
        }
        return out;
    }

    private static String what(EventSpec e) {
        return switch (e.kind()) {
            case LOAD_SPIKE -> "arrival rate of " + e.tenant() + " x" + Formats.number(e.factor());
            case DB_DEGRADATION -> String.format(Locale.ROOT, "DB of %s at %s of its cores and %s of its IOPS", e.stack(),
                    Formats.percent(e.cpu()), Formats.percent(e.iops()));
            case STACK_OUTAGE -> e.stack() + " down: requests arriving there fail (stack-down), " + failover(e);
            case REGION_OUTAGE -> "every stack of " + e.drill().region() + " down (stack-down), " + failover(e);
            case CONTROL_PLANE_OUTAGE -> e.drill().hotPath() ? "control plane down, tenant mapping on the hot path: every request fails"
                    + " (no-route)" : "control plane down: routing from cached tenant mappings (TTL " + Formats.span(e.drill().ttl().toNanos()
                    / 1e9) + "); a tenant whose entry expires fails (no-route)";
            case DEPENDENCY_OUTAGE -> e.drill().dependency() + " fails for " + (e.tenant() == null ? "every tenant" : e.tenant())
                    + " (dependency-error)";
        };
    }

    private static String failover(EventSpec e) {
        return e.drill().failsOver() ? "failover to " + e.drill().failoverTo() + " after " + Formats.span(e.drill().failoverAfter().toNanos()
                / 1e9) + " where residency allows" : "no failover";
    }

    private static String target(EventSpec e) {
        return switch (e.kind()) {
            case LOAD_SPIKE -> e.tenant();
            case REGION_OUTAGE -> e.drill().region();
            case CONTROL_PLANE_OUTAGE -> "control plane";
            case DEPENDENCY_OUTAGE -> e.drill().dependency() + (e.tenant() == null ? "" : " for " + e.tenant());
            default -> e.stack();
        };
    }

    private static int indexOf(ScenarioModel model, String id) {
        for (int t = 0; t < model.tenantCount(); t++) {
            if (model.workload().tenant(t).id().equals(id)) {
                return t;
            }
        }
        return -1;
    }
}
