package dev.tenantsim.scenario.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The engines {@code --engine} may name: {@code local} (built in) and those other jars on the
 * classpath provide through {@link ServiceLoader} ({@code META-INF/services/dev.tenantsim.scenario.sweep.SweepEngine};
 * the {@code spark-runner} jar brings {@code spark}). The product jar has no Spark in it, so asking
 * for {@code spark} without that jar says how to get it.
 */
public final class SweepEngines {
    /** The engine of the spark-runner module, named here only to say where it comes from when it is missing. */
    public static final String SPARK = "spark";

    private SweepEngines() {
    }

    /** Engine names, in order: local, then the discovered ones by name. */
    public static List<String> names() {
        return new ArrayList<>(describe().keySet());
    }

    /** Name → one-line description of every engine available here. */
    public static Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(LocalPoolEngine.NAME, LocalPoolEngine.DESCRIPTION);
        discovered().stream().sorted(java.util.Comparator.comparing(ServiceLoader.Provider::type, java.util.Comparator.comparing(Class::getName)))
                .map(ServiceLoader.Provider::get).forEach(e -> out.putIfAbsent(e.name(), e.description()));
        return out;
    }

    /**
     * A new engine of that name (close it when done).
     *
     * @throws IllegalArgumentException naming the allowed engines, or saying which jar brings the one asked for
     */
    public static SweepEngine named(String name) {
        if (name == null || LocalPoolEngine.NAME.equals(name)) {
            return new LocalPoolEngine();
        }
        for (ServiceLoader.Provider<SweepEngine> p : discovered()) {
            SweepEngine e = p.get();
            if (e.name().equals(name)) {
                return e;
            }
        }
        if (SPARK.equals(name)) {
            throw new IllegalArgumentException("--engine spark needs the spark-runner jar on the classpath: run"
                    + " java -jar spark-runner/target/tenantsim-spark.jar with the same arguments (build it with"
                    + " mvn -B -pl spark-runner -am package -DskipTests), or spark-submit it (README, \"Sweeps on Apache Spark\")");
        }
        throw new IllegalArgumentException("--engine (" + name + ") must be one of " + String.join(", ", names()));
    }

    private static List<ServiceLoader.Provider<SweepEngine>> discovered() {
        return ServiceLoader.load(SweepEngine.class, SweepEngines.class.getClassLoader()).stream().toList();
    }
}
