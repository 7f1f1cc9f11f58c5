package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.ScenarioSchema.choice;
import static dev.tenantsim.scenario.schema.ScenarioSchema.opt;
import static dev.tenantsim.scenario.schema.ScenarioSchema.req;
import static dev.tenantsim.scenario.schema.ScenarioSchema.scalar;

import dev.tenantsim.scenario.catalog.Catalog;
import java.util.List;

/** The shape of {@code tenants.trace}: which reader, which file, and the reader's options. */
final class TraceShapes {
    private TraceShapes() {
    }

    static final ObjectShape TRACE = ObjectShape.of("tenants replayed from a trace",
            req("format", choice(Catalog.TRACE_FORMATS, "trace format"), "format"),
            req("path", scalar(ValueKind.PATH, "trace file or folder, relative to the scenario file"), "path"),
            opt("tier", scalar(ValueKind.NAME, "tier of every traced tenant (default: the first tier)"), "tier"),
            opt("badRows", choice(List.of("strict", "lenient"), "strict (default: the first bad row is an error naming file and line)"
                    + " or lenient (bad rows are skipped and counted per cause in the run's notes)"), "bad-row policy"),
            opt("tenantKey", scalar(ValueKind.NAME, "which label or dimension names the tenant, for readers that have several"
                    + " (Prometheus label, CloudWatch dimension, OpenCost aggregate; default: the reader's own)"), "tenant key"),
            opt("metric", choice(dev.tenantsim.workload.trace.TraceMetric.columns(), "which metric the values are, for readers"
                    + " whose files do not say (e.g. a Prometheus range query of requests per second; default: the reader's own)"),
                    "value metric"));
}
