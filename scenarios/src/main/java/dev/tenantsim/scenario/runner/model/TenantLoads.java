package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.JobBatch;
import dev.tenantsim.engine.platform.RateProfile;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.engine.platform.cache.DataAccess;
import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The adapter from workload signatures to the platform's {@link TenantLoad}, over a
 * {@link RequestSpan}: the rate of each minute of the span (the platform draws Poisson arrivals
 * within each minute), the signature's work per request as it is (the platform draws every
 * {@link dev.tenantsim.workload.WorkDistribution} family as itself), and each background job
 * starting in the span as one job that opens its connections, each running a query of
 * {@code durationSeconds} of DB CPU (an export or a backup also reads the tenant's data through
 * the buffer pool while it runs), and the tenant's {@link DataAccess} from the workload.
 */
public final class TenantLoads {
    private TenantLoads() {
    }

    public static List<TenantLoad> of(TenantWorkload w, TierModels tiers, RequestSpan span) {
        List<TenantLoad> out = new ArrayList<>(w.size());
        double[] rates = new double[span.minutes()];
        for (int i = 0; i < w.size(); i++) {
            out.add(of(w.tenant(i), w.signature(i), tiers.index(w.tenant(i).tier()), span, rates).withData(w.access(i)));
        }
        return out;
    }

    static TenantLoad of(TenantProfile p, Signature sig, int tier, RequestSpan span, double[] scratch) {
        sig.fillRates(span.fromMinute(), scratch, 0, span.minutes());
        boolean constant = true;
        for (int m = 1; m < scratch.length && constant; m++) {
            constant = scratch[m] == scratch[0];
        }
        RateProfile rate = constant ? RateProfile.constant(scratch[0]) : new RateProfile(scratch);
        return new TenantLoad(p.id(), tier, TenantWorkloads.revenueMicros(p.monthlyRevenue()), rate, sig.work(),
                jobs(sig.jobs(span.fromMinute(), span.toMinute()), span, p.dataBytes()), DataAccess.NONE);
    }

    /** Job kinds that read the tenant's data, streaming it through the buffer pool (tenantsim list job-kinds). */
    public static final java.util.Set<String> SCANNING_KINDS = java.util.Set.of("export", "backup");

    static List<JobBatch> jobs(List<ScheduledJob> jobs, RequestSpan span) {
        return jobs(jobs, span, 0);
    }

    static List<JobBatch> jobs(List<ScheduledJob> jobs, RequestSpan span, double dataBytes) {
        List<JobBatch> out = new ArrayList<>(jobs.size());
        for (ScheduledJob j : jobs) {
            double start = j.startSecond() - span.fromSeconds();
            if (start >= 0 && start < span.seconds()) {
                JobBatch b = JobBatch.export(start, j.connections(), j.durationSeconds(), 0);
                out.add(SCANNING_KINDS.contains(j.kind()) && dataBytes > 0 ? b.scanning(dataBytes) : b);
            }
        }
        return out;
    }
}
