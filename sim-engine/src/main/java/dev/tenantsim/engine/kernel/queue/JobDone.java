package dev.tenantsim.engine.kernel.queue;

/** Told when a job submitted to a {@link WorkerPool} finishes, at the simulation's current time. */
@FunctionalInterface
public interface JobDone {
    /** Job {@code job} (the id given to {@link WorkerPool#submit}) has just completed. */
    void onJob(int job);
}
