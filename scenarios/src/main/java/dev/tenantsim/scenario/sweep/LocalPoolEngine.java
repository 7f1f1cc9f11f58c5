package dev.tenantsim.scenario.sweep;

import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.RunProgress;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The default engine: the tasks on a pool of this machine's threads, one task per thread at a time. */
public final class LocalPoolEngine implements SweepEngine {
    public static final String NAME = "local";
    public static final String DESCRIPTION = "this machine's thread pool, one task per core (the default)";

    private final int threads;

    public LocalPoolEngine() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public LocalPoolEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        this.threads = threads;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public <T extends Serializable> List<TaskResult<T>> runAll(List<? extends SweepTask<T>> tasks, RunProgress progress) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "tenantsim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TaskResult<T>>> futures = new ArrayList<>(tasks.size());
            for (SweepTask<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    TaskResult<T> r = TaskResult.of(task);
                    synchronized (progress) {
                        progress.advance(1);
                    }
                    return r;
                }));
            }
            List<TaskResult<T>> out = new ArrayList<>(tasks.size());
            for (Future<TaskResult<T>> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("the sweep was interrupted");
        } catch (ExecutionException e) {
            throw new RunFailedException("a sweep task failed outside its run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
