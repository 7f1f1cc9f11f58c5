package dev.tenantsim.engine.kernel.resource;

import dev.tenantsim.engine.kernel.EventCalendar;
import dev.tenantsim.engine.kernel.JobListener;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.stats.TimeWeightedStatistic;
import java.util.Arrays;
import java.util.Objects;

/**
 * A processor-sharing station with {@code cores} cores (CPU of an app node or a database): with
 * n jobs present each is served at rate min(1, cores/n) core-seconds per second.
 *
 * <p>Implementation: virtual time V advances at the common per-job rate, dV/dt = min(1, cores/n).
 * A job arriving with work w gets the finish tag V + w and leaves when V reaches it, so jobs leave
 * in tag order: a min-heap of tags on primitive arrays (indexed by job id, so {@link #remove(int)}
 * is O(log n)). Only the next departure is on the calendar: one pending event, cancelled and
 * rescheduled only when the head's departure time moves, i.e. when a newcomer becomes the head,
 * the head leaves, or the rate changes (n above {@code cores} before or after the change). With
 * n &lt;= cores the rate is 1, and an arrival that does not finish first leaves the pending event
 * exact, which saves the calendar a cancel and a schedule per arrival on a lightly loaded
 * station. V restarts at 0 whenever the station empties, so it stays small and precise.
 *
 * <p>Its capacity may change while it runs ({@link #setCapacity}, a degraded database): with
 * {@code c} effective cores (a share of {@code cores}) each serving at {@code speed}, the per-job
 * rate is {@code speed × min(1, c/n)}. At full capacity this is the rate above.
 */
public final class ProcessorSharingStation {
    private static final int DEPART = 0;

    private final Simulation sim;
    private final String name;
    private final int cores;
    private final JobListener onComplete;
    private final int handlerId;

    /** Cores in service (a share of {@link #cores} while degraded) and the speed of each. */
    private double effectiveCores;
    private double speed = 1.0;
    private double virtualTime;
    private double lastUpdate;
    private long departureHandle = EventCalendar.NO_EVENT;

    // Min-heap of finish tags: heapTag/heapJob in heap order, posOf[job] = heap position or -1.
    private double[] heapTag = new double[64];
    private long[] heapSeq = new long[64];
    private int[] heapJob = new int[64];
    private int size;
    private int[] posOf = new int[64];
    private long nextSeq;

    private long completions;
    private final TimeWeightedStatistic busyStat;
    private final TimeWeightedStatistic jobsStat;

    public ProcessorSharingStation(Simulation sim, String name, int cores, JobListener onComplete) {
        this.sim = Objects.requireNonNull(sim, "sim");
        this.name = Objects.requireNonNull(name, "name");
        if (cores < 1) {
            throw new IllegalArgumentException(name + ".cores (" + cores + ") must be >= 1");
        }
        this.cores = cores;
        this.effectiveCores = cores;
        this.onComplete = Objects.requireNonNull(onComplete, "onComplete");
        this.handlerId = sim.register(this::handle);
        Arrays.fill(posOf, -1);
        this.lastUpdate = sim.now();
        this.busyStat = new TimeWeightedStatistic(sim.now(), 0.0);
        this.jobsStat = new TimeWeightedStatistic(sim.now(), 0.0);
    }

    /**
     * A job arrives with {@code work} core-seconds to do.
     *
     * @throws IllegalArgumentException if work is negative, NaN or infinite, or the job is already here
     */
    public void arrive(int job, double work) {
        if (!(work >= 0) || work == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": work (" + work + ") must be a finite number >= 0");
        }
        if (job < 0) {
            throw new IllegalArgumentException(name + ": job (" + job + ") must be >= 0");
        }
        if (job >= posOf.length) {
            growIndex(job);
        } else if (posOf[job] >= 0) {
            throw new IllegalArgumentException(name + ": job (" + job + ") is already in service");
        }
        advance();
        if (size == heapTag.length) {
            growHeap();
        }
        siftUp(size++, virtualTime + work, nextSeq++, job);
        // The head's departure moves only if the newcomer is the new head or the per-job rate
        // changed (n went from n-1 to n > cores); otherwise the pending event is still exact.
        updateStatistics();
        if (posOf[job] == 0 || size > effectiveCores) {
            rescheduleDeparture();
        }
    }

    /**
     * Removes a job before it finishes (killed by a statement timeout, cancelled); its remaining
     * work is dropped and no completion is reported. Returns whether the job was here.
     */
    public boolean remove(int job) {
        if (job < 0 || job >= posOf.length || posOf[job] < 0) {
            return false;
        }
        advance();
        int pos = posOf[job];
        // As in arrive: the departure moves if the head left or the rate changed (n was > cores).
        boolean moved = pos == 0 || size > effectiveCores;
        removeAt(pos);
        updateStatistics();
        if (moved || size == 0) {
            rescheduleDeparture();
        }
        return true;
    }

    /** Work (core-seconds) the job still has to do; NaN if it is not here. */
    public double remainingWork(int job) {
        if (job < 0 || job >= posOf.length || posOf[job] < 0) {
            return Double.NaN;
        }
        return Math.max(0.0, heapTag[posOf[job]] - currentVirtualTime());
    }

    private void handle(int kind, int arg) {
        departureHandle = EventCalendar.NO_EVENT;
        advance();
        int job = heapJob[0];
        // The event was scheduled for exactly this tag; absorb rounding so V never lags behind it.
        if (heapTag[0] > virtualTime) {
            virtualTime = heapTag[0];
        }
        removeAt(0);
        completions++;
        updateStatistics();
        rescheduleDeparture();
        onComplete.onJob(job);
    }

    private double rate() {
        return size <= effectiveCores ? speed : speed * effectiveCores / size;
    }

    /**
     * From now on the station has {@code coreShare} of its cores, each at {@code speed} of its
     * speed (both in (0, 1]; 1 and 1 restore it): work in service keeps what it has done and
     * continues at the new rate.
     */
    public void setCapacity(double coreShare, double newSpeed) {
        if (!(coreShare > 0 && coreShare <= 1) || !(newSpeed > 0 && newSpeed <= 1)) {
            throw new IllegalArgumentException(name + ": capacity share (" + coreShare + ") and speed (" + newSpeed
                    + ") must be in (0, 1]");
        }
        advance();
        effectiveCores = cores * coreShare;
        speed = newSpeed;
        if (size > 0) {
            rescheduleDeparture();
        }
    }

    private double currentVirtualTime() {
        return size == 0 ? virtualTime : virtualTime + rate() * (sim.now() - lastUpdate);
    }

    private void advance() {
        double now = sim.now();
        if (size > 0 && now > lastUpdate) {
            virtualTime += rate() * (now - lastUpdate);
        }
        lastUpdate = now;
    }

    /** After n changed. */
    private void updateStatistics() {
        double now = sim.now();
        busyStat.update(now, Math.min(size, cores));
        jobsStat.update(now, size);
    }

    /** Puts the next departure (only) on the calendar, replacing the pending one. */
    private void rescheduleDeparture() {
        if (departureHandle != EventCalendar.NO_EVENT) {
            sim.cancel(departureHandle);
            departureHandle = EventCalendar.NO_EVENT;
        }
        if (size == 0) {
            virtualTime = 0.0;
            return;
        }
        double delay = Math.max(0.0, (heapTag[0] - virtualTime) / rate());
        departureHandle = sim.schedule(delay, handlerId, DEPART, 0);
    }

    private void removeAt(int pos) {
        posOf[heapJob[pos]] = -1;
        int last = --size;
        if (pos == last) {
            return;
        }
        double t = heapTag[last];
        long s = heapSeq[last];
        int j = heapJob[last];
        if (pos > 0 && less(t, s, heapTag[(pos - 1) >> 1], heapSeq[(pos - 1) >> 1])) {
            siftUp(pos, t, s, j);
        } else {
            siftDown(pos, t, s, j);
        }
    }

    private static boolean less(double t1, long s1, double t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void siftUp(int pos, double t, long s, int job) {
        while (pos > 0) {
            int parent = (pos - 1) >> 1;
            if (!less(t, s, heapTag[parent], heapSeq[parent])) {
                break;
            }
            place(pos, heapTag[parent], heapSeq[parent], heapJob[parent]);
            pos = parent;
        }
        place(pos, t, s, job);
    }

    private void siftDown(int pos, double t, long s, int job) {
        while (true) {
            int c = 2 * pos + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && less(heapTag[c + 1], heapSeq[c + 1], heapTag[c], heapSeq[c])) {
                c++;
            }
            if (!less(heapTag[c], heapSeq[c], t, s)) {
                break;
            }
            place(pos, heapTag[c], heapSeq[c], heapJob[c]);
            pos = c;
        }
        place(pos, t, s, job);
    }

    private void place(int pos, double t, long s, int job) {
        heapTag[pos] = t;
        heapSeq[pos] = s;
        heapJob[pos] = job;
        posOf[job] = pos;
    }

    private void growHeap() {
        int cap = heapTag.length * 2;
        heapTag = Arrays.copyOf(heapTag, cap);
        heapSeq = Arrays.copyOf(heapSeq, cap);
        heapJob = Arrays.copyOf(heapJob, cap);
    }

    private void growIndex(int job) {
        int old = posOf.length;
        int cap = Math.max(old * 2, job + 1);
        posOf = Arrays.copyOf(posOf, cap);
        Arrays.fill(posOf, old, cap, -1);
    }

    public String name() {
        return name;
    }

    public int cores() {
        return cores;
    }

    /** Jobs present (all of them are being served, at a shared rate). */
    public int jobsInService() {
        return size;
    }

    /** Whether the job is present. */
    public boolean contains(int job) {
        return job >= 0 && job < posOf.length && posOf[job] >= 0;
    }

    public long completions() {
        return completions;
    }

    /** Time-weighted mean of min(n, cores) / cores since the last reset. */
    public double utilization() {
        return busyStat.mean(sim.now()) / cores;
    }

    /** Time-weighted mean number of jobs present since the last reset. */
    public double meanJobsInService() {
        return jobsStat.mean(sim.now());
    }

    /** Warm-up deletion: statistics restart from now; jobs in service stay. */
    public void resetStatistics() {
        double now = sim.now();
        busyStat.reset(now);
        jobsStat.reset(now);
        completions = 0;
    }

    @Override
    public String toString() {
        return "ProcessorSharingStation[" + name + ", cores=" + cores + ", jobs=" + size + "]";
    }
}
