package dev.tenantsim.engine.platform.request;

import java.util.Arrays;

/**
 * Background job slots (the ids the worker pool queues): tenant, batch, parts still running
 * (worker time and queries) and submit time. Primitive arrays with a free list; the arrays
 * double when full, so read them through this object.
 */
final class BackgroundSlots {
    int[] tenant = new int[256];
    int[] batch = new int[256];
    int[] pending = new int[256];
    double[] submit = new double[256];
    private int used;
    private int[] free = new int[256];
    private int freeCount;

    int alloc() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == tenant.length) {
            int cap = used * 2;
            tenant = Arrays.copyOf(tenant, cap);
            batch = Arrays.copyOf(batch, cap);
            pending = Arrays.copyOf(pending, cap);
            submit = Arrays.copyOf(submit, cap);
            free = Arrays.copyOf(free, cap);
        }
        return used++;
    }

    void free(int g) {
        free[freeCount++] = g;
    }
}
