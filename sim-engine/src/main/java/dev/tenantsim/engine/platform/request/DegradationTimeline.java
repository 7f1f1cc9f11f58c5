package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.StackFaults;

/**
 * The stack's database degradations ({@link StackFaults#degradations()}) on the calendar: at each
 * time a degradation starts or ends, the data tier's CPU and IO stations of every shard get the
 * shares of cores and IOPS then in force (overlapping degradations multiply). Nothing is
 * scheduled on a stack without degradations.
 */
final class DegradationTimeline implements EventHandler {
    private static final int BOUNDARY = 0;

    private final Simulation sim;
    private final StackFaults faults;
    private final DataTier data;
    private final double[] times;

    DegradationTimeline(StackContext ctx, DataTier data) {
        this.sim = ctx.sim;
        this.faults = ctx.spec.faults();
        this.data = data;
        this.times = faults.degradationBoundaries();
    }

    /** Puts the boundaries inside the horizon on the calendar. */
    void start(double horizon) {
        if (times.length == 0) {
            return;
        }
        int self = sim.register(this);
        for (int k = 0; k < times.length; k++) {
            if (times[k] < horizon) {
                sim.scheduleAt(Math.max(sim.now(), times[k]), self, BOUNDARY, k);
            }
        }
    }

    @Override
    public void handle(int kind, int arg) {
        double t = times[arg];
        data.setDbCapacity(faults.cpuAt(t), faults.ioAt(t));
    }
}
