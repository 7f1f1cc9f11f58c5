package dev.tenantsim.engine.kernel.stats;

import dev.tenantsim.engine.kernel.Simulation;
import java.util.Objects;

/**
 * Warm-up deletion: at a chosen simulated time, runs the given resets (e.g.
 * {@code station::resetStatistics}, {@code recorder::reset}) so the statistics only cover the
 * steady-state part of the run.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Schedules {@code resets} to run, in order, at absolute time {@code time}. */
    public static void at(Simulation sim, double time, Runnable... resets) {
        Objects.requireNonNull(sim, "sim");
        Runnable[] copy = resets.clone();
        for (Runnable r : copy) {
            Objects.requireNonNull(r, "reset");
        }
        int handler = sim.register((kind, arg) -> {
            for (Runnable r : copy) {
                r.run();
            }
        });
        sim.scheduleAt(time, handler, 0, 0);
    }
}
