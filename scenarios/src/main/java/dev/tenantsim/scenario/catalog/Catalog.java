package dev.tenantsim.scenario.catalog;

import dev.tenantsim.engine.kernel.queue.QueueDisciplines;
import dev.tenantsim.engine.platform.cache.QueryCost;
import dev.tenantsim.placement.PlacementStrategies;
import dev.tenantsim.report.section.ReportSections;
import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.workload.generator.GeneratorRegistry;
import dev.tenantsim.workload.trace.TraceReaderRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a scenario may use for pluggable parts, with one line each for {@code tenantsim list}.
 *
 * <p>The families (generators, placement strategies, queue disciplines, trace formats, report
 * sections) come from their module's registry's {@code describe()}: the registry decides which
 * names exist and in what order, and each member carries its own line, so this enum adds only the
 * list's heading. The small fixed vocabularies (distributions, user shapes, job kinds) are listed
 * here; the fidelities come from {@link Fidelity}. Validation and {@code list} read names only
 * through {@link #names()} and {@link #describe()}.
 */
public enum Catalog {
    GENERATORS("generators", "arrival patterns for generated tenants (tenants.generate.pattern)",
            GeneratorRegistry.standard().describe()),
    STRATEGIES("strategies", "placement strategies (placement.strategy)", PlacementStrategies.describe()),
    DISCIPLINES("disciplines", "queue disciplines for workers (topology.*.workers.discipline, controls.workers.discipline)",
            QueueDisciplines.describe()),
    DISTRIBUTIONS("distributions", "work distributions (request.*.dist)", entries(
            "exponential", "memoryless; cv is 1",
            "lognormal", "heavy right tail; give mean and cv",
            "gamma", "given mean and cv",
            "constant", "every request the same; cv is 0",
            "pareto", "power-law tail; give mean and cv")),
    USER_SHAPES("user-shapes", "tenant size distributions (tenants.generate.users.shape)", entries(
            "lognormal", "most tenants small, a long tail of large ones",
            "pareto", "power law: a few tenants hold most users",
            "exponential", "moderately skewed",
            "constant", "every tenant the same size")),
    TRACE_FORMATS("trace-formats", "trace readers (tenants.trace.format)",
            TraceReaderRegistry.standard().describe()),
    JOB_KINDS("job-kinds", "background jobs of explicit tenants (tenants.explicit[].jobs[].kind)", entries(
            "export", "a bulk export holding DB connections for its query time, reading the tenant's data through the buffer pool",
            "import", "a bulk import",
            "report", "a large reporting query",
            "reindex", "a search reindex",
            "backup", "a logical backup, reading the tenant's data through the buffer pool")),
    QUERY_COST("query-cost", "growth laws of query cost with data size (request.queryCost.growth)",
            QueryCost.Growth.describe()),
    EVENT_KINDS("event-kinds", "faults of the timeline (events[].kind)", entries(
            "loadSpike", "tenant's arrival rate x factor over the window (request level and fluid pass)",
            "dbDegradation", "stack's DB cores (cpu) and/or IOPS (iops) drop to a share over the window (request level)",
            "stackOutage", "stack is down over the window: every request arriving there fails (stack-down; request level);"
                    + " with failover, its tenants move to the pair stack after the detection delay",
            "regionOutage", "every stack of the region is down; with failover, tenants whose residency allows it move to the"
                    + " pair region's stacks after the detection delay (request level)",
            "controlPlaneOutage", "control plane down: routing from cached tenant-to-cell mappings (a tenant fails once its entry"
                    + " expires) or, mapping on the hot path, everyone fails; changes in the window fail (request level)",
            "dependencyOutage", "a dependency fails for one tenant (e.g. its KMS key disabled) or for all; breakers decide who"
                    + " else fails (request level)")),
    REPORT_SECTIONS("report-sections", "report sections (report.show)", ReportSections.describe()),
    FIDELITIES("fidelities", "engines for the horizon (horizon.fidelity, --fidelity)", Fidelity.describe());

    private final String listName;
    private final String description;
    private final Map<String, String> entries;

    Catalog(String listName, String description, Map<String, String> entries) {
        this.listName = listName;
        this.description = description;
        this.entries = entries;
    }

    /** The name used by {@code tenantsim list NAME}. */
    public String listName() {
        return listName;
    }

    public String description() {
        return description;
    }

    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /** Name → one-line description, in catalog order. */
    public Map<String, String> describe() {
        return entries;
    }

    private static Map<String, String> entries(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
