package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.JobBatch;

/**
 * Background jobs: submitted at their batch's times to the stack's worker pool (a kernel
 * {@code QueueDiscipline} keyed by tenant, with per-tenant caps and weights, in
 * {@link BackgroundWorkers}); a job holds its worker for its worker time and its queries, each of
 * which is a job slot sent to the {@link DataTier} (a connection with no wait timeout, the
 * tenant's quota and statement timeout apply, a scan on DB CPU then IO).
 */
final class BackgroundJobs implements EventHandler {
    private static final int JOB_SUBMIT = 0;
    private static final int WORKER_TIME_DONE = 1;

    private final Simulation sim;
    private final int self;
    private final double horizon;
    private final double secondsPerIo;
    private final JobSlots jobs;
    private final BackgroundSlots slots = new BackgroundSlots();
    private final TenantLedger ledger;
    private final StackSeries series;
    private final DataTier data;
    private final BackgroundWorkers workers;
    private final JobBatch[] batches;
    private final int[] batchTenant;
    private final int[] batchSubmitted;
    private final TenantTable tenants;

    BackgroundJobs(StackContext ctx, DataTier data) {
        sim = ctx.sim;
        horizon = ctx.horizon;
        secondsPerIo = ctx.spec.db().secondsPerIo();
        jobs = ctx.jobs;
        ledger = ctx.ledger;
        series = ctx.series;
        this.data = data;
        TenantTable tenants = ctx.tenants;
        this.tenants = tenants;
        int n = tenants.n;
        int[] caps = new int[n];
        double[] weights = new double[n];
        for (int t = 0; t < n; t++) {
            caps[t] = tenants.controls[t].workers().cap();
            weights[t] = tenants.controls[t].workers().weight();
        }
        workers = new BackgroundWorkers(ctx.spec.workers(), n, caps, weights, this::startJob);
        int batchCount = 0;
        for (int t = 0; t < n; t++) {
            batchCount += tenants.load[t].jobs().size();
        }
        batches = new JobBatch[batchCount];
        batchTenant = new int[batchCount];
        batchSubmitted = new int[batchCount];
        int b = 0;
        for (int t = 0; t < n; t++) {
            for (JobBatch jb : tenants.load[t].jobs()) {
                batches[b] = jb;
                batchTenant[b] = t;
                b++;
            }
        }
        self = sim.register(this);
    }

    /** Puts every batch's first submission within the horizon on the calendar. */
    void start() {
        for (int b = 0; b < batches.length; b++) {
            if (batches[b].startSeconds() < horizon) {
                sim.scheduleAt(batches[b].startSeconds(), self, JOB_SUBMIT, b);
            }
        }
    }

    @Override
    public void handle(int kind, int arg) {
        switch (kind) {
            case JOB_SUBMIT -> onJobSubmit(arg);
            case WORKER_TIME_DONE -> partDone(arg);
            default -> throw new IllegalStateException("unknown background event kind " + kind);
        }
    }

    private void onJobSubmit(int b) {
        JobBatch jb = batches[b];
        int t = batchTenant[b];
        double now = sim.now();
        int toSubmit = jb.intervalSeconds() == 0 ? jb.count() - batchSubmitted[b] : 1;
        for (int k = 0; k < toSubmit; k++) {
            int g = slots.alloc();
            slots.tenant[g] = t;
            slots.batch[g] = b;
            slots.submit[g] = now;
            ledger.jobSubmitted(t);
            workers.submit(g, t, jobSize(jb));
        }
        batchSubmitted[b] += toSubmit;
        if (batchSubmitted[b] < jb.count()) {
            double next = now + jb.intervalSeconds();
            if (next < horizon) {
                sim.scheduleAt(next, self, JOB_SUBMIT, b);
            }
        }
        series.workerQueue.set(now, workers.queued());
        workers.dispatch();
        series.workersBusy.set(now, workers.busy());
    }

    /** Expected work of a job (seconds), for the fair-queueing disciplines. */
    private double jobSize(JobBatch jb) {
        double s = jb.workerSeconds() + jb.connections() * (jb.dbCpuSecondsPerConnection() + jb.dbIoOpsPerConnection() * secondsPerIo);
        return s > 0 ? s : 1e-9;
    }

    /** A worker took background job g: start its worker time and its queries. */
    private void startJob(int g) {
        JobBatch jb = batches[slots.batch[g]];
        int t = slots.tenant[g];
        int parts = jb.connections() + (jb.workerSeconds() > 0 ? 1 : 0);
        slots.pending[g] = parts;
        ledger.demanded(t, jobSize(jb));
        if (jb.workerSeconds() > 0) {
            sim.schedule(jb.workerSeconds(), self, WORKER_TIME_DONE, g);
        }
        scan(t, jb, true);
        for (int k = 0; k < jb.connections(); k++) {
            int j = jobs.alloc();
            jobs.call[j] = JobSlots.NO_CALL;
            jobs.tenant[j] = t;
            jobs.bg[j] = g;
            jobs.app[j] = 0;
            jobs.db[j] = jb.dbCpuSecondsPerConnection();
            jobs.io[j] = jb.dbIoOpsPerConnection() * secondsPerIo;
            jobs.hold[j] = 0;
            jobs.hit[j] = false;
            jobs.cls[j] = -1;
            jobs.write[j] = false;
            jobs.holdTimer[j] = -1;
            data.query(j);
        }
    }

    /**
     * A job that reads data streams it through its shard's buffer pool while it runs: the pool's
     * hit ratios are solved again when it starts and when it ends (nothing without a pool).
     */
    private void scan(int t, JobBatch jb, boolean starts) {
        double seconds = jb.nominalSeconds(secondsPerIo);
        if (jb.scanBytes() <= 0 || seconds <= 0 || !tenants.data.hasBufferPool()) {
            return;
        }
        double rate = jb.scanBytes() / seconds;
        boolean changed = starts ? tenants.data.scanStarted(t, jb.scanBytes(), rate)
                : tenants.data.scanEnded(t, jb.scanBytes(), rate);
        if (changed) {
            tenants.refreshScales();
        }
    }

    /** Query j of a background job ended with {@code cause} (its connection is already free). */
    void queryEnded(int j, int cause) {
        if (cause != Stage.SUCCESS) {
            ledger.queryKilled(jobs.tenant[j]);
        }
        int g = jobs.bg[j];
        jobs.free(j);
        partDone(g);
    }

    /** One part (the worker time or a query) of job g is done; the last frees its worker. */
    private void partDone(int g) {
        if (--slots.pending[g] > 0) {
            return;
        }
        int t = slots.tenant[g];
        scan(t, batches[slots.batch[g]], false);
        double sojourn = sim.now() - slots.submit[g];
        ledger.jobFinished(t, sojourn);
        slots.free(g);
        double now = sim.now();
        workers.finished(t);
        workers.dispatch();
        series.workersBusy.set(now, workers.busy());
        series.workerQueue.set(now, workers.queued());
    }
}
