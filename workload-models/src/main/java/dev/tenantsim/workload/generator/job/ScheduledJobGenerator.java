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
    private final String kind;
    private final int atMinute;
    private final int everyMinutes;
    private final int connections;
    private final double durationSeconds;
    private final double rows;
    private final Set<String> tenants;

    public ScheduledJobGenerator(GeneratorParams p) {
        p.allowOnly("kind", "atMinute", "everyMinutes", "connections", "durationMinutes", "rows", "tenants");
        this.kind = p.text("kind", "export");
        this.atMinute = p.nonNegativeInt("atMinute", 0);
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
        signature.addJobs(this::jobs);
    }

    private void jobs(int fromMinute, int toMinute, List<ScheduledJob> out) {
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
