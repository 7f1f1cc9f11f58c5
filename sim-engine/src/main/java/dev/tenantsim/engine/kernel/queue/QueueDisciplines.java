package dev.tenantsim.engine.kernel.queue;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The registry of queue disciplines, keyed by the name used in scenario YAML
 * ({@code workers: { discipline: drr }}).
 */
public enum QueueDisciplines {
    /** {@link FifoDiscipline}: global arrival order, capped keys skipped. */
    FIFO("fifo", FifoDiscipline::new),
    /** {@link StrictPriorityDiscipline}: highest weight first, FIFO within a level. */
    PRIORITY("priority", StrictPriorityDiscipline::new),
    /** {@link DeficitRoundRobinDiscipline}: round robin with quanta proportional to weight. */
    DRR("drr", DeficitRoundRobinDiscipline::new),
    /** {@link WeightedFairQueueing}: self-clocked virtual-time fair queueing by weight. */
    WFQ("wfq", WeightedFairQueueing::new);

    private final String yamlName;
    private final IntFunction<QueueDiscipline> factory;

    QueueDisciplines(String yamlName, IntFunction<QueueDiscipline> factory) {
        this.yamlName = yamlName;
        this.factory = factory;
    }

    /** The name used in scenario files. */
    public String yamlName() {
        return yamlName;
    }

    /** A new, empty discipline for keys {@code 0..keyCount-1} (uncapped, weight 1). */
    public QueueDiscipline create(int keyCount) {
        return factory.apply(keyCount);
    }

    /** A new discipline by YAML name; see {@link #byName}. */
    public static QueueDiscipline create(String name, int keyCount) {
        return byName(name).create(keyCount);
    }

    /**
     * The discipline with this YAML name (exact, lower case).
     *
     * @throws IllegalArgumentException naming the valid names, if there is none
     */
    public static QueueDisciplines byName(String name) {
        for (QueueDisciplines d : values()) {
            if (d.yamlName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("queue discipline (" + name + ") is unknown; valid names: "
                + String.join(", ", names()));
    }

    /** The valid YAML names, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(QueueDisciplines::yamlName).collect(Collectors.toUnmodifiableList());
    }
}
