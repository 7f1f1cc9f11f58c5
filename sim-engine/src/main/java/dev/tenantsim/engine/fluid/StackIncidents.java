package dev.tenantsim.engine.fluid;

import dev.tenantsim.engine.platform.metrics.IncidentDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Incidents of one stack as the fluid pass steps through it. Whether a step is part of an incident
 * is the one rule of {@link IncidentDetector.Tracker}; what the fluid pass adds while a run is hot
 * is the work each tenant put on the stack (for the incident's aggressor) and who was in violation
 * (its affected tenants), since it keeps no per-minute series to look them up afterwards.
 */
final class StackIncidents {
    private final int stack;
    private final int[] members;
    private final int m;
    private final int stepMinutes;
    private final int seriesSteps;
    private final IncidentDetector.Tracker tracker;
    private final int[] runMark;
    private final double[] runLoad;
    private int runId;
    final List<FluidIncident> incidents = new ArrayList<>();
    /** Per series point, the sum over its steps of the number of tenants in violation. */
    final long[] seriesViolators;
    /** Per step, the number of the stack's tenants in violation. */
    final int[] stepViolators;

    StackIncidents(int stack, int[] members, FluidOptions options) {
        this.stack = stack;
        this.members = members;
        this.m = members.length;
        this.stepMinutes = options.stepMinutes();
        this.seriesSteps = options.seriesSteps();
        this.tracker = new IncidentDetector.Tracker(m);
        this.runMark = new int[m];
        this.runLoad = new double[m];
        int points = (options.steps() + seriesSteps - 1) / seriesSteps;
        this.seriesViolators = new long[points];
        this.stepViolators = new int[options.steps()];
    }

    /**
     * After a step with {@code violators} tenants in violation ({@code violatedNow}), tenant j having
     * been served {@code served[j] * f} requests per second of {@code work[j]} seconds of work each.
     */
    void step(int stepIndex, int violators, boolean[] violatedNow, double[] served, double f, double[] work) {
        seriesViolators[stepIndex / seriesSteps] += violators;
        stepViolators[stepIndex] = violators;
        boolean hot = tracker.feed(violators, stepMinutes);
        if (hot) {
            if (tracker.opened()) {
                runId++;
                Arrays.fill(runLoad, 0.0);
            }
            for (int j = 0; j < m; j++) {
                runLoad[j] += served[j] * f * work[j];
                if (violatedNow[j]) {
                    runMark[j] = runId;
                }
            }
        } else if (tracker.ended() != null) {
            add(tracker.ended());
        }
    }

    /** After the last step: the incident still open, if long enough. */
    void finish() {
        IncidentDetector.Window w = tracker.finish();
        if (w != null) {
            add(w);
        }
    }

    /** The incident's aggressor is the tenant with the most work on the stack during it (none if no work). */
    private void add(IncidentDetector.Window w) {
        int aggressor = -1;
        for (int j = 0; j < m; j++) {
            if (runLoad[j] > 0 && (aggressor < 0 || runLoad[j] > runLoad[aggressor])) {
                aggressor = j;
            }
        }
        int n = 0;
        for (int j = 0; j < m; j++) {
            if (runMark[j] == runId && j != aggressor) {
                n++;
            }
        }
        int[] affected = new int[n];
        n = 0;
        for (int j = 0; j < m; j++) {
            if (runMark[j] == runId && j != aggressor) {
                affected[n++] = members[j];
            }
        }
        incidents.add(new FluidIncident(stack, w.start(), w.end() - w.start(), w.peakShare(),
                aggressor < 0 ? -1 : members[aggressor], affected));
    }
}
