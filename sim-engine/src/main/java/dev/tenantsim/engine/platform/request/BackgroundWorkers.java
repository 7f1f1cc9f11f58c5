package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.queue.QueueDiscipline;
import dev.tenantsim.engine.kernel.queue.QueueDisciplines;
import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.StackSpec;
import java.util.function.IntConsumer;

/**
 * A stack's background worker pool: {@code count} workers fed by the kernel queue discipline the
 * stack names, keyed by tenant, with each tenant's cap (jobs in service at once) and weight. A job
 * holds its worker until the stack reports it finished; job ids are the stack's background slots.
 */
final class BackgroundWorkers {
    private final int workers;
    private final QueueDiscipline queue;
    private final IntConsumer start;
    private int busy;

    BackgroundWorkers(StackSpec.WorkerPool spec, int tenants, int[] caps, double[] weights, IntConsumer start) {
        this.workers = spec.count();
        this.queue = QueueDisciplines.create(spec.discipline(), Math.max(1, tenants));
        this.start = start;
        for (int t = 0; t < tenants; t++) {
            if (caps[t] != Controls.UNLIMITED) {
                queue.setCap(t, caps[t]);
            }
            if (weights[t] != 1.0) {
                queue.setWeight(t, weights[t]);
            }
        }
    }

    /** Queues job {@code job} of {@code tenant}; {@code size} is its expected work (seconds, > 0). */
    void submit(int job, int tenant, double size) {
        queue.enqueue(job, tenant, size);
    }

    /** Starts queued jobs while workers are free and the discipline has an eligible job. */
    void dispatch() {
        while (busy < workers) {
            int job = queue.dequeue();
            if (job == QueueDiscipline.NONE) {
                return;
            }
            busy++;
            start.accept(job);
        }
    }

    /** A job of {@code tenant} finished: its worker is free again. */
    void finished(int tenant) {
        busy--;
        queue.onComplete(tenant);
    }

    int busy() {
        return busy;
    }

    int queued() {
        return queue.size();
    }
}
