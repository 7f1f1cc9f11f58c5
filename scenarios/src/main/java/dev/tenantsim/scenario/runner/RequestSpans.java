package dev.tenantsim.scenario.runner;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.scenario.model.ReportSpec;
import dev.tenantsim.scenario.runner.model.RequestSpan;
import dev.tenantsim.scenario.runner.model.ScheduledJobs;
import java.util.List;
import java.util.Locale;

/**
 * Which part of the horizon the request-level simulation covers: the whole horizon when the
 * scenario asks for {@link Fidelity#REQUEST} or when it is at most {@link #MAX_MINUTES} long; otherwise the span from the first report window's start to the
 * last one's end (cut to {@link #MAX_MINUTES}), or the first {@link #MAX_MINUTES} when the
 * scenario names no window. A note says what was left out.
 */
final class RequestSpans {
    /** Longest span simulated request by request: four hours. */
    static final int MAX_MINUTES = 240;

    private RequestSpans() {
    }

    static RequestSpan of(Scenario s, List<String> notes) {
        int horizon = horizonMinutes(s);
        if (s.horizon().fidelity() == Fidelity.REQUEST) {
            if (horizon > MAX_MINUTES) {
                notes.add(String.format(Locale.ROOT, "Fidelity request: all %d min of the horizon were simulated request by request.",
                        horizon));
            }
            return new RequestSpan(0, horizon);
        }
        if (horizon <= MAX_MINUTES) {
            return new RequestSpan(0, horizon);
        }
        List<ReportSpec.Window> windows = s.report().windows();
        if (windows.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "The horizon is %d min long: the first %d min were simulated request by request"
                    + " (name report windows to choose the span).", horizon, MAX_MINUTES));
            return new RequestSpan(0, MAX_MINUTES);
        }
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (ReportSpec.Window w : windows) {
            int a = (int) (ScheduledJobs.offsetSeconds(s.horizon(), w.from()) / 60);
            long bSeconds = ScheduledJobs.offsetSeconds(s.horizon(), w.to());
            int b = (int) Math.ceil(bSeconds / 60.0);
            if (b <= a) {
                b += 1440;
            }
            from = Math.min(from, Math.min(a, horizon - 1));
            to = Math.max(to, Math.min(b, horizon));
        }
        int minutes = Math.max(1, Math.min(MAX_MINUTES, to - from));
        notes.add(String.format(Locale.ROOT, "The horizon is %d min long: minutes %d-%d (the report windows%s) were simulated request"
                + " by request.", horizon, from, from + minutes, to - from > MAX_MINUTES ? ", cut to " + MAX_MINUTES + " min" : ""));
        return new RequestSpan(from, minutes);
    }

    /** The horizon in whole minutes (a partial minute counts), at least one. */
    static int horizonMinutes(Scenario s) {
        return (int) Math.max(1, Math.ceil(s.horizon().lengthSeconds() / 60));
    }
}
