package dev.tenantsim.workload.generator;

import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns tenants into signatures: base rate = users × requests per user per minute / 60, then every
 * generator contributes in order. A tenant's signature depends only on (seed, tenant, options) —
 * never on the other tenants.
 */
public final class SignatureFactory {
    /** UTC offsets (minutes) of the default regions; unknown regions are at UTC. */
    public static final Map<String, Integer> DEFAULT_REGION_OFFSETS = Map.of(
            "us-east-1", -300, "us-east-2", -300, "us-west-2", -480, "eu-west-1", 0, "eu-central-1", 60,
            "ap-southeast-2", 600, "ap-northeast-1", 540, "ap-south-1", 330, "sa-east-1", -180);

    private final long seed;
    private final List<WorkloadGenerator> generators;
    private final int horizonMinutes;
    private final int startMinuteOfWeekUtc;
    private final Map<String, Integer> regionOffsets;
    private final double requestsPerUserPerMinute;
    private final RequestWork work;
    private final Map<String, RequestWork> workByTier;

    private SignatureFactory(Builder b) {
        this.seed = b.seed;
        this.generators = List.copyOf(b.generators);
        this.horizonMinutes = b.horizonMinutes;
        this.startMinuteOfWeekUtc = b.startMinuteOfWeekUtc;
        this.regionOffsets = Map.copyOf(b.regionOffsets);
        this.requestsPerUserPerMinute = b.requestsPerUserPerMinute;
        this.work = b.work;
        this.workByTier = Map.copyOf(b.workByTier);
    }

    public static Builder builder(long seed, int horizonMinutes) {
        return new Builder(seed, horizonMinutes);
    }

    /** The signature of one tenant. */
    public Signature signature(TenantProfile tenant) {
        return signature(tenant, List.of());
    }

    /**
     * The signature of one tenant with generators of its own after the common ones (an explicit
     * tenant's scheduled export, a tenant-specific growth).
     */
    public Signature signature(TenantProfile tenant, List<WorkloadGenerator> extra) {
        TenantContext ctx = new TenantContext(seed, tenant, horizonMinutes, startMinuteOfWeekUtc,
                regionOffsets.getOrDefault(tenant.region(), 0));
        SignatureBuilder b = new SignatureBuilder(tenant.users() * requestsPerUserPerMinute / Signature.STEP_SECONDS,
                workByTier.getOrDefault(tenant.tier(), work));
        for (WorkloadGenerator g : generators) {
            g.contribute(ctx, b);
        }
        for (WorkloadGenerator g : extra) {
            g.contribute(ctx, b);
        }
        return b.build();
    }

    /** Signatures of a population, indexed by the tenants' dense indices. */
    public Signature[] signatures(Population population) {
        Signature[] out = new Signature[population.size()];
        for (TenantProfile t : population.tenants()) {
            out[t.index()] = signature(t);
        }
        return out;
    }

    public int horizonMinutes() {
        return horizonMinutes;
    }

    /** Options; {@link #build()} validates. */
    public static final class Builder {
        private final long seed;
        private final int horizonMinutes;
        private List<WorkloadGenerator> generators = List.of();
        private int startMinuteOfWeekUtc;
        private Map<String, Integer> regionOffsets = new HashMap<>(DEFAULT_REGION_OFFSETS);
        private double requestsPerUserPerMinute = 0.05;
        private RequestWork work = RequestWork.DEFAULT;
        private Map<String, RequestWork> workByTier = Map.of();

        private Builder(long seed, int horizonMinutes) {
            this.seed = seed;
            this.horizonMinutes = horizonMinutes;
        }

        public Builder generators(List<WorkloadGenerator> value) {
            this.generators = List.copyOf(value);
            return this;
        }

        /** The horizon's first instant, which fixes weekday and time of day of minute 0. */
        public Builder start(Instant start) {
            ZonedDateTime z = start.atZone(ZoneOffset.UTC);
            int day = z.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            this.startMinuteOfWeekUtc = day * TenantContext.DAY + z.getHour() * 60 + z.getMinute();
            return this;
        }

        public Builder startMinuteOfWeekUtc(int value) {
            this.startMinuteOfWeekUtc = value;
            return this;
        }

        public Builder regionOffsets(Map<String, Integer> value) {
            this.regionOffsets = new HashMap<>(value);
            return this;
        }

        public Builder requestsPerUserPerMinute(double value) {
            this.requestsPerUserPerMinute = value;
            return this;
        }

        public Builder work(RequestWork value) {
            this.work = Objects.requireNonNull(value);
            return this;
        }

        public Builder workByTier(Map<String, RequestWork> value) {
            this.workByTier = Map.copyOf(value);
            return this;
        }

        public SignatureFactory build() {
            if (horizonMinutes < 1) {
                throw new IllegalArgumentException("horizon (" + horizonMinutes + " min) must be >= 1 minute");
            }
            if (!(requestsPerUserPerMinute >= 0) || Double.isInfinite(requestsPerUserPerMinute)) {
                throw new IllegalArgumentException("tenants.generate.requestsPerUserPerMinute (" + requestsPerUserPerMinute
                        + ") must be a finite number >= 0");
            }
            if (startMinuteOfWeekUtc < 0 || startMinuteOfWeekUtc >= TenantContext.WEEK) {
                throw new IllegalArgumentException("startMinuteOfWeek (" + startMinuteOfWeekUtc + ") must be in [0, 10080)");
            }
            return new SignatureFactory(this);
        }
    }
}
