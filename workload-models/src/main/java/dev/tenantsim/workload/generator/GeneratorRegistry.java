package dev.tenantsim.workload.generator;

import dev.tenantsim.workload.generator.pattern.BurstyGenerator;
import dev.tenantsim.workload.generator.pattern.CiBurstsGenerator;
import dev.tenantsim.workload.generator.pattern.ConstantGenerator;
import dev.tenantsim.workload.generator.pattern.DiurnalGenerator;
import dev.tenantsim.workload.generator.pattern.GrowthGenerator;
import dev.tenantsim.workload.generator.pattern.PoissonGenerator;
import dev.tenantsim.workload.generator.pattern.WeeklyGenerator;
import dev.tenantsim.workload.generator.job.HeavyTailedJobsGenerator;
import dev.tenantsim.workload.generator.job.ScheduledJobGenerator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Generators by their YAML name, the one list of patterns: explicit registration of constructor
 * references (STYLE.md §3), each generator class carrying its own {@code NAME} and one-line
 * {@code DESCRIPTION}. {@link #standard()} lists every built-in; {@link #with} adds one without
 * touching this class; an unknown name fails with the allowed ones.
 */
public final class GeneratorRegistry {
    /** A registered generator: its line in {@code tenantsim list} and how to build it from YAML parameters. */
    private record Entry(String description, Function<GeneratorParams, WorkloadGenerator> factory) {
    }

    private final Map<String, Entry> entries;

    private GeneratorRegistry(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The built-in generators, in the order {@code tenantsim list generators} shows them. */
    public static GeneratorRegistry standard() {
        return new GeneratorRegistry(Map.of())
                .with(ConstantGenerator.NAME, ConstantGenerator.DESCRIPTION, ConstantGenerator::new)
                .with(PoissonGenerator.NAME, PoissonGenerator.DESCRIPTION, PoissonGenerator::new)
                .with(DiurnalGenerator.NAME, DiurnalGenerator.DESCRIPTION, DiurnalGenerator::new)
                .with(WeeklyGenerator.NAME, WeeklyGenerator.DESCRIPTION, WeeklyGenerator::new)
                .with(BurstyGenerator.NAME, BurstyGenerator.DESCRIPTION, BurstyGenerator::new)
                .with(CiBurstsGenerator.NAME, CiBurstsGenerator.DESCRIPTION, CiBurstsGenerator::new)
                .with(HeavyTailedJobsGenerator.NAME, HeavyTailedJobsGenerator.DESCRIPTION, HeavyTailedJobsGenerator::new)
                .with(ScheduledJobGenerator.NAME, ScheduledJobGenerator.DESCRIPTION, ScheduledJobGenerator::new)
                .with(GrowthGenerator.NAME, GrowthGenerator.DESCRIPTION, GrowthGenerator::new);
    }

    /** A registry with one more generator; a name already registered or a blank description is refused. */
    public GeneratorRegistry with(String name, String description, Function<GeneratorParams, WorkloadGenerator> factory) {
        if (Objects.requireNonNull(description).isBlank()) {
            throw new IllegalArgumentException("generator " + name + " needs a one-line description");
        }
        Map<String, Entry> m = new LinkedHashMap<>(entries);
        if (m.putIfAbsent(Objects.requireNonNull(name), new Entry(description, Objects.requireNonNull(factory))) != null) {
            throw new IllegalArgumentException("generator " + name + " is already registered");
        }
        return new GeneratorRegistry(m);
    }

    /** The valid names, in registration order. */
    public Set<String> names() {
        return entries.keySet();
    }

    /** Generator name → its one-line description, in registration order. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        entries.forEach((name, e) -> m.put(name, e.description()));
        return Collections.unmodifiableMap(m);
    }

    /** The generator {@code name} with its default parameters; an unknown name fails with the allowed ones. */
    public WorkloadGenerator named(String name) {
        return create(name, Map.of());
    }

    /** Creates the generator {@code name} with YAML parameters {@code params}; an unknown name fails as {@link #named}. */
    public WorkloadGenerator create(String name, Map<String, ?> params) {
        Entry e = entries.get(name);
        if (e == null) {
            throw new IllegalArgumentException("generator (" + name + ") must be one of " + String.join(", ", names()));
        }
        return e.factory().apply(new GeneratorParams(name, params));
    }

    /** The same as {@link #named}. */
    public WorkloadGenerator create(String name) {
        return create(name, Map.of());
    }
}
