package dev.tenantsim.workload.generator.job;

import dev.tenantsim.workload.CounterHash;
import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.HashedPoisson;
import dev.tenantsim.workload.generator.JobSource;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;
import java.util.List;

/**
 * {@code heavy-tailed-jobs}: background jobs arriving as a Poisson process of {@code jobsPerDay}
 * (default 2) per tenant, each scanning a Pareto number of rows — P(rows &gt; x) = (minRows/x)^alpha
 * for x ≥ minRows (defaults alpha 1.5, minRows 1e5), capped at {@code maxRows} (1e10) — and running
 * rows / {@code rowsPerSecond} seconds (default 1e5 rows/s, at least 1 s) holding
 * {@code connections} (1) DB connections. Day d's job count is Poisson from a hash of (tenant, d);
 * start times uniform in the day; so jobs are a pure function of (seed, tenant, day).
 * Only a {@code share} of tenants run them (default 1). Jobs have {@code kind} (default "batch").
 */
public final class HeavyTailedJobsGenerator implements WorkloadGenerator {
    public static final String NAME = "heavy-tailed-jobs";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION = "steady traffic plus heavy-tailed background jobs";
    private final double jobsPerDay;
    private final double alpha;
    private final double minRows;
    private final double maxRows;
    private final double rowsPerSecond;
    private final int connections;
    private final String kind;
    private final double share;

    public HeavyTailedJobsGenerator(GeneratorParams p) {
        p.allowOnly("jobsPerDay", "alpha", "minRows", "maxRows", "rowsPerSecond", "connections", "kind", "share");
        this.jobsPerDay = p.positive("jobsPerDay", 2);
        this.alpha = p.positive("alpha", 1.5);
        this.minRows = p.positive("minRows", 1e5);
        this.maxRows = p.positive("maxRows", 1e10);
        if (!(maxRows >= minRows)) {
            throw new IllegalArgumentException("generators.heavy-tailed-jobs.maxRows (" + maxRows + ") must be >= minRows ("
                    + minRows + ")");
        }
        this.rowsPerSecond = p.positive("rowsPerSecond", 1e5);
        this.connections = p.positiveInt("connections", 1);
        this.kind = p.text("kind", "batch");
        this.share = p.fraction("share", 1);
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        if (share < 1 && !(CounterHash.unit(CounterHash.mix(context.key(NAME + "/share"))) < share)) {
            return;
        }
        signature.addJobs(new Source(context.key(NAME)));
    }

    private final class Source implements JobSource {
        private final long key;

        Source(long key) {
            this.key = key;
        }

        @Override
        public void jobs(int fromMinute, int toMinute, List<ScheduledJob> out) {
            int day = Math.floorDiv(Math.max(0, fromMinute), TenantContext.DAY);
            int lastDay = Math.floorDiv(toMinute - 1, TenantContext.DAY);
            for (; day <= lastDay; day++) {
                long dayKey = CounterHash.at(key, day);
                long n = HashedPoisson.sample(jobsPerDay, CounterHash.mix(dayKey));
                for (int i = 0; i < n; i++) {
                    long h1 = CounterHash.at(dayKey, 2L * i + 1);
                    long h2 = CounterHash.at(dayKey, 2L * i + 2);
                    long start = (long) day * TenantContext.DAY * 60 + (long) (CounterHash.unit(h1) * TenantContext.DAY * 60);
                    int minute = (int) (start / 60);
                    if (minute < fromMinute || minute >= toMinute) {
                        continue;
                    }
                    double u = 1 - CounterHash.unit(h2);
                    double rows = Math.min(maxRows, minRows * Math.pow(u, -1 / alpha));
                    out.add(new ScheduledJob(start, kind, rows, connections, Math.max(1, rows / rowsPerSecond)));
                }
            }
        }
    }
}
