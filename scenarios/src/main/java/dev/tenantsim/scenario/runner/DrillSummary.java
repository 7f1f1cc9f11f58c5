package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.platform.metrics.EventImpact;
import dev.tenantsim.report.Formats;
import dev.tenantsim.scenario.model.EventSpec;
import dev.tenantsim.scenario.model.ExplicitTenant;
import dev.tenantsim.scenario.runner.model.DrillPlan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.workload.TenantProfile;
import java.util.Map;
import java.util.TreeSet;

/**
 * The plain-words sentence an event's account opens with, from its plan and its measured impact,
 * e.g. "The region outage of eu-west-1 took 20% of tenants down for 30 minutes; all were eu-only
 * tenants without a permitted failover; 16 failed over to us-east-1 after 5 minutes down."
 */
final class DrillSummary {
    private DrillSummary() {
    }

    static String sentence(ScenarioModel model, DrillPlan plan, Map<String, Integer> down, int moved, int blocked, long changes,
                           EventImpact impact) {
        EventSpec e = plan.event();
        int n = model.tenantCount();
        int maxDown = down.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return switch (e.kind()) {
            case STACK_OUTAGE, REGION_OUTAGE -> outage(model, plan, down, moved, blocked, n);
            case CONTROL_PLANE_OUTAGE -> e.drill().hotPath()
                    ? "The control-plane outage, with the tenant mapping looked up on every request, took " + share(down.size(), n)
                      + " of tenants down for " + minutes(maxDown) + "; " + changes(changes) + "."
                    : "The control-plane outage took " + share(down.size(), n) + " of tenants down, each once its cached mapping"
                      + " (TTL " + Formats.span(e.drill().ttl().toNanos() / 1e9) + ") expired, for up to " + minutes(maxDown)
                      + "; the others routed from their cache; " + changes(changes) + ".";
            case DEPENDENCY_OUTAGE -> dependency(model, e, impact, n);
            default -> "The " + e.kind().label() + " put " + impact.affectedTenants().size() + " of " + n + " tenants ("
                    + Formats.percent((double) impact.affectedTenants().size() / n) + ") in breach in its window.";
        };
    }

    private static String outage(ScenarioModel model, DrillPlan plan, Map<String, Integer> down, int moved, int blocked, int n) {
        EventSpec e = plan.event();
        String name = e.kind() == EventSpec.Kind.REGION_OUTAGE ? "The region outage of " + e.drill().region()
                : "The outage of " + e.stack();
        int stayed = down.size() - moved;
        int longest = 0;
        TreeSet<String> movedIds = new TreeSet<>();
        plan.moves().forEach(mv -> movedIds.add(model.workload().tenant(mv.tenant()).id()));
        int detection = 0;
        for (Map.Entry<String, Integer> d : down.entrySet()) {
            if (movedIds.contains(d.getKey())) {
                detection = Math.max(detection, d.getValue());
            } else {
                longest = Math.max(longest, d.getValue());
            }
        }
        String pair = e.drill().failoverTo();
        String after = moved == 0 ? "" : "; " + moved + " failed over to " + pair + " after " + minutes(detection) + " down";
        if (stayed <= 0) {
            return name + " took " + share(down.size(), n) + " of tenants down for " + minutes(detection) + " until they failed"
                    + " over to " + pair + "; none stayed down.";
        }
        String why;
        if (!e.drill().failsOver()) {
            why = "there was no failover";
        } else if (blocked == stayed) {
            why = "all were " + residencyLabel(model, plan) + " tenants without a permitted failover to " + pair;
        } else if (blocked > 0) {
            why = blocked + " of them because their residency forbids " + pair + ", the others because the pair was down too";
        } else {
            why = "the pair was down too";
        }
        return name + " took " + share(stayed, n) + " of tenants down for " + minutes(longest) + "; " + why + after + ".";
    }

    private static String dependency(ScenarioModel model, EventSpec e, EventImpact impact, int n) {
        int k = impact.affectedTenants().size();
        String whose = e.tenant() == null ? "every tenant" : e.tenant();
        String head = "The " + e.drill().dependency() + " outage for " + whose + " put " + k + " of " + n + " tenants ("
                + Formats.percent((double) k / n) + ") in breach in its window";
        if (e.tenant() == null) {
            return head + ".";
        }
        boolean own = impact.affectedTenants().stream().anyMatch(t -> model.workload().tenant(t).id().equals(e.tenant()));
        int others = own ? k - 1 : k;
        return head + (others == 0 ? ": only " + e.tenant() + "'s own calls failed."
                : ": " + others + " other tenants failed with it, through a breaker they share.");
    }

    /** The residency the blocked tenants share (e.g. eu-only), or "residency-bound" when they differ. */
    private static String residencyLabel(ScenarioModel model, DrillPlan plan) {
        TreeSet<String> labels = new TreeSet<>();
        for (int t : plan.residencyBlocked()) {
            TenantProfile p = model.workload().tenant(t);
            String label = p.residency().isConstrained() ? p.residency().label() : null;
            for (ExplicitTenant x : model.scenario().tenants().explicit()) {
                if (label == null && x.id().equals(p.id()) && x.region() != null) {
                    label = x.region() + "-only";
                }
            }
            labels.add(label == null ? "residency-bound" : label);
        }
        return labels.size() == 1 ? labels.first() : "residency-bound";
    }

    private static String share(int k, int n) {
        return Formats.percent((double) k / n);
    }

    private static String minutes(int m) {
        return m + (m == 1 ? " minute" : " minutes");
    }

    private static String changes(long c) {
        return c == 0 ? "no provisioning or config change was due in the window"
                : c + (c == 1 ? " provisioning or config change" : " provisioning or config changes") + " in the window failed";
    }
}
