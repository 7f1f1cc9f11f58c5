package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.ScenarioSchema.duration;
import static dev.tenantsim.scenario.schema.ScenarioSchema.opt;
import static dev.tenantsim.scenario.schema.ScenarioSchema.req;
import static dev.tenantsim.scenario.schema.ScenarioSchema.scalar;

/** Shapes of the drill kinds' parameters of {@code events:} (the event's own shape is {@link ScenarioSchema}'s). */
final class DrillShapes {
    static final String MAPPING = "controlPlaneOutage: cached (routing from cached tenant-to-cell mappings, default) or hotPath"
            + " (the mapping is looked up on every request: everyone fails)";

    private DrillShapes() {
    }

    static final ObjectShape FAILOVER = ObjectShape.of("a failover to a regional pair after a detection delay",
            req("to", scalar(ValueKind.NAME, "stackOutage: the pair stack (report name); regionOutage: the pair region, "
                    + "whose stacks take the down region's in topology order"), "to"),
            opt("after", duration(0, false, "0s", 86_400, "1d", "detection delay before the tenants move (default 5m; "
                    + "they move at the first minute boundary after it)"), "detection delay"));
}
