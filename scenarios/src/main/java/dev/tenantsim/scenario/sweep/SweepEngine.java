package dev.tenantsim.scenario.sweep;

import dev.tenantsim.scenario.RunProgress;
import java.io.Serializable;
import java.util.List;

/**
 * Where the tasks of a sweep or comparison run: the local pool ({@link LocalPoolEngine}, the default)
 * or an engine another jar brings, found by {@link java.util.ServiceLoader} ({@code spark-runner}'s
 * Apache Spark engine). The command line picks one with {@code --engine NAME}; {@link SweepEngines} lists them.
 */
public interface SweepEngine extends AutoCloseable {
    /** The word {@code --engine} takes. */
    String name();

    /** One line for {@code --help} and messages. */
    String description();

    /**
     * Runs every task and returns what each gave, in task order whatever order they ran in. A task
     * that fails gives a failed {@link TaskResult} (built by {@link TaskResult#of} where it ran);
     * the others still run.
     *
     * @throws dev.tenantsim.scenario.RunFailedException when the engine itself fails (a cluster lost, say)
     */
    <T extends Serializable> List<TaskResult<T>> runAll(List<? extends SweepTask<T>> tasks, RunProgress progress);

    /** Releases what the engine holds (a Spark context); the local pool holds nothing between calls. */
    @Override
    default void close() {
    }
}
