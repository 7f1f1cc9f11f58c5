package dev.tenantsim.workload.generator.job;

import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;
import java.util.List;
import java.util.Set;

/**
 * {@code scheduled-job}: a big job at fixed times, e.g. MegaCorp's quarterly export: kind
 * {@code export}, 1,850 connections held for 47 minutes, 2.1e9 rows scanned (the defaults). It
 * starts at horizon minute {@code atMinute} (default 0) and, if {@code everyMinutes} &gt; 0, again
 * every that many minutes. {@code tenants} (list of ids) restricts it to those tenants; without it
 * every tenant the generator is attached to runs it.
 */
public final class ScheduledJobGenerator implements WorkloadGenerator {
    public static final String NAME = "scheduled-job";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION = "steady traffic plus a job at a fixed clock time";
    private final String kind;
    private final int atMinute;
    private final int atClockMinute;
    private final int everyMinutes;
    private final int connections;
    private final double durationSeconds;
    private final double rows;
    private final Set<String> tenants;

    public ScheduledJobGenerator(GeneratorParams p) {
        p.allowOnly("kind", "at", "atMinute", "everyMinutes", "connections", "durationMinutes", "rows", "tenants");
        this.kind = p.text("kind", "export");
        this.atMinute = p.nonNegativeInt("atMinute", 0);
        if (p.has("at") && p.has("atMinute")) {
            throw new IllegalArgumentException("generators.scheduled-job: give at or atMinute, not both");
        }
        this.atClockMinute = p.has("at") ? clockMinute(p.text("at", "")) : -1;
        this.everyMinutes = p.nonNegativeInt("everyMinutes", 0);
        this.connections = p.positiveInt("connections", 1850);
        this.durationSeconds = p.positive("durationMinutes", 47) * 60;
        this.rows = p.nonNegative("rows", 2.1e9);
        this.tenants = Set.copyOf(p.texts("tenants"));
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        if (!tenants.isEmpty() && !tenants.contains(context.tenant().id())) {
            return;
        }
        int start = atClockMinute < 0 ? atMinute
                : Math.floorMod(atClockMinute - context.startMinuteOfWeekUtc() % TenantContext.DAY, TenantContext.DAY);
        signature.addJobs((from, to, out) -> jobs(start, from, to, out));
    }

    private static int clockMinute(String hhmm) {
        String[] parts = hhmm.trim().split(":");
        try {
            int h = Integer.parseInt(parts[0]);
            int m = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
            if (parts.length == 2 && h >= 0 && h < 24 && m >= 0 && m < 60) {
                return h * 60 + m;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("generators.scheduled-job.at (" + hhmm + ") must be a UTC clock time HH:MM");
    }

    private void jobs(int atMinute, int fromMinute, int toMinute, List<ScheduledJob> out) {
        if (everyMinutes == 0) {
            if (atMinute >= fromMinute && atMinute < toMinute) {
                out.add(new ScheduledJob(atMinute * 60L, kind, rows, connections, durationSeconds));
            }
            return;
        }
        long first = atMinute;
        if (fromMinute > atMinute) {
            first = atMinute + ((long) fromMinute - atMinute + everyMinutes - 1) / everyMinutes * everyMinutes;
        }
        for (long m = first; m < toMinute; m += everyMinutes) {
            out.add(new ScheduledJob(m * 60L, kind, rows, connections, durationSeconds));
        }
    }
}
