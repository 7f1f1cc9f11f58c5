package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.Routing;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.WorkloadClass;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.RoutingSpec;
import dev.tenantsim.scenario.model.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request path's classes and their routes ({@code request.classes}, {@code .writeShare},
 * {@code .locks}, {@code .replica}, {@code .stores}) as the platform's {@link Routing}, the same for
 * every stack, each stack with its own replica per shard and its own instance of each store. Off
 * unless the scenario names them, so other runs are unchanged.
 */
public final class ClassModels {
    private ClassModels() {
    }

    static StackLayout onStacks(StackLayout layout, Scenario s) {
        RoutingSpec spec = s.request().routing();
        if (!spec.isOn()) {
            return layout;
        }
        Routing routing = routing(spec);
        List<PlacedStack> out = new ArrayList<>();
        for (PlacedStack p : layout.stacks()) {
            out.add(new PlacedStack(p.name(), p.kind(), p.group(), p.stack(), p.spec().withRouting(routing)));
        }
        return new StackLayout(out, layout.stackOf(), layout.strategy(), layout.notes());
    }

    public static Routing routing(RoutingSpec spec) {
        List<WorkloadClass> classes = new ArrayList<>();
        boolean anyHolds = false;
        for (Map.Entry<String, RoutingSpec.ClassSpec> e : spec.classes().entrySet()) {
            RoutingSpec.ClassSpec c = e.getValue();
            anyHolds |= c.sharedLocks();
            classes.add(new WorkloadClass(e.getKey(), c.share(), c.appCpu() == null ? null : WorkModels.dist(c.appCpu()),
                    c.dbCpu() == null ? null : WorkModels.dist(c.dbCpu()), c.dbIo() == null ? null : WorkModels.dist(c.dbIo()),
                    c.route(), c.writeShare(), c.sharedLocks(),
                    c.clientTimeout() == null ? Double.POSITIVE_INFINITY : seconds(c.clientTimeout()),
                    c.p99() == null ? Double.NaN : seconds(c.p99())));
        }
        RoutingSpec.LocksSpec l = spec.locks();
        Routing.Locks locks = l != null ? new Routing.Locks(true, l.backgroundJobs(), seconds(l.waitTimeout()))
                : anyHolds ? new Routing.Locks(true, true, seconds(RoutingSpec.LocksSpec.DEFAULT_WAIT_TIMEOUT)) : Routing.Locks.NONE;
        Map<String, StackSpec.Database> stores = new LinkedHashMap<>();
        for (Map.Entry<String, Stack.Db> e : spec.stores().entrySet()) {
            stores.put(e.getKey(), StackModels.database(e.getValue()));
        }
        RoutingSpec.ReplicaSpec r = spec.replica();
        return new Routing(classes, spec.writeShare(), locks, r == null ? null : StackModels.database(r.db()),
                r == null ? 0 : seconds(r.lag()), stores);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
