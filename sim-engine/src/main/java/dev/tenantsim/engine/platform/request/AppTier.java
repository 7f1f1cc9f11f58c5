package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.ProcessorSharingStation;

/**
 * The app tier: an attempt takes one of {@code maxConcurrent} threads (waiting FIFO in the accept
 * queue when all are busy), runs its app CPU on the tier's cores (processor sharing), and holds
 * the thread until it ends further in; then the next queued attempt gets the thread.
 */
final class AppTier extends Stage {
    private final Simulation sim;
    private final JobSlots jobs;
    private final StackSeries series;
    private final ProcessorSharingStation cpu;
    private final int maxThreads;
    private final int cores;
    private final IntRing acceptQueue = new IntRing();
    private int threadsBusy;
    /** Attempts on the CPU, for the utilization series. */
    private int onCpu;

    AppTier(StackContext ctx, StackResources resources) {
        sim = ctx.sim;
        jobs = ctx.jobs;
        series = ctx.series;
        cpu = resources.appCpu(this::onCpuDone);
        maxThreads = ctx.spec.app().maxConcurrent();
        cores = ctx.spec.app().cores();
    }

    /** Whether an attempt arriving now would queue behind {@code queueLimit} others or more. */
    boolean isSaturated(int queueLimit) {
        return threadsBusy >= maxThreads && acceptQueue.size() >= queueLimit;
    }

    @Override
    void accept(int j) {
        if (threadsBusy < maxThreads) {
            start(j);
        } else {
            jobs.phase[j] = JobSlots.APP_QUEUE;
            acceptQueue.add(j);
            series.acceptQueue.set(sim.now(), acceptQueue.size());
        }
    }

    private void start(int j) {
        threadsBusy++;
        series.threads.set(sim.now(), threadsBusy);
        if (jobs.app[j] > 0) {
            jobs.phase[j] = JobSlots.APP_CPU;
            onCpu++;
            series.appCpu.set(sim.now(), Math.min(onCpu, cores));
            cpu.arrive(j, jobs.app[j]);
        } else {
            inner.accept(j);
        }
    }

    private void onCpuDone(int j) {
        onCpu--;
        series.appCpu.set(sim.now(), Math.min(onCpu, cores));
        inner.accept(j);
    }

    /** The attempt leaves the server: free its thread for the next queued attempt. */
    @Override
    void ended(int j, int cause) {
        threadsBusy--;
        double now = sim.now();
        if (!acceptQueue.isEmpty()) {
            int next = acceptQueue.poll();
            series.acceptQueue.set(now, acceptQueue.size());
            start(next);
        } else {
            series.threads.set(now, threadsBusy);
        }
        outer.ended(j, cause);
    }
}
