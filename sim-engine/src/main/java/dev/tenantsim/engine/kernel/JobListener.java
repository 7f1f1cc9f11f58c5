package dev.tenantsim.engine.kernel;

/**
 * Called back by a resource about one job: a completion, a grant, a timeout. Jobs are dense int
 * ids; the owner keeps per-job data in its own primitive arrays indexed by the id, so a callback
 * carries no object and allocates nothing.
 */
@FunctionalInterface
public interface JobListener {
    /** A listener that ignores every call. */
    JobListener NONE = job -> { };

    void onJob(int job);
}
