package dev.tenantsim.engine.kernel.queue;

/**
 * Decides which waiting job starts next when a server frees up.
 *
 * <p>A job is an {@code int} id (any value {@code >= 0}; the caller's slot or request index) with
 * a <b>key</b> — a dense tenant or flow index in {@code 0..keyCount()-1} — and a <b>size</b>, its
 * expected service in the model's work unit (seconds of worker time, say). DRR and WFQ use the
 * size to share work by weight; FIFO and strict priority ignore it (pass {@code 1.0} if unknown).
 *
 * <p>Life of a job: {@link #enqueue} → {@link #dequeue} returns it (it is now <i>in service</i>)
 * → the caller reports {@link #onComplete} with its key. The caller remembers each job's key.
 *
 * <p><b>Per-key concurrency cap.</b> {@link #setCap} limits how many jobs of a key may be in
 * service at once; {@link #UNCAPPED} (the default, {@code Integer.MAX_VALUE}) means no limit and a
 * cap must otherwise be {@code >= 1} (0 is rejected: it would park the key's jobs forever). A job
 * whose key is at its cap is skipped, not lost: it stays queued, in order, and becomes eligible
 * when {@link #onComplete} takes the key below its cap. Every implementation is
 * <i>work-conserving over eligible keys</i>: {@link #dequeue} returns {@link #NONE} only when no
 * key has both a queued job and a free slot under its cap, and it never scans capped keys (capped
 * keys leave the structure that dequeue looks at, and come back on completion).
 *
 * <p><b>Weights</b> ({@link #setWeight}, default 1, must be finite and {@code > 0}): the share of
 * work of a backlogged key in DRR and WFQ, the priority level in strict priority (higher first),
 * ignored by FIFO.
 *
 * <p>Implementations run on primitive arrays: no boxing, and no allocation per job once the
 * internal arrays have grown to the peak number of queued jobs. They are not thread-safe (one
 * simulation run owns them). Create them through {@link QueueDisciplines}.
 */
public interface QueueDiscipline {
    /** Returned by {@link #dequeue()} when no queued job is eligible to start. */
    int NONE = -1;

    /** The cap meaning "no per-key limit" (the default). */
    int UNCAPPED = Integer.MAX_VALUE;

    /**
     * Queues a job.
     *
     * @throws IllegalArgumentException if {@code job < 0}, the key is out of range, or the size is
     *     not a finite number {@code > 0}
     */
    void enqueue(int job, int key, double size);

    /**
     * Removes and returns the next job to start (it counts as in service for its key from now on),
     * or {@link #NONE} if no queued job is eligible.
     */
    int dequeue();

    /**
     * Reports that a job of {@code key} finished, freeing one of the key's concurrency slots.
     *
     * @throws IllegalStateException if no job of that key is in service
     */
    void onComplete(int key);

    /** Number of queued jobs (not in service) over all keys. */
    int size();

    /** Number of queued jobs of {@code key}. */
    int queued(int key);

    /** Number of jobs of {@code key} dequeued and not yet completed. */
    int inService(int key);

    /** Number of keys; keys are {@code 0..keyCount()-1}. */
    int keyCount();

    /** Sets the weight of {@code key} (finite, {@code > 0}; default 1). See the class comment. */
    void setWeight(int key, double weight);

    /** The weight of {@code key}. */
    double weight(int key);

    /** Sets the maximum number of jobs of {@code key} in service at once ({@code >= 1}, or {@link #UNCAPPED}). */
    void setCap(int key, int maxInService);

    /** The cap of {@code key}; {@link #UNCAPPED} when unlimited. */
    int cap(int key);

    /** Whether no job is queued. */
    default boolean isEmpty() {
        return size() == 0;
    }

    /** Sets the same cap on every key (e.g. a per-tenant cap for all tenants). */
    default void setCapForAll(int maxInService) {
        for (int k = 0; k < keyCount(); k++) {
            setCap(k, maxInService);
        }
    }
}
