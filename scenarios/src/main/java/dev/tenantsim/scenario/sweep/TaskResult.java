package dev.tenantsim.scenario.sweep;

import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.ScenarioException;
import java.io.Serializable;

/**
 * What a task gave: its value, or the message of its failure (never both). Engines build it with
 * {@link #of}, which catches the failure inside the task so that the other tasks run on.
 */
public record TaskResult<T extends Serializable>(T value, String failure) implements Serializable {
    public TaskResult {
        if ((value == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of value and failure must be given");
        }
    }

    public boolean failed() {
        return failure != null;
    }

    /** Runs the task where this is called and keeps what it gave or why it failed. */
    public static <T extends Serializable> TaskResult<T> of(SweepTask<T> task) {
        try {
            return new TaskResult<>(task.call(), null);
        } catch (ScenarioException e) {
            return new TaskResult<>(null, String.join("; ", e.lines()));
        } catch (RunFailedException e) {
            return new TaskResult<>(null, e.getMessage());
        } catch (RuntimeException e) {
            return new TaskResult<>(null, e.toString());
        } catch (OutOfMemoryError e) {
            return new TaskResult<>(null, "out of memory (" + e.getMessage() + "); give the JVM or executor more heap, or shorten the span");
        } catch (StackOverflowError e) {
            return new TaskResult<>(null, "stack overflow");
        }
    }
}
