package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.scenario.model.Horizon;
import dev.tenantsim.scenario.model.Job;
import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.generator.WorkloadGenerator;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An explicit tenant's jobs ({@code jobs: [{ kind: export, at: "10:42", connections: 1850,
 * queryTime: 47min }]}) as workload {@link ScheduledJob}s: a job starts at its time of day on the
 * horizon's start day (the next day if that time is before the start), counted in seconds from
 * the horizon start; jobs past the horizon are dropped. They join the tenant's signature through
 * {@link #generator}, so every pass reads them with {@code signature.jobs(from, to)}.
 */
public final class ScheduledJobs {
    private static final int DAY_SECONDS = 86_400;

    private ScheduledJobs() {
    }

    /** Seconds from the horizon start to a time of day on its start day (midnight if the horizon has no start). */
    public static long offsetSeconds(Horizon h, LocalTime at) {
        int start = h.start() == null ? 0 : h.start().toLocalTime().toSecondOfDay();
        long d = at.toSecondOfDay() - start;
        return d < 0 ? d + DAY_SECONDS : d;
    }

    public static List<ScheduledJob> of(Horizon h, List<Job> jobs) {
        List<ScheduledJob> out = new ArrayList<>();
        for (Job j : jobs) {
            long start = offsetSeconds(h, j.at());
            if (start < h.lengthSeconds()) {
                double seconds = j.queryTime().toNanos() / 1e9;
                out.add(new ScheduledJob(start, j.kind(), Double.isNaN(j.rowsScanned()) ? 0 : j.rowsScanned(),
                        j.connections(), seconds));
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /**
     * A warning for each job that starts at or after the horizon's end (it never runs): a user may
     * mean it (a variant with a longer horizon runs it), so it is a caveat of the run, not an error.
     *
     * @param path the jobs' path in the scenario, e.g. {@code tenants.explicit[2].jobs}
     */
    public static List<String> outsideHorizon(Horizon h, List<Job> jobs, String path) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < jobs.size(); k++) {
            Job j = jobs.get(k);
            long start = offsetSeconds(h, j.at());
            if (start >= h.lengthSeconds()) {
                out.add(String.format(java.util.Locale.ROOT, "%s[%d] (%s at %s) starts %s after the horizon starts, at or after its end"
                        + " (horizon.length %s): it never runs.", path, k, j.kind(), j.at(),
                        dev.tenantsim.report.Formats.span(start), dev.tenantsim.report.Formats.span(h.lengthSeconds())));
            }
        }
        return out;
    }

    /** A generator that adds these jobs to a tenant's signature. */
    public static WorkloadGenerator generator(List<ScheduledJob> jobs) {
        return (context, signature) -> signature.addJobs((fromMinute, toMinute, out) -> {
            for (ScheduledJob j : jobs) {
                long minute = j.startSecond() / 60;
                if (minute >= fromMinute && minute < toMinute) {
                    out.add(j);
                }
            }
        });
    }
}
