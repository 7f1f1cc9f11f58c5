package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.scenario.model.DependencySpec;
import dev.tenantsim.scenario.model.RoutingSpec;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.scenario.yaml.YMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the validated tree of the request path's dependencies ({@code request.dependencies}), its
 * classes and their routes ({@code request.classes}, {@code .writeShare}, {@code .locks},
 * {@code .replica}, {@code .stores}) and a stack's round trips ({@code topology.*.roundTrip}) for
 * {@link ScenarioBinder}.
 */
final class MechanismBinder {
    private MechanismBinder() {
    }

    static List<DependencySpec> dependencies(YMap deps) {
        List<DependencySpec> out = new ArrayList<>();
        if (deps == null) {
            return out;
        }
        for (YMap.Entry e : deps.entries()) {
            YMap d = (YMap) e.value();
            YMap b = map(d, "breaker");
            DependencySpec.Breaker breaker = b == null ? null : new DependencySpec.Breaker(((Long) value(b, "failures")).intValue(),
                    (Duration) value(b, "openFor"), !"dependency".equals(value(b, "per")));
            out.add(new DependencySpec(e.key(), ScenarioBinder.work(map(d, "latency"), true), ((Long) value(d, "capacity")).intValue(),
                    value(d, "failureRate") instanceof Double f ? f : 0, (Double) value(d, "share"),
                    fractions(map(d, "shareByTier")), fractions(map(d, "failureRateByTier")), "async".equals(value(d, "mode")), breaker));
        }
        return out;
    }

    private static Map<String, Double> fractions(YMap m) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (m != null) {
            m.entries().forEach(e -> out.put(e.key(), (Double) value(e.value())));
        }
        return out;
    }

    static Map<String, Duration> roundTrips(YMap m) {
        Map<String, Duration> out = new LinkedHashMap<>();
        if (m != null) {
            m.entries().forEach(e -> out.put(e.key(), (Duration) value(e.value())));
        }
        return out;
    }

    static RoutingSpec routing(YMap r) {
        Map<String, RoutingSpec.ClassSpec> classes = new LinkedHashMap<>();
        YMap cm = map(r, "classes");
        if (cm != null) {
            for (YMap.Entry e : cm.entries()) {
                YMap c = (YMap) e.value();
                classes.put(e.key(), new RoutingSpec.ClassSpec((Double) value(c, "share"), ScenarioBinder.work(map(c, "appCpu"), true),
                        ScenarioBinder.work(map(c, "dbCpu"), true), ScenarioBinder.work(map(c, "dbIo"), false), (String) value(c, "route"),
                        value(c, "writeShare") instanceof Double w ? w : Double.NaN, "shared".equals(value(c, "locks")),
                        (Duration) value(c, "clientTimeout"), (Duration) value(c, "p99")));
            }
        }
        YMap l = map(r, "locks");
        RoutingSpec.LocksSpec locks = l == null ? null : new RoutingSpec.LocksSpec(
                value(l, "waitTimeout") instanceof Duration d ? d : RoutingSpec.LocksSpec.DEFAULT_WAIT_TIMEOUT,
                !Boolean.FALSE.equals(value(l, "backgroundJobs")));
        YMap rep = map(r, "replica");
        RoutingSpec.ReplicaSpec replica = rep == null ? null : new RoutingSpec.ReplicaSpec(db(rep), (Duration) value(rep, "lag"));
        Map<String, Stack.Db> stores = new LinkedHashMap<>();
        YMap sm = map(r, "stores");
        if (sm != null) {
            sm.entries().forEach(e -> stores.put(e.key(), db((YMap) e.value())));
        }
        return new RoutingSpec(classes, value(r, "writeShare") instanceof Double w ? w : 0, locks, replica, stores);
    }

    private static Stack.Db db(YMap m) {
        return new Stack.Db(((Long) value(m, "maxConnections")).intValue(), ((Long) value(m, "cores")).intValue(),
                value(m, "iops") instanceof Long iops ? iops.intValue() : 0);
    }
}
