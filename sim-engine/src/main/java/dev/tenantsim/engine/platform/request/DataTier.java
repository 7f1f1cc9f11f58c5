package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.CountedPool;
import dev.tenantsim.engine.kernel.resource.ProcessorSharingStation;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.StackSpec;

/**
 * The database, the innermost stage. An attempt with no DB work is done here; otherwise the
 * tenant's circuit breaker may fail it fast (CIRCUIT_OPEN); else it waits for a connection from
 * its shard's pool — or its tier's bulkhead pool — within its tenant's quota, at most its pool
 * wait timeout (→ POOL_TIMEOUT), then runs DB CPU (processor sharing over the cores), DB IO
 * (processor sharing over the IO channels) and holds the connection for its hold time. The
 * tenant's statement timeout kills the query wherever it is (→ STATEMENT_TIMEOUT). Every end
 * frees the connection and tells the breaker.
 *
 * <p>Background queries ({@link BackgroundJobs}) enter through {@link #query}: no wait timeout,
 * no breaker, and their end goes back to the background job rather than outward.
 *
 * <p>With locks ({@link dev.tenantsim.engine.platform.Routing.Locks}), a lock holder's statement
 * (a class that holds locks, or a background query when they do) holds its shard's shared lock
 * from its connection until its end, and a write, once it has its connection, waits in the
 * {@link LockTable} (→ lock-timeout). With a read replica, every write that succeeds here is
 * applied on its shard's replica ({@link ReplicaApply}), which gives the replication lag.
 */
final class DataTier extends Stage implements EventHandler, TimeoutRings.Owner, LockTable.Owner {
    private static final int HOLD_DONE = 0;

    private final Simulation sim;
    private final int self;
    private final TenantTable tenants;
    private final int[] ti;
    private final double[] td;
    private final JobSlots jobs;
    private final TenantLedger ledger;
    private final StackSeries series;
    private final CircuitBreakers breakers;
    private final TimeoutRings statementTimeouts;
    private final ProcessorSharingStation[] cpu;
    private final ProcessorSharingStation[] io;
    private final CountedPool[] pools;
    // Jobs on each shard's CPU and IO, for the utilization series.
    private final int[] onCpu;
    private final int[] onIo;
    private final int cores;
    private final int ioChannels;
    private BackgroundJobs background;
    /** Null without locks or a replica. */
    private final LockTable locks;
    private final boolean[] classHolds;
    private final boolean jobsHold;
    private final ReplicaApply replica;
    /** Writes that got a connection here. */
    private long writes;

    DataTier(StackContext ctx, StackResources resources, ClassMix mix) {
        sim = ctx.sim;
        tenants = ctx.tenants;
        ti = tenants.ti;
        td = tenants.td;
        jobs = ctx.jobs;
        ledger = ctx.ledger;
        series = ctx.series;
        breakers = new CircuitBreakers(tenants);
        double[] timeout = new double[tenants.n];
        int[] ringOf = new int[tenants.n];
        for (int t = 0; t < tenants.n; t++) {
            timeout[t] = tenants.controls[t].statementTimeout();
        }
        statementTimeouts = new TimeoutRings(sim, timeout, ringOf, this);
        for (int t = 0; t < tenants.n; t++) {
            tenants.setInt(t, TenantTable.I_STATEMENT_RING, ringOf[t]);
        }
        StackResources.Database db = resources.database(this::onCpuDone, this::onIoDone, this::onGranted, this::onPoolTimeout);
        cpu = db.cpu();
        io = db.io();
        pools = db.pools();
        StackSpec.Database spec = ctx.spec.db();
        onCpu = new int[spec.shards()];
        onIo = new int[spec.shards()];
        cores = spec.cores();
        ioChannels = spec.ioChannels();
        dev.tenantsim.engine.platform.Routing routing = ctx.spec.routing();
        locks = routing.locks().isOn() ? new LockTable(sim, spec.shards(), routing.locks().waitTimeoutSeconds(), this) : null;
        classHolds = mix == null ? new boolean[0] : mix.holdsLocks;
        jobsHold = routing.locks().isOn() && routing.locks().backgroundJobs();
        replica = routing.replica() == null ? null : new ReplicaApply(spec.shards(), routing.replicaLagSeconds());
        self = sim.register(this);
    }

    /** The lock waits and replica lag, for {@link OutcomeBuilder}: the writes' count, waited, timed out, waits; applied, lag. */
    LockTable locks() {
        return locks;
    }

    ReplicaApply replica() {
        return replica;
    }

    long writes() {
        return writes;
    }

    private boolean holdsLock(int j) {
        int k = jobs.cls[j];
        return jobs.bg[j] >= 0 ? jobsHold : k >= 0 && classHolds[k];
    }

    /**
     * From now on every shard's DB keeps {@code cpuShare} of its cores and {@code ioShare} of its
     * IOPS (a degradation of the stack's timeline; 1 and 1 restore it). Fewer IOPS make each IO
     * channel slower; fewer cores leave fewer in service.
     */
    void setDbCapacity(double cpuShare, double ioShare) {
        for (int s = 0; s < cpu.length; s++) {
            cpu[s].setCapacity(cpuShare, 1.0);
            io[s].setCapacity(1.0, ioShare);
        }
    }

    /** Where background queries report their end. */
    void serveBackground(BackgroundJobs jobsOfWorkers) {
        this.background = jobsOfWorkers;
    }

    @Override
    void accept(int j) {
        int t = jobs.tenant[j];
        if (jobs.db[j] <= 0 && jobs.io[j] <= 0 && jobs.hold[j] <= 0) {
            outer.ended(j, SUCCESS);
            return;
        }
        if (breakers.isOpen(t, sim.now())) {
            outer.ended(j, ErrorCause.CIRCUIT_OPEN.ordinal());
            return;
        }
        acquire(j, t, td[(t << 4) + TenantTable.D_POOL_WAIT]);
    }

    /** A background query (job slot filled in by {@link BackgroundJobs}) asks for a connection. */
    void query(int j) {
        acquire(j, jobs.tenant[j], Double.POSITIVE_INFINITY);
    }

    private void acquire(int j, int t, double maxWait) {
        jobs.phase[j] = JobSlots.POOL_WAIT;
        series.poolWaiters.add(sim.now(), 1);
        pools[ti[(t << 4) + TenantTable.I_POOL]].acquire(j, t, maxWait);
    }

    private void onGranted(int j) {
        double now = sim.now();
        series.poolWaiters.add(now, -1);
        series.connections.add(now, 1);
        series.poolUtilization.add(now, 1);
        int t = jobs.tenant[j];
        ledger.connectionGranted(t, now);
        int r = ti[(t << 4) + TenantTable.I_STATEMENT_RING];
        if (r >= 0) {
            statementTimeouts.arm(r, j, jobs.gen[j], now);
        }
        if (jobs.write[j]) {
            writes++;
        }
        if (locks != null) {
            if (holdsLock(j)) {
                locks.hold(tenants.shard(t));
            } else if (jobs.write[j] && !locks.admit(j, tenants.shard(t))) {
                jobs.phase[j] = JobSlots.LOCK_WAIT;
                return;
            }
        }
        startCpu(j);
    }

    @Override
    public void lockGranted(int j) {
        startCpu(j);
    }

    @Override
    public void lockTimedOut(int j) {
        queryEnded(j, ErrorCause.LOCK_TIMEOUT.ordinal());
    }

    private void startCpu(int j) {
        if (jobs.db[j] > 0) {
            int s = tenants.shard(jobs.tenant[j]);
            jobs.phase[j] = JobSlots.DB_CPU;
            onCpu[s]++;
            series.dbCpu.add(sim.now(), onCpu[s] <= cores ? 1 : 0);
            cpu[s].arrive(j, jobs.db[j]);
        } else {
            startIo(j);
        }
    }

    private void onCpuDone(int j) {
        leaveCpu(tenants.shard(jobs.tenant[j]));
        startIo(j);
    }

    private void leaveCpu(int s) {
        series.dbCpu.add(sim.now(), onCpu[s] <= cores ? -1 : 0);
        onCpu[s]--;
    }

    private void startIo(int j) {
        if (jobs.io[j] > 0) {
            int s = tenants.shard(jobs.tenant[j]);
            jobs.phase[j] = JobSlots.DB_IO;
            onIo[s]++;
            series.dbIo.add(sim.now(), onIo[s] <= ioChannels ? 1 : 0);
            io[s].arrive(j, jobs.io[j]);
        } else {
            startHold(j);
        }
    }

    private void onIoDone(int j) {
        leaveIo(tenants.shard(jobs.tenant[j]));
        startHold(j);
    }

    private void leaveIo(int s) {
        series.dbIo.add(sim.now(), onIo[s] <= ioChannels ? -1 : 0);
        onIo[s]--;
    }

    private void startHold(int j) {
        if (jobs.hold[j] > 0) {
            jobs.phase[j] = JobSlots.HOLD;
            jobs.holdTimer[j] = sim.schedule(jobs.hold[j], self, HOLD_DONE, j);
        } else {
            queryEnded(j, SUCCESS);
        }
    }

    @Override
    public void handle(int kind, int j) {
        if (kind != HOLD_DONE) {
            throw new IllegalStateException("unknown data-tier event kind " + kind);
        }
        jobs.holdTimer[j] = -1;
        queryEnded(j, SUCCESS);
    }

    @Override
    public int generation(int j) {
        return jobs.gen[j];
    }

    /** The statement timeout of job j fired: kill the query wherever it is. */
    @Override
    public void expired(int j) {
        int s = tenants.shard(jobs.tenant[j]);
        switch (jobs.phase[j]) {
            case JobSlots.DB_CPU -> {
                cpu[s].remove(j);
                leaveCpu(s);
            }
            case JobSlots.DB_IO -> {
                io[s].remove(j);
                leaveIo(s);
            }
            case JobSlots.HOLD -> {
                sim.cancel(jobs.holdTimer[j]);
                jobs.holdTimer[j] = -1;
            }
            case JobSlots.LOCK_WAIT -> locks.cancel(j);
            default -> throw new IllegalStateException("statement timeout of job " + j + " in phase " + jobs.phase[j]);
        }
        queryEnded(j, ErrorCause.STATEMENT_TIMEOUT.ordinal());
    }

    /** A query that held a connection ended (success or killed): free the connection. */
    private void queryEnded(int j, int cause) {
        int t = jobs.tenant[j];
        jobs.gen[j]++; // its statement timeout, if pending, is stale now
        double now = sim.now();
        series.connections.add(now, -1);
        series.poolUtilization.add(now, -1);
        ledger.connectionReleased(t, now);
        pools[ti[(t << 4) + TenantTable.I_POOL]].release(t);
        if (locks != null && holdsLock(j)) {
            locks.release(tenants.shard(t));
        }
        if (replica != null && cause == SUCCESS && jobs.write[j]) {
            replica.committed(tenants.shard(t), now, jobs.db[j] + jobs.io[j]);
        }
        if (jobs.bg[j] >= 0) {
            background.queryEnded(j, cause);
            return;
        }
        breakers.record(t, cause, sim.now());
        outer.ended(j, cause);
    }

    private void onPoolTimeout(int j) {
        series.poolWaiters.add(sim.now(), -1);
        int cause = ErrorCause.POOL_TIMEOUT.ordinal();
        if (jobs.bg[j] >= 0) {
            background.queryEnded(j, cause);
            return;
        }
        breakers.record(jobs.tenant[j], cause, sim.now());
        outer.ended(j, cause);
    }
}
