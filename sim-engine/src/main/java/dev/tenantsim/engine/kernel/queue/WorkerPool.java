package dev.tenantsim.engine.kernel.queue;

import dev.tenantsim.engine.kernel.Simulation;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code c} identical workers fed by a {@link QueueDiscipline}, inside a {@link Simulation}: a
 * submitted job waits in the discipline until a worker is idle and the discipline picks it, then
 * holds that worker for its service time and is reported to the {@link JobDone} listener.
 *
 * <p>This is how the platform model runs background work (exports, reports) with a scheduling
 * policy and per-tenant caps: keys are tenants, the job size the discipline sees is the service
 * time. The pool owns its discipline (it enqueues its own slot numbers into it, not the caller's
 * job ids), so do not enqueue into that discipline directly; setting weights and caps on it and
 * reading its counters is fine, before or during the run.
 *
 * <p>Order at a completion: the discipline is told, the worker becomes idle, the listener runs
 * (it may submit more work), then idle workers pull from the discipline. Idle workers are reused
 * last-in first-out; all of it is deterministic. No allocation per job once slots have grown.
 * A job's queueing delay is {@code completionTime - submitTime - serviceTime}.
 */
public final class WorkerPool {
    private static final int DONE = 0;

    private final Simulation sim;
    private final QueueDiscipline discipline;
    private final JobDone listener;
    private final int handler;
    private final int workers;

    private final int[] workerSlot;
    private final int[] idle;
    private int idleCount;

    // Submitted jobs, by slot: the caller's id, its key and service time.
    private int[] slotJob = new int[64];
    private int[] slotKey = new int[64];
    private double[] slotTime = new double[64];
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int slotsUsed;

    private long submitted;
    private long completed;

    /**
     * @param workers number of workers, {@code >= 1}
     * @param discipline an empty discipline this pool will own
     * @param listener told of every completion
     */
    public WorkerPool(Simulation sim, int workers, QueueDiscipline discipline, JobDone listener) {
        this.sim = Objects.requireNonNull(sim, "sim");
        this.discipline = Objects.requireNonNull(discipline, "discipline");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (workers < 1) {
            throw new IllegalArgumentException("workers (" + workers + ") must be >= 1");
        }
        if (!discipline.isEmpty()) {
            throw new IllegalArgumentException("discipline (" + discipline.size() + " jobs queued) must be empty");
        }
        this.workers = workers;
        this.workerSlot = new int[workers];
        Arrays.fill(workerSlot, -1);
        this.idle = new int[workers];
        for (int w = 0; w < workers; w++) {
            idle[w] = workers - 1 - w; // worker 0 is taken first
        }
        this.idleCount = workers;
        this.handler = sim.register((kind, worker) -> finish(worker));
    }

    /**
     * Submits a job at the current simulation time; it starts now if a worker is idle and the
     * discipline picks it.
     *
     * @param job the caller's id, passed back to the listener (any int; need not be unique)
     * @param key the tenant/flow, in {@code 0..discipline.keyCount()-1}
     * @param serviceTime how long it holds a worker, finite and {@code > 0}
     */
    public void submit(int job, int key, double serviceTime) {
        if (key < 0 || key >= discipline.keyCount()) {
            throw new IllegalArgumentException("key (" + key + ") must be in 0.." + (discipline.keyCount() - 1));
        }
        if (!(serviceTime > 0) || serviceTime == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("serviceTime (" + serviceTime + ") of job " + job + " must be a finite number > 0");
        }
        int s = allocateSlot();
        slotJob[s] = job;
        slotKey[s] = key;
        slotTime[s] = serviceTime;
        discipline.enqueue(s, key, serviceTime);
        submitted++;
        dispatch();
    }

    /** The discipline (for weights, caps and queue counters). */
    public QueueDiscipline discipline() {
        return discipline;
    }

    public int workers() {
        return workers;
    }

    /** Workers holding a job now. */
    public int busy() {
        return workers - idleCount;
    }

    /** Jobs waiting for a worker now. */
    public int waiting() {
        return discipline.size();
    }

    public long submitted() {
        return submitted;
    }

    public long completed() {
        return completed;
    }

    private void dispatch() {
        while (idleCount > 0) {
            int s = discipline.dequeue();
            if (s == QueueDiscipline.NONE) {
                return;
            }
            int w = idle[--idleCount];
            workerSlot[w] = s;
            sim.schedule(slotTime[s], handler, DONE, w);
        }
    }

    private void finish(int worker) {
        int s = workerSlot[worker];
        workerSlot[worker] = -1;
        idle[idleCount++] = worker;
        discipline.onComplete(slotKey[s]);
        int job = slotJob[s];
        freeSlots[freeCount++] = s;
        completed++;
        listener.onJob(job);
        dispatch();
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == slotJob.length) {
            int cap = slotJob.length * 2;
            slotJob = Arrays.copyOf(slotJob, cap);
            slotKey = Arrays.copyOf(slotKey, cap);
            slotTime = Arrays.copyOf(slotTime, cap);
            freeSlots = Arrays.copyOf(freeSlots, cap);
        }
        return slotsUsed++;
    }
}
