package dev.tenantsim.scenario.sweep;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * One unit of a sweep: a pure function of its own fields (a {@link RunSpec} and a replication, say),
 * serialisable so that an engine may run it in another JVM, and its result serialisable so that it
 * can come back.
 */
@FunctionalInterface
public interface SweepTask<T extends Serializable> extends Serializable {
    T call();

    /**
     * The same task reading the scenario's files (traces, price books) from {@code dir} instead of the
     * folder they were named from: where a cluster shipped them, or a shared folder the user named.
     */
    default SweepTask<T> withBaseDir(Path dir) {
        return this;
    }
}
