package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.scenario.model.EventSpec;
import dev.tenantsim.scenario.yaml.YNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Binds a validated {@code events:} list ({@link dev.tenantsim.scenario.schema.EventChecks} has checked it). */
final class EventBinder {
    private EventBinder() {
    }

    static List<EventSpec> events(List<YNode> nodes, OffsetDateTime start) {
        List<EventSpec> out = new ArrayList<>(nodes.size());
        int i = 0;
        for (YNode n : nodes) {
            Duration at = offset(value(n, "at"), start);
            Duration length = value(n, "for") instanceof Duration d ? d : offset(value(n, "until"), start).minus(at);
            out.add(new EventSpec(i++, n.location().known() ? n.location().line() : 0,
                    EventSpec.Kind.named((String) value(n, "kind")), at, length,
                    (String) value(n, "tenant"), value(n, "factor") instanceof Double f ? f : Double.NaN,
                    (String) value(n, "stack"), share(value(n, "cpu")), share(value(n, "iops")), DrillBinder.drill(n)));
        }
        return out;
    }

    /** A moment ({@code at}, {@code until}) as time from the horizon's start. */
    static Duration offset(Object moment, OffsetDateTime start) {
        if (moment instanceof OffsetDateTime t) {
            return Duration.between(start, t);
        }
        return (Duration) moment;
    }

    private static double share(Object v) {
        return v instanceof Double d ? d : 1.0;
    }
}
