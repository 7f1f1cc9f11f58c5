package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.JobBatch;
import dev.tenantsim.engine.platform.RateProfile;
import dev.tenantsim.engine.platform.TenantLoad;
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
 * {@code durationSeconds} of DB CPU.
 */
public final class TenantLoads {
    private TenantLoads() {
    }

    public static List<TenantLoad> of(TenantWorkload w, TierModels tiers, RequestSpan span) {
        List<TenantLoad> out = new ArrayList<>(w.size());
        double[] rates = new double[span.minutes()];
        for (int i = 0; i < w.size(); i++) {
            out.add(of(w.tenant(i), w.signature(i), tiers.index(w.tenant(i).tier()), span, rates));
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
                jobs(sig.jobs(span.fromMinute(), span.toMinute()), span), 0, 0);
    }

    static List<JobBatch> jobs(List<ScheduledJob> jobs, RequestSpan span) {
        List<JobBatch> out = new ArrayList<>(jobs.size());
        for (ScheduledJob j : jobs) {
            double start = j.startSecond() - span.fromSeconds();
            if (start >= 0 && start < span.seconds()) {
                out.add(JobBatch.export(start, j.connections(), j.durationSeconds(), 0));
            }
        }
        return out;
    }
}
