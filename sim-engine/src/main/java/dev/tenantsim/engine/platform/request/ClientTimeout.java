package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.ErrorCause;

/**
 * The client's timeout on an attempt, from the moment the edge admits it (a rejection answers at
 * once). When it fires the client gives up on the attempt — CLIENT_TIMEOUT, and maybe a retry —
 * but the server keeps working on it: the attempt becomes an orphan ({@link JobSlots#NO_CALL}),
 * which is what makes retry storms. Timeouts wait in {@link TimeoutRings}, keyed by call.
 */
final class ClientTimeout extends Stage implements TimeoutRings.Owner {
    private final Simulation sim;
    private final int[] ti;
    private final CallSlots calls;
    private final JobSlots jobs;
    private final Clients clients;
    private final TimeoutRings rings;
    /** Per request class with a timeout of its own: its ring in {@link #classRings}, else -1; null without such classes. */
    private final int[] classRing;
    private final TimeoutRings classRings;

    ClientTimeout(StackContext ctx, Clients clients, ClassMix mix) {
        sim = ctx.sim;
        ti = ctx.tenants.ti;
        calls = ctx.calls;
        jobs = ctx.jobs;
        this.clients = clients;
        TenantTable tenants = ctx.tenants;
        double[] timeout = new double[tenants.n];
        int[] ringOf = new int[tenants.n];
        for (int t = 0; t < tenants.n; t++) {
            timeout[t] = tenants.controls[t].client().timeoutSeconds();
        }
        rings = new TimeoutRings(sim, timeout, ringOf, this);
        for (int t = 0; t < tenants.n; t++) {
            tenants.setInt(t, TenantTable.I_CLIENT_RING, ringOf[t]);
        }
        boolean own = false;
        if (mix != null) {
            for (double d : mix.clientTimeout) {
                own |= d != Double.POSITIVE_INFINITY;
            }
        }
        classRing = own ? new int[mix.k] : null;
        classRings = own ? new TimeoutRings(sim, mix.clientTimeout, classRing, this) : null;
    }

    @Override
    void accept(int j) {
        int c = jobs.call[j];
        calls.job[c] = j;
        if (classRing != null && jobs.cls[j] >= 0 && classRing[jobs.cls[j]] >= 0) {
            classRings.arm(classRing[jobs.cls[j]], c, calls.gen[c], sim.now());
            inner.accept(j);
            return;
        }
        int r = ti[(jobs.tenant[j] << 4) + TenantTable.I_CLIENT_RING];
        if (r >= 0) {
            rings.arm(r, c, calls.gen[c], sim.now());
        }
        inner.accept(j);
    }

    /** The attempt ended before the timeout: the client stops waiting for it. */
    @Override
    void ended(int j, int cause) {
        int c = jobs.call[j];
        if (c != JobSlots.NO_CALL) {
            calls.job[c] = JobSlots.NO_CALL;
            calls.gen[c]++; // its client timeout, if pending, is stale now
        }
        outer.ended(j, cause);
    }

    @Override
    public int generation(int c) {
        return calls.gen[c];
    }

    @Override
    public void expired(int c) {
        calls.gen[c]++;
        int j = calls.job[c];
        if (j >= 0) {
            jobs.call[j] = JobSlots.NO_CALL; // the server keeps working on it
            calls.job[c] = JobSlots.NO_CALL;
        }
        clients.attemptFailed(c, ErrorCause.CLIENT_TIMEOUT.ordinal());
    }
}
