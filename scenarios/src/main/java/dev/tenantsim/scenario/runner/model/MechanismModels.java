package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.Dependency;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.TenantControls;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.DependencySpec;
import dev.tenantsim.scenario.model.ExplicitTenant;
import dev.tenantsim.scenario.model.RegionRoundTrips;
import dev.tenantsim.scenario.model.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The request path's dependencies ({@code request.dependencies}, the same for every stack, each
 * stack calling its own instance of the stated capacity) and regions (a stack's {@code region}
 * and {@code roundTrip}, explicit tenants' {@code usersRegion}, else their {@code region}) as the
 * platform's {@link Dependency}, {@link StackSpec.Network} and {@link TenantLoad#usersRegion()}.
 * Both are off unless the scenario names them, so other runs are unchanged.
 */
public final class MechanismModels {
    private MechanismModels() {
    }

    /** The layout with each stack's dependencies and network. */
    static StackLayout onStacks(StackLayout layout, Scenario s, TierModels tiers) {
        List<Dependency> deps = dependencies(s, tiers);
        if (deps.isEmpty() && layout.stacks().stream().noneMatch(p -> p.stack().region() != null)) {
            return layout;
        }
        List<PlacedStack> out = new ArrayList<>();
        for (PlacedStack p : layout.stacks()) {
            StackSpec spec = p.spec().withDependencies(deps).withNetwork(network(p.stack()));
            out.add(new PlacedStack(p.name(), p.kind(), p.group(), p.stack(), spec));
        }
        return new StackLayout(out, layout.stackOf(), layout.strategy(), layout.notes());
    }

    static List<Dependency> dependencies(Scenario s, TierModels tiers) {
        List<Dependency> out = new ArrayList<>();
        int tierCount = tiers.tiers().size();
        for (DependencySpec d : s.request().dependencies()) {
            Dependency dep = new Dependency(d.name(), WorkModels.dist(d.latency()), d.capacity(), d.failureRate(), d.share(),
                    byTier(d.shareByTier(), tiers, tierCount), byTier(d.failureRateByTier(), tiers, tierCount), d.async(),
                    d.breaker() == null ? TenantControls.Breaker.NONE
                            : TenantControls.Breaker.after(d.breaker().failures(), seconds(d.breaker().openFor())),
                    d.breaker() == null || d.breaker().perTenant());
            out.add(dep);
        }
        return out;
    }

    private static double[] byTier(Map<String, Double> values, TierModels tiers, int tierCount) {
        double[] v = new double[tierCount];
        Arrays.fill(v, Double.NaN);
        values.forEach((tier, x) -> v[tiers.index(tier)] = x);
        return v;
    }

    /** A stack's network: its region, and the round trip from every region the defaults or its own table know. */
    static StackSpec.Network network(Stack stack) {
        String region = stack.region();
        if (region == null) {
            return StackSpec.Network.NONE;
        }
        Map<String, Double> rtt = new HashMap<>();
        for (String r : RegionRoundTrips.known()) {
            int ms = RegionRoundTrips.millis(r, region);
            if (ms >= 0) {
                rtt.put(r, ms / 1000.0);
            }
        }
        stack.roundTrip().forEach((r, d) -> rtt.put(r, seconds(d)));
        rtt.putIfAbsent(region, 0.0);
        return new StackSpec.Network(region, rtt);
    }

    /** The regions users' requests of a stack with a region may come from: the defaults', the stack's own table's and its own. */
    public static java.util.Set<String> knownFrom(Stack stack) {
        return network(stack).roundTripFrom().keySet();
    }

    /** The loads with each explicit tenant's users' region, when some stack lives in a region. */
    public static List<TenantLoad> withUsersRegions(List<TenantLoad> loads, Scenario s, StackLayout layout) {
        if (layout.stacks().stream().noneMatch(p -> p.stack().region() != null)) {
            return loads;
        }
        Map<String, String> region = new HashMap<>();
        for (ExplicitTenant e : s.tenants().explicit()) {
            if (e.usersRegionOrResidency() != null) {
                region.put(e.id(), e.usersRegionOrResidency());
            }
        }
        List<TenantLoad> out = new ArrayList<>(loads.size());
        for (TenantLoad l : loads) {
            String r = region.get(l.id());
            out.add(r == null ? l : l.withUsersRegion(r));
        }
        return out;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
