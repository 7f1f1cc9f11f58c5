package dev.tenantsim.workload.generator;

import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the contributions of the generators for one tenant, then builds its signature. */
public final class SignatureBuilder {
    private double baseRate;
    private final List<RateModifier> modifiers = new ArrayList<>();
    private final List<JobSource> jobs = new ArrayList<>();
    private long countsKey;
    private boolean counts;
    private RequestWork work;

    SignatureBuilder(double baseRate, RequestWork work) {
        this.baseRate = baseRate;
        this.work = work;
    }

    /** Sets the long-run mean rate, requests/s. */
    public SignatureBuilder baseRate(double requestsPerSecond) {
        if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("rate (" + requestsPerSecond + ") must be a finite number >= 0 requests/s");
        }
        this.baseRate = requestsPerSecond;
        return this;
    }

    public double baseRate() {
        return baseRate;
    }

    public SignatureBuilder multiply(RateModifier modifier) {
        modifiers.add(Objects.requireNonNull(modifier));
        return this;
    }

    public SignatureBuilder addJobs(JobSource source) {
        jobs.add(Objects.requireNonNull(source));
        return this;
    }

    /** Realise Poisson counts per minute from the stream {@code key} (see {@link HashedPoisson}). */
    public SignatureBuilder poissonCounts(long key) {
        this.counts = true;
        this.countsKey = key;
        return this;
    }

    public SignatureBuilder work(RequestWork value) {
        this.work = Objects.requireNonNull(value);
        return this;
    }

    public Signature build() {
        return new CompositeSignature(baseRate, modifiers.toArray(new RateModifier[0]),
                jobs.toArray(new JobSource[0]), counts, countsKey, work);
    }
}
