package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.StackFaults;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.TenantFaults;
import dev.tenantsim.engine.platform.Topology;
import dev.tenantsim.scenario.model.DrillSpec;
import dev.tenantsim.scenario.model.EventSpec;
import dev.tenantsim.scenario.model.ExplicitTenant;
import dev.tenantsim.workload.TenantProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The drill kinds of the timeline as the request-level engine's inputs, over {@link EventModels}'
 * steady faults: a {@code stackOutage} or {@code regionOutage} takes its stacks down and, with
 * {@code failover}, moves each tenant whose residency allows the pair's region to the pair stack
 * from the first minute boundary after the detection delay to the end of the outage (then they
 * fail back); a {@code controlPlaneOutage} fails each tenant from the moment its cached
 * tenant→cell mapping expires (its entry's age drawn from its own named stream; with the mapping
 * on the hot path, everyone from the start) to the end of the outage (cause no-route); a
 * {@code dependencyOutage} fails the named tenant's (or everyone's) calls to the dependency.
 *
 * <p>Residency: a tenant with a residency rule (generated populations) may fail over only into an
 * allowed region; an explicit tenant with a {@code region} only into that region or one of its
 * sub-regions ({@code eu} allows {@code eu-west-1}); a tenant without either, or a stack without a
 * region, anywhere.
 */
public final class DrillModels {
    private DrillModels() {
    }

    /** The plan of every event of the timeline, in order (an empty plan for a load spike or a DB degradation). */
    public static List<DrillPlan> plans(ScenarioModel m) {
        List<DrillPlan> out = new ArrayList<>();
        for (EventSpec e : m.scenario().events()) {
            out.add(plan(m, e));
        }
        return out;
    }

    /** What event {@code e} does to the layout (see {@link DrillPlan}). */
    public static DrillPlan plan(ScenarioModel m, EventSpec e) {
        List<Integer> downStacks = downStacks(m, e);
        List<DrillPlan.Down> downs = new ArrayList<>();
        List<DrillPlan.Move> moves = new ArrayList<>();
        List<Integer> blocked = new ArrayList<>();
        List<Integer> pairDown = new ArrayList<>();
        if (e.kind() == EventSpec.Kind.CONTROL_PLANE_OUTAGE) {
            RandomStreams streams = RandomStreams.of(m.seed());
            double ttl = e.drill().ttl().toNanos() / 1e9;
            for (int t = 0; t < m.tenantCount(); t++) {
                // The age of the tenant's cache entry when the outage starts is uniform over the TTL.
                double expiry = e.drill().hotPath() ? e.fromSeconds()
                        : e.fromSeconds() + ttl * streams.stream("tenant/" + m.workload().tenant(t).id() + "/mappingCache").nextDouble();
                if (expiry < e.toSeconds()) {
                    downs.add(new DrillPlan.Down(t, expiry, e.toSeconds()));
                }
            }
        }
        List<Integer> pairs = pairs(m, e);
        double detected = e.fromSeconds() + e.drill().failoverAfter().toNanos() / 1e9;
        double moveAt = 60 * Math.ceil(detected / 60 - 1e-9);
        double back = 60 * Math.ceil(e.toSeconds() / 60 - 1e-9);
        for (int k = 0; k < downStacks.size(); k++) {
            int s = downStacks.get(k);
            Integer pair = pairs.isEmpty() ? null : pairs.get(k % pairs.size());
            for (int t : m.layout().tenantsOn(s)) {
                if (pair == null || !(moveAt < e.toSeconds())) {
                    downs.add(new DrillPlan.Down(t, e.fromSeconds(), e.toSeconds()));
                } else if (downAt(m, pair, detected)) {
                    pairDown.add(t);
                    downs.add(new DrillPlan.Down(t, e.fromSeconds(), e.toSeconds()));
                } else if (!allowed(m, t, m.layout().stack(pair).stack().region())) {
                    blocked.add(t);
                    downs.add(new DrillPlan.Down(t, e.fromSeconds(), e.toSeconds()));
                } else {
                    moves.add(new DrillPlan.Move(t, pair, moveAt, back));
                    downs.add(new DrillPlan.Down(t, e.fromSeconds(), moveAt));
                }
            }
        }
        return new DrillPlan(e, downStacks, downs, moves, blocked.stream().sorted().toList(), pairDown.stream().sorted().toList());
    }

    /** The layout's topology with every event's faults over {@code span} (the steady kinds by {@link EventModels}). */
    static Topology topology(ScenarioModel m, RequestSpan span) {
        Topology base = EventModels.topology(m.scenario(), m.layout(), span);
        if (m.scenario().events().stream().noneMatch(DrillModels::drill)) {
            return base;
        }
        int stacks = base.stacks().size();
        List<List<StackFaults.StackOutage>> outages = new ArrayList<>();
        List<List<TenantFaults.Guest>> guests = new ArrayList<>();
        for (int s = 0; s < stacks; s++) {
            outages.add(new ArrayList<>());
            guests.add(new ArrayList<>());
        }
        List<TenantFaults.Down> downs = new ArrayList<>();
        List<TenantFaults.DependencyDown> dependencyDowns = new ArrayList<>();
        double from = span.fromSeconds();
        for (EventSpec e : m.scenario().events()) {
            double a = Math.max(0, e.fromSeconds() - from);
            double b = Math.min(span.seconds(), e.toSeconds() - from);
            if (!drill(e) || !(b > a)) {
                continue;
            }
            DrillPlan plan = plan(m, e);
            if (e.kind() == EventSpec.Kind.REGION_OUTAGE) {
                plan.downStacks().forEach(s -> outages.get(s).add(new StackFaults.StackOutage(a, b)));
            }
            for (DrillPlan.Move mv : plan.moves()) {
                int m0 = (int) Math.max(0, Math.round(mv.from() / 60) - span.fromMinute());
                int m1 = (int) Math.min(span.minutes(), Math.round(mv.to() / 60) - span.fromMinute());
                if (m1 > m0) {
                    guests.get(mv.toStack()).add(new TenantFaults.Guest(m.workload().tenant(mv.tenant()).id(), m0, m1));
                }
            }
            if (e.kind() == EventSpec.Kind.CONTROL_PLANE_OUTAGE) {
                for (DrillPlan.Down d : plan.downs()) {
                    double da = Math.max(0, d.from() - from);
                    double db = Math.min(span.seconds(), d.to() - from);
                    if (db > da) {
                        downs.add(new TenantFaults.Down(m.workload().tenant(d.tenant()).id(), da, db, ErrorCause.NO_ROUTE));
                    }
                }
            }
            if (e.kind() == EventSpec.Kind.DEPENDENCY_OUTAGE) {
                dependencyDowns.add(new TenantFaults.DependencyDown(e.tenant(), e.drill().dependency(), a, b));
            }
        }
        List<StackSpec> specs = new ArrayList<>(stacks);
        for (int s = 0; s < stacks; s++) {
            StackSpec spec = base.stacks().get(s);
            StackFaults extra = new StackFaults(List.of(), outages.get(s), new TenantFaults(downs, dependencyDowns, guests.get(s)));
            specs.add(extra.isNone() ? spec : spec.withFaults(spec.faults().plus(extra)));
        }
        return Topology.assigned(specs, base.stackOfTenant());
    }

    /** Whether the event is one of the kinds this class models (a stack outage only with a failover). */
    static boolean drill(EventSpec e) {
        return switch (e.kind()) {
            case REGION_OUTAGE, CONTROL_PLANE_OUTAGE, DEPENDENCY_OUTAGE -> true;
            case STACK_OUTAGE -> e.drill().failsOver();
            default -> false;
        };
    }

    private static List<Integer> downStacks(ScenarioModel m, EventSpec e) {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < m.layout().stacks().size(); s++) {
            PlacedStack p = m.layout().stack(s);
            boolean down = switch (e.kind()) {
                case STACK_OUTAGE -> p.name().equals(e.stack());
                case REGION_OUTAGE -> e.drill().region().equals(p.stack().region());
                default -> false;
            };
            if (down) {
                out.add(s);
            }
        }
        return out;
    }

    /** The pair stacks, in topology order (empty: no failover). */
    private static List<Integer> pairs(ScenarioModel m, EventSpec e) {
        List<Integer> out = new ArrayList<>();
        DrillSpec d = e.drill();
        if (!d.failsOver()) {
            return out;
        }
        for (int s = 0; s < m.layout().stacks().size(); s++) {
            PlacedStack p = m.layout().stack(s);
            if (e.kind() == EventSpec.Kind.STACK_OUTAGE ? p.name().equals(d.failoverTo()) : d.failoverTo().equals(p.stack().region())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether stack {@code s} is down at {@code t} s by an outage of the timeline. */
    private static boolean downAt(ScenarioModel m, int s, double t) {
        for (EventSpec e : m.scenario().events()) {
            if ((e.kind() == EventSpec.Kind.STACK_OUTAGE || e.kind() == EventSpec.Kind.REGION_OUTAGE)
                    && t >= e.fromSeconds() && t < e.toSeconds() && downStacks(m, e).contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tenant {@code t}'s residency lets it be served in {@code region} (see the class comment). */
    static boolean allowed(ScenarioModel m, int t, String region) {
        if (region == null) {
            return true;
        }
        TenantProfile p = m.workload().tenant(t);
        if (p.residency().isConstrained()) {
            return p.residency().allows(region);
        }
        for (ExplicitTenant x : m.scenario().tenants().explicit()) {
            if (x.id().equals(p.id()) && x.region() != null) {
                return region.equals(x.region()) || region.startsWith(x.region() + "-");
            }
        }
        return true;
    }
}
