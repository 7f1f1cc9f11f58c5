package dev.tenantsim.scenario.sweep;

import java.io.Serializable;

/**
 * One unit of a sweep: a pure function of its own fields (a {@link RunSpec} and a replication, say),
 * serialisable so that an engine may run it in another JVM, and its result serialisable so that it
 * can come back.
 */
@FunctionalInterface
public interface SweepTask<T extends Serializable> extends Serializable {
    T call();
}
