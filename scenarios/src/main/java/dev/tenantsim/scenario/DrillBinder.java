package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.scenario.model.DrillSpec;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import java.time.Duration;

/** Binds the drill parameters of one validated event (region, failover, dependency, control-plane mapping). */
final class DrillBinder {
    private DrillBinder() {
    }

    static DrillSpec drill(YNode n) {
        YMap failover = n instanceof YMap m ? map(m, "failover") : null;
        return new DrillSpec((String) value(n, "region"), failover == null ? null : (String) value(failover, "to"),
                failover == null ? null : (Duration) value(failover, "after"), (String) value(n, "dependency"),
                (String) value(n, "mapping"), (Duration) value(n, "ttl"),
                value(n, "changesPerHour") instanceof Double d ? d : Double.NaN);
    }
}
