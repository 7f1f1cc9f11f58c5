package dev.tenantsim.workload.trace;

/** What a reader does with a bad row. Header errors are fatal under both policies. */
public enum BadRowPolicy {
    /** Throw {@link TraceFormatException} at the first bad row (default). */
    STRICT,
    /** Skip bad rows, counting them per cause in the {@link TraceReadReport} (never silently). */
    LENIENT
}
