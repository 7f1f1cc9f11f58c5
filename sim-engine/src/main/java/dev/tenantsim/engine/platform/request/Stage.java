package dev.tenantsim.engine.platform.request;

/**
 * One stage of a stack's request path: client, edge admission, app tier, cache, data tier ...
 * The stages form a chain, assembled in one place ({@link StackSimulation}'s constructor, through
 * {@link #chain}), outermost (the client) first.
 *
 * <p>The unit that moves is an <em>attempt</em>: a job slot ({@link JobSlots}) whose call, tenant
 * and work are filled in. A stage receives it in {@link #accept} and either hands it inward with
 * {@code inner.accept(job)} (now, or later from an event or a resource callback) or ends it with
 * {@code outer.ended(job, cause)}. The end then travels outward through {@link #ended} of every
 * stage the attempt passed, and each releases what it holds for the attempt (a connection, a
 * thread, a concurrency slot) before passing the end on, until the client sees it. A cause is
 * {@link #SUCCESS} or an {@link dev.tenantsim.engine.platform.ErrorCause} ordinal.
 *
 * <p>Everything is synchronous calls on ints: no allocation and no event per hand-over. Each
 * stage calls {@code inner}/{@code outer} from its own code, so every call site sees one receiver
 * class and the JIT inlines it. A stage that needs events registers itself with the simulation
 * and switches on its own int kinds.
 */
abstract class Stage {
    /** The cause of an attempt that was served. */
    static final int SUCCESS = -1;

    /** The next stage inward; null for the innermost. */
    Stage inner;
    /** The next stage outward; null for the client. */
    Stage outer;

    /** Attempt {@code job} enters this stage from {@link #outer}. */
    abstract void accept(int job);

    /**
     * An attempt this stage handed inward ended there with {@code cause}: release what this
     * stage holds for it and pass the end outward. The default holds nothing.
     */
    void ended(int job, int cause) {
        outer.ended(job, cause);
    }

    /** Links {@code stages}, outermost first, into one path; returns the outermost. */
    static Stage chain(Stage... stages) {
        for (int k = 0; k < stages.length; k++) {
            stages[k].outer = k > 0 ? stages[k - 1] : null;
            stages[k].inner = k + 1 < stages.length ? stages[k + 1] : null;
        }
        return stages[0];
    }
}
