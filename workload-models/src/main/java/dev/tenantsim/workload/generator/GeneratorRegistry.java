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
 * Generators by their YAML name. Explicit registration of constructor references (STYLE.md §3):
 * {@link #standard()} lists every built-in; {@link #with} adds one without touching this class.
 */
public final class GeneratorRegistry {
    private final Map<String, Function<GeneratorParams, WorkloadGenerator>> factories;

    private GeneratorRegistry(Map<String, Function<GeneratorParams, WorkloadGenerator>> factories) {
        this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories));
    }

    /** The built-in generators. */
    public static GeneratorRegistry standard() {
        Map<String, Function<GeneratorParams, WorkloadGenerator>> m = new LinkedHashMap<>();
        m.put(ConstantGenerator.NAME, ConstantGenerator::new);
        m.put(PoissonGenerator.NAME, PoissonGenerator::new);
        m.put(DiurnalGenerator.NAME, DiurnalGenerator::new);
        m.put(WeeklyGenerator.NAME, WeeklyGenerator::new);
        m.put(BurstyGenerator.NAME, BurstyGenerator::new);
        m.put(CiBurstsGenerator.NAME, CiBurstsGenerator::new);
        m.put(HeavyTailedJobsGenerator.NAME, HeavyTailedJobsGenerator::new);
        m.put(ScheduledJobGenerator.NAME, ScheduledJobGenerator::new);
        m.put(GrowthGenerator.NAME, GrowthGenerator::new);
        return new GeneratorRegistry(m);
    }

    /** A registry with one more generator. */
    public GeneratorRegistry with(String name, Function<GeneratorParams, WorkloadGenerator> factory) {
        Map<String, Function<GeneratorParams, WorkloadGenerator>> m = new LinkedHashMap<>(factories);
        if (m.putIfAbsent(Objects.requireNonNull(name), Objects.requireNonNull(factory)) != null) {
            throw new IllegalArgumentException("generator " + name + " is already registered");
        }
        return new GeneratorRegistry(m);
    }

    /** The valid names, in registration order. */
    public Set<String> names() {
        return factories.keySet();
    }

    /** Creates the generator {@code name} with YAML parameters {@code params}. */
    public WorkloadGenerator create(String name, Map<String, ?> params) {
        Function<GeneratorParams, WorkloadGenerator> f = factories.get(name);
        if (f == null) {
            throw new IllegalArgumentException("generator (" + name + ") is not known; valid: " + names());
        }
        return f.apply(new GeneratorParams(name, params));
    }

    public WorkloadGenerator create(String name) {
        return create(name, Map.of());
    }
}
