package dev.tenantsim.workload.generator;

import dev.tenantsim.workload.ArrivalMode;
import dev.tenantsim.workload.CounterHash;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.Signature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * base rate × Π modifiers, then (optionally) Poisson counts per minute; plus jobs. Batches are
 * filled modifier by modifier over the whole range (tight loops over a {@code double[]}).
 */
final class CompositeSignature implements Signature {
    private final double baseRate;
    private final RateModifier[] modifiers;
    private final JobSource[] jobSources;
    private final boolean counts;
    private final long countsKey;
    private final RequestWork work;

    CompositeSignature(double baseRate, RateModifier[] modifiers, JobSource[] jobSources, boolean counts,
                       long countsKey, RequestWork work) {
        this.baseRate = baseRate;
        this.modifiers = modifiers;
        this.jobSources = jobSources;
        this.counts = counts;
        this.countsKey = countsKey;
        this.work = work;
    }

    @Override
    public double rate(int minute) {
        double r = baseRate;
        for (RateModifier m : modifiers) {
            r *= m.factor(minute);
        }
        return counts ? HashedPoisson.sample(r * STEP_SECONDS, CounterHash.at(countsKey, minute)) / (double) STEP_SECONDS : r;
    }

    @Override
    public void fillRates(int fromMinute, double[] out, int offset, int length) {
        java.util.Arrays.fill(out, offset, offset + length, baseRate);
        for (RateModifier m : modifiers) {
            m.apply(fromMinute, out, offset, length);
        }
        if (counts) {
            final double perMinute = STEP_SECONDS;
            final double inv = 1.0 / STEP_SECONDS;
            for (int k = 0; k < length; k++) {
                out[offset + k] = HashedPoisson.sample(out[offset + k] * perMinute,
                        CounterHash.at(countsKey, fromMinute + k)) * inv;
            }
        }
    }

    @Override
    public ArrivalMode arrivalMode() {
        return counts ? ArrivalMode.COUNTS : ArrivalMode.INTENSITY;
    }

    @Override
    public RequestWork work() {
        return work;
    }

    @Override
    public List<ScheduledJob> jobs(int fromMinute, int toMinute) {
        if (jobSources.length == 0) {
            return List.of();
        }
        List<ScheduledJob> out = new ArrayList<>();
        for (JobSource s : jobSources) {
            s.jobs(fromMinute, toMinute, out);
        }
        Collections.sort(out);
        return Collections.unmodifiableList(out);
    }
}
