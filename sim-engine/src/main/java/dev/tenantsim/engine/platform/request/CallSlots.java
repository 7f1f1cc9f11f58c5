package dev.tenantsim.engine.platform.request;

import java.util.Arrays;

/**
 * Call slots: a call is a client's logical request (its tenant, start time, attempts so far, the
 * work every attempt of it does, and the server attempt it is waiting for), reused by its retries.
 * Parallel primitive arrays with a free list, so the steady state allocates nothing; the arrays
 * double when full, so read them through this object, never keep one.
 */
final class CallSlots {
    /** The call's tenant; -1 for a free slot. */
    int[] tenant = new int[1024];
    double[] start = new double[1024];
    int[] attempts = new int[1024];
    /** The job slot of the attempt the client is waiting for, or {@link JobSlots#NO_CALL} between attempts. */
    int[] job = new int[1024];
    /** Bumped when an attempt ends for the client, which makes its pending client timeout stale. */
    int[] gen = new int[1024];
    double[] app = new double[1024];
    double[] db = new double[1024];
    double[] io = new double[1024];
    double[] hold = new double[1024];
    boolean[] hit = new boolean[1024];
    /** The call's request class, or -1 without classes. */
    int[] cls = new int[1024];
    boolean[] write = new boolean[1024];
    /** A request carried in from before the run (a warm start): it loads the stack, no figure counts it. */
    boolean[] carried = new boolean[1024];
    private int[] free = new int[1024];
    private int freeCount;
    /** Slots ever handed out: the calls live at the end are among 0..used-1. */
    int used;
    private int live;

    int alloc() {
        live++;
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == tenant.length) {
            int cap = used * 2;
            tenant = Arrays.copyOf(tenant, cap);
            start = Arrays.copyOf(start, cap);
            attempts = Arrays.copyOf(attempts, cap);
            job = Arrays.copyOf(job, cap);
            gen = Arrays.copyOf(gen, cap);
            app = Arrays.copyOf(app, cap);
            db = Arrays.copyOf(db, cap);
            io = Arrays.copyOf(io, cap);
            hold = Arrays.copyOf(hold, cap);
            hit = Arrays.copyOf(hit, cap);
            cls = Arrays.copyOf(cls, cap);
            write = Arrays.copyOf(write, cap);
            carried = Arrays.copyOf(carried, cap);
            free = Arrays.copyOf(free, cap);
        }
        return used++;
    }

    void free(int c) {
        live--;
        tenant[c] = -1;
        free[freeCount++] = c;
    }

    /** Calls allocated and not yet freed. */
    int live() {
        return live;
    }
}
