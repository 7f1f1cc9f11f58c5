package dev.tenantsim.engine.kernel.resource;

import dev.tenantsim.engine.kernel.JobListener;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.stats.TimeWeightedStatistic;
import java.util.Objects;

/**
 * A multi-server first-come-first-served station (G/G/c): {@code servers} identical servers and
 * one FIFO queue.
 *
 * <p>Jobs are int ids owned by the caller. {@link #arrive(int, double)} starts service at once if
 * a server is free, else queues the job; at the end of its service the station starts the next
 * queued job and then calls {@code onComplete} (so a listener that sends the job straight back
 * joins behind the jobs already waiting). An optional start listener is told when service begins,
 * which is how an owner measures queueing delay.
 *
 * <p>The queue is a ring buffer of primitive arrays; after the buffers have grown to the peak
 * queue length, the request path allocates nothing. Each job in service holds one calendar event.
 */
public final class FcfsStation {
    private static final int DEPART = 0;

    private final Simulation sim;
    private final String name;
    private final int servers;
    private final JobListener onComplete;
    private final int handlerId;
    private JobListener onStart = JobListener.NONE;

    private int busy;
    private int[] queueJob = new int[64];
    private double[] queueWork = new double[64];
    private int head;
    private int queued;

    private long arrivals;
    private long completions;
    private final TimeWeightedStatistic busyStat;
    private final TimeWeightedStatistic queueStat;

    public FcfsStation(Simulation sim, String name, int servers, JobListener onComplete) {
        this.sim = Objects.requireNonNull(sim, "sim");
        this.name = Objects.requireNonNull(name, "name");
        if (servers < 1) {
            throw new IllegalArgumentException(name + ".servers (" + servers + ") must be >= 1");
        }
        this.servers = servers;
        this.onComplete = Objects.requireNonNull(onComplete, "onComplete");
        this.handlerId = sim.register(this::handle);
        this.busyStat = new TimeWeightedStatistic(sim.now(), 0.0);
        this.queueStat = new TimeWeightedStatistic(sim.now(), 0.0);
    }

    /** Sets the listener told when a job's service starts (at arrival or when it leaves the queue). */
    public FcfsStation onStart(JobListener listener) {
        this.onStart = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * A job arrives needing {@code serviceTime} of one server.
     *
     * @throws IllegalArgumentException if the service time is negative, NaN or infinite
     */
    public void arrive(int job, double serviceTime) {
        if (!(serviceTime >= 0) || serviceTime == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": serviceTime (" + serviceTime + ") must be a finite number >= 0");
        }
        arrivals++;
        double now = sim.now();
        if (busy < servers) {
            busy++;
            busyStat.update(now, busy);
            sim.schedule(serviceTime, handlerId, DEPART, job);
            onStart.onJob(job);
        } else {
            if (queued == queueJob.length) {
                grow();
            }
            int tail = head + queued;
            if (tail >= queueJob.length) {
                tail -= queueJob.length;
            }
            queueJob[tail] = job;
            queueWork[tail] = serviceTime;
            queued++;
            queueStat.update(now, queued);
        }
    }

    /**
     * Removes a job that is still waiting in the queue (e.g. its request timed out); O(queue
     * length). Returns false if the job is not queued (in service or unknown).
     */
    public boolean removeWaiting(int job) {
        int cap = queueJob.length;
        for (int i = 0; i < queued; i++) {
            int idx = head + i;
            if (idx >= cap) {
                idx -= cap;
            }
            if (queueJob[idx] == job) {
                for (int k = i; k < queued - 1; k++) {
                    int a = head + k;
                    if (a >= cap) {
                        a -= cap;
                    }
                    int b = a + 1 == cap ? 0 : a + 1;
                    queueJob[a] = queueJob[b];
                    queueWork[a] = queueWork[b];
                }
                queued--;
                queueStat.update(sim.now(), queued);
                return true;
            }
        }
        return false;
    }

    private void handle(int kind, int job) {
        double now = sim.now();
        completions++;
        if (queued > 0) {
            int next = queueJob[head];
            double work = queueWork[head];
            head = head + 1 == queueJob.length ? 0 : head + 1;
            queued--;
            queueStat.update(now, queued);
            sim.schedule(work, handlerId, DEPART, next);
            onStart.onJob(next);
        } else {
            busy--;
            busyStat.update(now, busy);
        }
        onComplete.onJob(job);
    }

    private void grow() {
        int cap = queueJob.length;
        int[] jobs = new int[cap * 2];
        double[] work = new double[cap * 2];
        for (int i = 0; i < queued; i++) {
            int idx = head + i;
            if (idx >= cap) {
                idx -= cap;
            }
            jobs[i] = queueJob[idx];
            work[i] = queueWork[idx];
        }
        queueJob = jobs;
        queueWork = work;
        head = 0;
    }

    public String name() {
        return name;
    }

    public int servers() {
        return servers;
    }

    public int busyServers() {
        return busy;
    }

    public int queueLength() {
        return queued;
    }

    /** Jobs that arrived since the last statistics reset. */
    public long arrivals() {
        return arrivals;
    }

    /** Jobs that completed since the last statistics reset. */
    public long completions() {
        return completions;
    }

    /** Time-weighted mean busy servers / servers, since the last reset. */
    public double utilization() {
        return busyStat.mean(sim.now()) / servers;
    }

    /** Time-weighted mean number of busy servers. */
    public double meanBusyServers() {
        return busyStat.mean(sim.now());
    }

    /** Time-weighted mean queue length (jobs waiting, not in service). */
    public double meanQueueLength() {
        return queueStat.mean(sim.now());
    }

    /** Largest queue length since the last reset. */
    public int maxQueueLength() {
        return (int) queueStat.max();
    }

    /** Warm-up deletion: statistics restart from now; the state (busy, queue) is kept. */
    public void resetStatistics() {
        double now = sim.now();
        busyStat.reset(now);
        queueStat.reset(now);
        arrivals = 0;
        completions = 0;
    }

    @Override
    public String toString() {
        return "FcfsStation[" + name + ", servers=" + servers + ", busy=" + busy + ", queued=" + queued + "]";
    }

    // Package-visible for tests of the ring buffer.
    int[] queueSnapshot() {
        int[] out = new int[queued];
        for (int i = 0; i < queued; i++) {
            out[i] = queueJob[(head + i) % queueJob.length];
        }
        return out;
    }
}
