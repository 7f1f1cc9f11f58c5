package dev.tenantsim.engine.platform.request;

import java.util.Arrays;

/**
 * Job slots: a job is one attempt inside the server, or one background query. Station and pool
 * job ids are job slots. Parallel primitive arrays with a free list, so the steady state
 * allocates nothing; the arrays double when full, so read them through this object, never keep
 * one.
 */
final class JobSlots {
    /** {@link #call} of an orphan (its client gave up) or of a background query. */
    static final int NO_CALL = -1;

    // Where a job is (phase), for the statement timeout that may kill it anywhere.
    static final byte FREE = 0;
    static final byte APP_QUEUE = 1;
    static final byte APP_CPU = 2;
    static final byte POOL_WAIT = 3;
    static final byte DB_CPU = 4;
    static final byte DB_IO = 5;
    static final byte HOLD = 6;
    static final byte LOCK_WAIT = 7;

    /** The call waiting for this attempt, or {@link #NO_CALL}. */
    int[] call = new int[1024];
    int[] tenant = new int[1024];
    /** The background job this query belongs to; -1 for an online attempt. */
    int[] bg = new int[1024];
    byte[] phase = new byte[1024];
    /** Bumped when the job's query ends, which makes its pending statement timeout stale. */
    int[] gen = new int[1024];
    /** Calendar handle of the job's connection-hold timer, or -1. */
    long[] holdTimer = new long[1024];
    double[] app = new double[1024];
    double[] db = new double[1024];
    double[] io = new double[1024];
    double[] hold = new double[1024];
    boolean[] hit = new boolean[1024];
    /** The attempt's request class ({@link ClassMix}), or -1 (no classes, or a background query). */
    int[] cls = new int[1024];
    /** Whether the attempt is a write (it waits for shared locks, and the replica applies it). */
    boolean[] write = new boolean[1024];
    private int[] free = new int[1024];
    private int freeCount;
    private int used;

    int alloc() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == call.length) {
            int cap = used * 2;
            call = Arrays.copyOf(call, cap);
            tenant = Arrays.copyOf(tenant, cap);
            bg = Arrays.copyOf(bg, cap);
            phase = Arrays.copyOf(phase, cap);
            gen = Arrays.copyOf(gen, cap);
            holdTimer = Arrays.copyOf(holdTimer, cap);
            app = Arrays.copyOf(app, cap);
            db = Arrays.copyOf(db, cap);
            io = Arrays.copyOf(io, cap);
            hold = Arrays.copyOf(hold, cap);
            hit = Arrays.copyOf(hit, cap);
            cls = Arrays.copyOf(cls, cap);
            write = Arrays.copyOf(write, cap);
            free = Arrays.copyOf(free, cap);
        }
        return used++;
    }

    void free(int j) {
        phase[j] = FREE;
        free[freeCount++] = j;
    }
}
