package dev.tenantsim.engine.platform.migration;

/**
 * Where a migrating tenant's requests go: ACTIVE(A) → MIGRATING(read A, write both) →
 * CUTOVER(B, A kept as fallback) → FINAL(B). A failed attempt rolls back to ACTIVE(A).
 */
public enum RoutingState {
    /** Reads and writes on the source. */
    ACTIVE(true, true, false),
    /** Copy, dual-write window and verification: reads on the source, writes on both. */
    MIGRATING(true, true, true),
    /** Reads and writes on the target; the source is kept as fallback. */
    CUTOVER(false, false, true),
    /** Reads and writes on the target; the source's copy is gone. */
    FINAL(false, false, true);

    private final boolean readsSource;
    private final boolean writesSource;
    private final boolean writesTarget;

    RoutingState(boolean readsSource, boolean writesSource, boolean writesTarget) {
        this.readsSource = readsSource;
        this.writesSource = writesSource;
        this.writesTarget = writesTarget;
    }

    /** Whether reads (and the request as a whole) are served by the source. */
    public boolean readsSource() {
        return readsSource;
    }

    public boolean writesSource() {
        return writesSource;
    }

    public boolean writesTarget() {
        return writesTarget;
    }

    /** Whether a write costs on both stacks. */
    public boolean dualWrites() {
        return writesSource && writesTarget;
    }
}
