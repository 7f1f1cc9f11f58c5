package dev.tenantsim.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * At most {@code concurrent} runs at a time, at most {@code waiting} more queued; past that a new
 * run is refused ({@link Full}, HTTP 429). A run that throws becomes a failed job with the
 * exception's message, never a stack trace on the page, and the server keeps going.
 */
final class RunQueue implements AutoCloseable {
    /** The queue is full: the page says to try again later. */
    static final class Full extends Exception {
        private static final long serialVersionUID = 1L;

        Full(String message) {
            super(message);
        }
    }

    private final ThreadPoolExecutor pool;
    private final int concurrent;
    private final int waiting;
    private final Map<String, RunJob> jobs = new LinkedHashMap<>();
    private long next = 1;

    RunQueue(int concurrent, int waiting) {
        if (concurrent < 1 || waiting < 0) {
            throw new IllegalArgumentException("concurrent (" + concurrent + ") must be >= 1 and waiting (" + waiting + ") >= 0");
        }
        this.concurrent = concurrent;
        this.waiting = waiting;
        this.pool = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.SECONDS,
                waiting == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(waiting), r -> {
                    Thread t = new Thread(r, "tenantsim-serve-run");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Queues {@code work}, which reports through and completes the job it is given. */
    synchronized RunJob submit(Consumer<RunJob> work) throws Full {
        RunJob job = new RunJob(String.format(java.util.Locale.ROOT, "r%04d", next));
        try {
            pool.execute(() -> {
                job.running();
                try {
                    work.accept(job);
                } catch (RuntimeException e) {
                    job.failed(Errors.message(e));
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Full("at most " + concurrent + " run(s) at a time and " + waiting + " waiting; try again when one finishes");
        }
        next++;
        jobs.put(job.id(), job);
        return job;
    }

    synchronized RunJob job(String id) {
        return jobs.get(id);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
