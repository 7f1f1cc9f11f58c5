package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.LatencySummary;
import java.util.Arrays;
import org.HdrHistogram.AbstractHistogram;

/**
 * Shared locks on the primary, per shard: long statements hold one while they run (a count per
 * shard); a write that has its connection waits, FIFO, until its shard has no holder, at most the
 * lock-wait timeout. Readers never wait, not even behind a waiting write (no lock queue fairness).
 * The data tier calls {@link #hold}/{@link #release} for holders and {@link #admit} for writes,
 * and hears back through {@link Owner}.
 */
final class LockTable implements TimeoutRings.Owner {
    /** The data tier, told when a waiting write gets its lock or gives up. */
    interface Owner {
        void lockGranted(int job);

        void lockTimedOut(int job);
    }

    private final Simulation sim;
    private final Owner owner;
    private final TimeoutRings timeouts;
    private final int ring;
    private final int[] held;
    // Per shard, a FIFO of (job, generation) entries; stale entries are skipped.
    private final int[][] queueJob;
    private final int[][] queueGen;
    private final int[] head;
    private final int[] tail;
    // Per job slot: generation of its wait and when it started.
    private int[] gen = new int[1024];
    private double[] since = new double[1024];
    private boolean[] waiting = new boolean[1024];
    private final AbstractHistogram waits = TenantLedger.newMergeHistogram();
    private long timedOut;

    LockTable(Simulation sim, int shards, double waitTimeout, Owner owner) {
        this.sim = sim;
        this.owner = owner;
        int[] ringOf = new int[1];
        timeouts = new TimeoutRings(sim, new double[] {waitTimeout}, ringOf, this);
        ring = ringOf[0];
        held = new int[shards];
        queueJob = new int[shards][16];
        queueGen = new int[shards][16];
        head = new int[shards];
        tail = new int[shards];
    }

    /** A holder's statement starts on shard s. */
    void hold(int s) {
        held[s]++;
    }

    /** A holder's statement on shard s ended: with no holder left, the waiting writes go, in order. */
    void release(int s) {
        held[s]--;
        while (held[s] == 0 && head[s] < tail[s]) {
            int slot = head[s]++ & (queueJob[s].length - 1);
            int j = queueJob[s][slot];
            if (waiting[j] && gen[j] == queueGen[s][slot]) {
                end(j);
                owner.lockGranted(j);
            }
        }
    }

    /** Write j (with its connection) on shard s: true if it may go now, else it waits and hears back. */
    boolean admit(int j, int s) {
        if (held[s] == 0) {
            return true;
        }
        grow(j);
        gen[j]++;
        waiting[j] = true;
        since[j] = sim.now();
        enqueue(s, j, gen[j]);
        if (ring >= 0) {
            timeouts.arm(ring, j, gen[j], sim.now());
        }
        return false;
    }

    /** Write j's wait ends otherwise (its statement timeout killed it). */
    void cancel(int j) {
        if (j < waiting.length && waiting[j]) {
            end(j);
        }
    }

    private void end(int j) {
        waiting[j] = false;
        gen[j]++;
        waits.recordValue(Math.max(1L, Math.round((sim.now() - since[j]) * 1e6)));
    }

    @Override
    public int generation(int j) {
        return gen[j];
    }

    @Override
    public void expired(int j) {
        timedOut++;
        end(j);
        owner.lockTimedOut(j);
    }

    private void enqueue(int s, int j, int g) {
        if (tail[s] - head[s] == queueJob[s].length) {
            int len = queueJob[s].length;
            int[] nj = new int[2 * len];
            int[] ng = new int[2 * len];
            for (int i = 0; i < len; i++) {
                nj[i] = queueJob[s][(head[s] + i) & (len - 1)];
                ng[i] = queueGen[s][(head[s] + i) & (len - 1)];
            }
            queueJob[s] = nj;
            queueGen[s] = ng;
            tail[s] -= head[s];
            head[s] = 0;
        }
        int slot = tail[s]++ & (queueJob[s].length - 1);
        queueJob[s][slot] = j;
        queueGen[s][slot] = g;
    }

    private void grow(int j) {
        if (j >= gen.length) {
            int cap = Math.max(2 * gen.length, j + 1);
            gen = Arrays.copyOf(gen, cap);
            since = Arrays.copyOf(since, cap);
            waiting = Arrays.copyOf(waiting, cap);
        }
    }

    long waited() {
        return waits.getTotalCount();
    }

    long timedOut() {
        return timedOut;
    }

    LatencySummary waits() {
        return TenantLedger.summary(waits);
    }
}
