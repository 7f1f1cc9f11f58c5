package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.cache.DataAccess;
import dev.tenantsim.scenario.Defaults;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.model.ExplicitTenant;
import dev.tenantsim.scenario.model.Generation;
import dev.tenantsim.scenario.model.TraceSource;
import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.PopulationGenerator;
import dev.tenantsim.workload.PopulationSpec;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.Residency;
import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.SizeSpec;
import dev.tenantsim.workload.TenantProfile;
import dev.tenantsim.workload.generator.GeneratorRegistry;
import dev.tenantsim.workload.generator.SignatureFactory;
import dev.tenantsim.workload.generator.WorkloadGenerator;
import dev.tenantsim.workload.trace.ReplayOptions;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceMetric;
import dev.tenantsim.workload.trace.TraceReadReport;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReaderRegistry;
import dev.tenantsim.workload.trace.TraceReplay;
import dev.tenantsim.workload.trace.TraceWorkload;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tenants:} (generate / explicit / trace) → a workload population with signatures, through
 * the workload module's population generator, its generator registry (keyed by the scenario's
 * {@code pattern}) and its trace readers (keyed by {@code trace.format}). A pure function of
 * (scenario, seed, pass): a tenant's signature depends on its id and the seed only, so variants
 * and topologies see the same demand (common random numbers).
 */
public final class TenantWorkloads {
    /** Region of tenants the scenario places nowhere in particular (cells have no region either). */
    public static final String ANY_REGION = "any";
    /** Mean data per generated tenant, bytes (the workload module's running example: 12 GB). */
    static final SizeSpec DATA = new SizeSpec(12e9, 2.8e12);
    /** Largest generated tenant's data over the mean, when {@code tenants.generate.data} gives the mean. */
    static final double DATA_MAX_OVER_MEAN = 50;
    /** Largest tenant, as a multiple of the mean, when {@code users.max} is not given. */
    static final double MAX_OVER_MEAN = 1000;
    /** Monday 2025-01-06 00:00 UTC: minute 0 of a horizon without a start (a weekday, at midnight). */
    public static final Instant DEFAULT_START = Instant.parse("2025-01-06T00:00:00Z");
    /** Trace formats the scenario catalog names differently from the reader registry. */
    static final Map<String, String> TRACE_ALIASES = Map.of("azure-vm-cpu", "azure-v1");

    private TenantWorkloads() {
    }

    public static TenantWorkload of(Scenario s, long seed, ArrivalPass pass) {
        TierModels tiers = TierModels.of(s);
        List<String> notes = new ArrayList<>();
        RequestWork work = WorkModels.of(s.request());
        int horizonMinutes = (int) Math.max(1, Math.ceil(s.horizon().lengthSeconds() / 60));
        Instant start = s.horizon().start() == null ? DEFAULT_START : s.horizon().start().toInstant();
        GeneratorRegistry registry = GeneratorRegistry.standard();

        List<TenantProfile> profiles = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>();
        Generation g = s.tenants().generate();
        double defaultRate = g != null ? g.requestsPerUserPerMinute() : Defaults.REQUESTS_PER_USER_PER_MINUTE;
        if (g != null) {
            Population generated = generate(s, g, tiers, seed);
            SignatureFactory f = factory(registry, seed, horizonMinutes, start, g.requestsPerUserPerMinute(),
                    g.pattern(), work, pass);
            for (TenantProfile p : generated.tenants()) {
                profiles.add(p);
                signatures.add(f.signature(p));
            }
            if (!"lognormal".equals(g.users().shape()) && !"constant".equals(g.users().shape())) {
                notes.add("tenants.generate.users.shape (" + g.users().shape() + ") was drawn as a lognormal with the same mean and"
                        + " largest tenant (the population generator's calibrated shape).");
            }
        }
        int explicitIndex = 0;
        for (ExplicitTenant e : s.tenants().explicit()) {
            double rate = Double.isNaN(e.requestsPerUserPerMinute()) ? defaultRate : e.requestsPerUserPerMinute();
            String pattern = e.pattern() != null ? e.pattern() : g != null ? g.pattern() : Defaults.PATTERN;
            TenantProfile p = new TenantProfile(e.id(), profiles.size(), e.tier(), e.users(),
                    e.data() == null ? 0 : e.data().bytes(), e.region() == null ? ANY_REGION : e.region(), Residency.ANY,
                    tiers.tier(e.tier()).monthlyFee(), Optional.empty());
            List<ScheduledJob> jobs = ScheduledJobs.of(s.horizon(), e.jobs());
            notes.addAll(ScheduledJobs.outsideHorizon(s.horizon(), e.jobs(), "tenants.explicit[" + explicitIndex++ + "].jobs"));
            SignatureFactory f = factory(registry, seed, horizonMinutes, start, rate, pattern, work, pass);
            List<WorkloadGenerator> extra = new ArrayList<>(shape(s, registry, e, explicitIndex - 1));
            if (!jobs.isEmpty()) {
                extra.add(ScheduledJobs.generator(jobs));
            }
            profiles.add(p);
            signatures.add(f.signature(p, extra));
        }
        if (s.tenants().trace() != null) {
            TraceWorkload traced = trace(s, s.tenants().trace(), tiers);
            Signature[] sig = traced.signatures();
            for (TenantProfile p : traced.population().tenants()) {
                profiles.add(p.withIndex(profiles.size()));
                signatures.add(sig[p.index()]);
            }
            notes.add("Traced tenants: " + traced.population().size() + " from " + s.tenants().trace().path().getFileName()
                    + " (" + s.tenants().trace().format() + "), replayed from the trace's first sample at minute 0.");
            TraceReadReport read = traced.report();
            if (read.rejectedTotal() > 0) {
                notes.add("tenants.trace.badRows is lenient: " + read.rejectedTotal() + " of " + read.rowsRead()
                        + " rows were skipped (" + read.rejected() + ")" + (read.examples().isEmpty() ? "" : "; first: " + read.examples().get(0)) + ".");
            }
        }
        if (profiles.isEmpty()) {
            throw ScenarioException.of(s.name(), "tenants (none) must generate, list or trace at least one tenant");
        }
        Population population;
        try {
            population = new Population(profiles, tiers.tiers());
        } catch (IllegalArgumentException ex) {
            throw ScenarioException.of(s.name(), ex.getMessage());
        }
        Signature[] sigs = EventModels.spiked(s, population, signatures.toArray(new Signature[0]));
        return new TenantWorkload(population, sigs, notes, access(s, population));
    }

    /** Each tenant's data, its skew ({@code accessSkew}, else {@code request.access.skew}) and its tier's cache quota. */
    private static DataAccess[] access(Scenario s, Population population) {
        Map<String, Double> skewOf = new java.util.HashMap<>();
        for (ExplicitTenant e : s.tenants().explicit()) {
            if (!Double.isNaN(e.accessSkew())) {
                skewOf.put(e.id(), e.accessSkew());
            }
        }
        DataAccess[] out = new DataAccess[population.size()];
        for (int i = 0; i < out.length; i++) {
            TenantProfile p = population.get(i);
            Long quota = s.controls().cacheQuota().get(p.tier());
            out[i] = new DataAccess(p.dataBytes(), skewOf.getOrDefault(p.id(), s.request().accessSkew()),
                    quota == null ? Double.POSITIVE_INFINITY : quota);
        }
        return out;
    }

    private static Population generate(Scenario s, Generation g, TierModels tiers, long seed) {
        double max = g.users().max() != null ? g.users().max() : g.users().mean() * MAX_OVER_MEAN;
        PopulationSpec spec = PopulationSpec.builder(g.count())
                .tiers(tiers.tiers())
                .tierMix(g.mix())
                .users(new SizeSpec(g.users().mean(), Math.max(max, g.users().mean())))
                .dataBytes(Double.isNaN(g.dataBytes()) ? DATA : new SizeSpec(g.dataBytes(), g.dataBytes() * DATA_MAX_OVER_MEAN))
                .regionMix(Map.of(ANY_REGION, 1.0))
                .pinnedShare(Map.of())
                .build();
        Population p = new PopulationGenerator(spec).generate(seed);
        List<TenantProfile> capped = new ArrayList<>(p.size());
        for (TenantProfile t : p.tenants()) {
            Integer tierMax = s.tiers().get(t.tier()).maxUsers();
            long users = "constant".equals(g.users().shape()) ? Math.max(1, Math.round(g.users().mean())) : t.users();
            if (tierMax != null) {
                users = Math.min(users, tierMax);
            }
            capped.add(users == t.users() ? t : new TenantProfile(t.id(), t.index(), t.tier(), users, t.dataBytes(),
                    t.region(), t.residency(), t.monthlyRevenue(), t.sloOverride()));
        }
        return new Population(capped, p.tiers());
    }

    /** A named tenant's {@code shape:} as generators, in the order they apply. */
    private static List<WorkloadGenerator> shape(Scenario s, GeneratorRegistry registry, ExplicitTenant e, int index) {
        List<WorkloadGenerator> out = new ArrayList<>();
        e.shape().forEach((name, params) -> {
            try {
                out.add(registry.create(name, params));
            } catch (IllegalArgumentException ex) {
                throw ScenarioException.of(s.name(), "tenants.explicit[" + index + "].shape." + name + ": " + ex.getMessage());
            }
        });
        return out;
    }

    private static SignatureFactory factory(GeneratorRegistry registry, long seed, int horizonMinutes, Instant start,
                                            double requestsPerUserPerMinute, String pattern, RequestWork work,
                                            ArrivalPass pass) {
        return SignatureFactory.builder(seed, horizonMinutes)
                .start(start)
                .requestsPerUserPerMinute(requestsPerUserPerMinute)
                .work(work)
                .generators(List.of(registry.create(pass.generatorFor(pattern))))
                .build();
    }

    private static TraceWorkload trace(Scenario s, TraceSource t, TierModels tiers) {
        String format = TRACE_ALIASES.getOrDefault(t.format(), t.format());
        TraceReaderRegistry readers = TraceReaderRegistry.standard();
        if (!readers.names().contains(format)) {
            throw ScenarioException.of(s.name(), "tenants.trace.format (" + t.format() + ") has no reader yet; readers: "
                    + readers.names());
        }
        String tier = t.tier() != null ? t.tier() : tiers.tiers().get(0).name();
        ReplayOptions replay = new ReplayOptions(ReplayOptions.DEFAULT.gaps(), ReplayOptions.DEFAULT.maxHoldSeconds(),
                ReplayOptions.DEFAULT.mapping(), ReplayOptions.Beyond.REPEAT, 1, Long.MIN_VALUE, tiers.tiers(), tier,
                ANY_REGION);
        try {
            TraceOptions options = t.lenient() ? TraceOptions.LENIENT : TraceOptions.STRICT;
            if (t.tenantKey() != null) {
                options = options.withTenantKey(t.tenantKey());
            }
            if (t.metric() != null) {
                options = options.withValueMetric(TraceMetric.byColumn(t.metric()).orElseThrow());
            }
            return TraceReplay.replay(readers.reader(format), t.path(), options, replay);
        } catch (TraceFormatException e) {
            throw ScenarioException.of(s.name(), "tenants.trace.path (" + t.path() + "): " + e.getMessage());
        } catch (IOException e) {
            throw ScenarioException.of(s.name(), "tenants.trace.path (" + t.path() + ") cannot be read: " + e.getMessage());
        }
    }

    /** Monthly revenue of a tenant in micro-dollars (exact; fees have at most six decimals). */
    public static long revenueMicros(BigDecimal monthly) {
        return monthly.movePointRight(6).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }
}
