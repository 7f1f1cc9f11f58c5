package dev.tenantsim.scenario.catalog;

import dev.tenantsim.engine.kernel.queue.QueueDisciplines;
import dev.tenantsim.placement.PlacementStrategies;
import dev.tenantsim.report.section.ReportSection;
import dev.tenantsim.report.section.ReportSections;
import dev.tenantsim.workload.generator.GeneratorRegistry;
import dev.tenantsim.workload.trace.TraceReaderRegistry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a scenario may use for pluggable parts, with one line each for {@code tenantsim list}.
 *
 * <p>Generators, placement strategies and queue disciplines come from their module's registry
 * ({@code GeneratorRegistry}, {@code PlacementStrategies}, {@code QueueDisciplines}): the registry
 * decides which names exist and in what order, this enum only adds the one-line description. Trace
 * formats and report sections describe themselves ({@code TraceReaderRegistry},
 * {@code ReportSections}), so their lines are taken as they are. Validation and {@code list} read
 * names only through {@link #names()} and {@link #describe()}.
 */
public enum Catalog {
    GENERATORS("generators", "arrival patterns for generated tenants (tenants.generate.pattern)",
            fromRegistry(GeneratorRegistry.standard().names(), entries(
                    "constant", "a flat rate at the tenant's mean, no randomness",
                    "poisson", "steady Poisson arrivals at the tenant's mean rate",
                    "diurnal", "Poisson arrivals whose rate follows a day curve (peak mid-day in the tenant's zone)",
                    "weekly", "quieter weekends on top of the other patterns",
                    "bursty", "two-state Markov-modulated Poisson process (calm / burst)",
                    "ci-bursts", "short bursts at build times, as CI systems produce",
                    "heavy-tailed-jobs", "steady traffic plus heavy-tailed background jobs",
                    "scheduled-job", "steady traffic plus a job at a fixed clock time",
                    "growth", "a rate that grows over the horizon"))),
    STRATEGIES("strategies", "placement strategies (placement.strategy)",
            fromRegistry(PlacementStrategies.names(), entries(
                    "round-robin", "tenants dealt to stacks in turn",
                    "random", "uniformly random stack, seeded",
                    "hash", "stack chosen by a hash of the tenant id (stable across runs)",
                    "first-fit-decreasing", "largest tenants first, first stack with room (vector of CPU, IO, connections)",
                    "best-fit-decreasing", "largest tenants first, stack left with the least room",
                    "spiky-aware", "scores stacks by headroom minus a penalty for concentrating spiky tenants",
                    "correlation-aware", "packs by the peak of a cell's summed signature, so tenants whose peaks do not coincide share"))),
    DISCIPLINES("disciplines", "queue disciplines for workers (topology.*.workers.discipline, controls.workers.discipline)",
            fromRegistry(QueueDisciplines.names(), entries(
                    "fifo", "first come, first served",
                    "priority", "strict priority by tier (enterprise first)",
                    "drr", "deficit round robin across tenants",
                    "wfq", "weighted fair queueing, weights by tier"))),
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
            "export", "a bulk export holding DB connections for its query time",
            "import", "a bulk import",
            "report", "a large reporting query",
            "reindex", "a search reindex",
            "backup", "a logical backup")),
    REPORT_SECTIONS("report-sections", "report sections (report.show)", reportSections());

    /** Shown for a registered name this catalog has no line for (a test keeps the lists in step). */
    static final String UNDESCRIBED = "(no description yet)";

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

    /** The report's own section names, so the two can never disagree. */
    private static Map<String, String> reportSections() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ReportSection s : ReportSections.selectable()) {
            m.put(s.name(), s.description());
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The names a module registers, in its order, each with its one-line description here. A name
     * without a description still appears (with a placeholder), so the registry always wins.
     */
    private static Map<String, String> fromRegistry(Collection<String> names, Map<String, String> descriptions) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) {
            m.put(n, descriptions.getOrDefault(n, UNDESCRIBED));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> entries(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
