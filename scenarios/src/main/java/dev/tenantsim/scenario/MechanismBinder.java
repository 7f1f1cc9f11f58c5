package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.scenario.model.DependencySpec;
import dev.tenantsim.scenario.yaml.YMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the validated tree of the request path's dependencies ({@code request.dependencies}) and
 * a stack's round trips ({@code topology.*.roundTrip}) for {@link ScenarioBinder}.
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
}
