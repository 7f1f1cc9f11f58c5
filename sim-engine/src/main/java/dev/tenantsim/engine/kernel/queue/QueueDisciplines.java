package dev.tenantsim.engine.kernel.queue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The registry of queue disciplines, keyed by the name used in scenario YAML
 * ({@code workers: { discipline: drr }}): the one list of disciplines, each discipline class
 * carrying its own {@code NAME} and one-line {@code DESCRIPTION}. Adding a discipline is one class
 * and one constant here.
 */
public enum QueueDisciplines {
    /** {@link FifoDiscipline}: global arrival order, capped keys skipped. */
    FIFO(FifoDiscipline.NAME, FifoDiscipline.DESCRIPTION, FifoDiscipline::new),
    /** {@link StrictPriorityDiscipline}: highest weight first, FIFO within a level. */
    PRIORITY(StrictPriorityDiscipline.NAME, StrictPriorityDiscipline.DESCRIPTION, StrictPriorityDiscipline::new),
    /** {@link DeficitRoundRobinDiscipline}: round robin with quanta proportional to weight. */
    DRR(DeficitRoundRobinDiscipline.NAME, DeficitRoundRobinDiscipline.DESCRIPTION, DeficitRoundRobinDiscipline::new),
    /** {@link WeightedFairQueueing}: self-clocked virtual-time fair queueing by weight. */
    WFQ(WeightedFairQueueing.NAME, WeightedFairQueueing.DESCRIPTION, WeightedFairQueueing::new);

    private final String yamlName;
    private final String description;
    private final IntFunction<QueueDiscipline> factory;

    QueueDisciplines(String yamlName, String description, IntFunction<QueueDiscipline> factory) {
        this.yamlName = yamlName;
        this.description = description;
        this.factory = factory;
    }

    /** The name used in scenario files. */
    public String yamlName() {
        return yamlName;
    }

    /** Its one-line description, for {@code tenantsim list disciplines}. */
    public String description() {
        return description;
    }

    /** A new, empty discipline for keys {@code 0..keyCount-1} (uncapped, weight 1). */
    public QueueDiscipline create(int keyCount) {
        return factory.apply(keyCount);
    }

    /** A new discipline by YAML name; see {@link #named}. */
    public static QueueDiscipline create(String name, int keyCount) {
        return named(name).create(keyCount);
    }

    /**
     * The discipline with this YAML name (exact, lower case).
     *
     * @throws IllegalArgumentException naming the allowed names, if there is none
     */
    public static QueueDisciplines named(String name) {
        for (QueueDisciplines d : values()) {
            if (d.yamlName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("queue discipline (" + name + ") must be one of " + String.join(", ", names()));
    }

    /** The valid YAML names, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(QueueDisciplines::yamlName).collect(Collectors.toUnmodifiableList());
    }

    /** YAML name → the discipline's one-line description, in declaration order. */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        for (QueueDisciplines d : values()) {
            m.put(d.yamlName, d.description);
        }
        return Collections.unmodifiableMap(m);
    }
}
