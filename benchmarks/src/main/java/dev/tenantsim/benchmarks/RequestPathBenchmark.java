package dev.tenantsim.benchmarks;

import dev.tenantsim.engine.platform.cache.CacheSpec;
import dev.tenantsim.engine.platform.cache.DataAccess;
import dev.tenantsim.engine.platform.cache.DataPath;
import dev.tenantsim.engine.platform.cache.QueryCost;
import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.PlatformSimulator;
import dev.tenantsim.engine.platform.RateProfile;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.RetryPolicy;
import dev.tenantsim.engine.platform.SloPolicy;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.engine.platform.Topology;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Request-level throughput of the platform simulation (issue 4, item 5): one simulated peak hour
 * of 12,000 tenants at 5,000 requests/s in total (18 million requests) through the full request
 * path — edge token buckets, per-tenant concurrency caps, admission control, app PS, DB connection
 * quotas, DB CPU and IO, statement timeouts, client timeouts with backoff retries, circuit
 * breakers — on one pooled stack and on 20 cells (the cells run on {@code threads} threads).
 *
 * <p>Each invocation is one whole run ({@link Mode#SingleShotTime}); simulated requests per second
 * of wall time = offered requests / the reported time. The teardown prints it. Target (issue 4):
 * at least 1 million simulated requests per second on one core.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RequestPathBenchmark -f 1 -wi 1 -i 3
 * # smoke run: one simulated minute
 * java -jar benchmarks/target/benchmarks.jar RequestPathBenchmark -f 1 -wi 0 -i 1 -p horizonSeconds=60
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RequestPathBenchmark {
    private static final int TENANTS = 12_000;
    private static final double TOTAL_RATE = 5_000;

    /** "pooled": one stack; "cells": 20 cells of a twentieth of the capacity each. */
    @Param({"pooled", "cells"})
    public String topology;

    /** Simulated seconds (3600 = the peak hour). */
    @Param({"3600"})
    public double horizonSeconds;

    /**
     * "off": no caches and flat query cost (the request path as before issue 10); "on": every
     * tenant has data (1 GB to 200 GB, heavy-tailed), each stack an app cache of 5% of its
     * tenants' data and a 64 GB buffer pool, and query cost grows logarithmically.
     */
    @Param({"off"})
    public String dataPath;

    /** Threads for the cell runs (cells are independent simulations). */
    @Param({"2"})
    public int threads;

    private PlatformScenario scenario;
    private long offered;
    private long totalNanos;
    private int runs;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = scenario(topology, horizonSeconds, "on".equals(dataPath));
    }

    @Benchmark
    public Results peakHour() {
        long start = System.nanoTime();
        Results r = PlatformSimulator.run(scenario, RandomStreams.of(20_250_317L), threads);
        totalNanos += System.nanoTime() - start;
        runs++;
        offered = r.tenants().stream().mapToLong(t -> t.offered()).sum();
        return r;
    }

    @TearDown(Level.Trial)
    public void report() {
        if (runs > 0) {
            double seconds = totalNanos / 1e9 / runs;
            System.out.printf(Locale.ROOT, "%n%s: %d simulated requests in %.2f s of wall time = %.0f simulated requests/s%n",
                    topology, offered, seconds, offered / seconds);
        }
    }

    /** 12,000 tenants (heavy-tailed rates summing to 5,000 req/s) with the controls on. */
    static PlatformScenario scenario(String topology, double horizonSeconds, boolean withData) {
        RequestWork work = new RequestWork(WorkDistribution.lognormal(0.004, 1.0), WorkDistribution.lognormal(0.0015, 1.5),
                WorkDistribution.exponential(2));
        List<TenantLoad> tenants = new ArrayList<>(TENANTS);
        int[] tiers = new int[TENANTS];
        double weightSum = 0;
        double[] weight = new double[TENANTS];
        for (int i = 0; i < TENANTS; i++) {
            weight[i] = 1.0 / Math.pow(i + 1, 0.6); // Zipf-like sizes
            weightSum += weight[i];
        }
        for (int i = 0; i < TENANTS; i++) {
            tiers[i] = i < 100 ? 2 : i < 2_000 ? 1 : 0;
            TenantLoad l = TenantLoad.of("tenant-" + i, tiers[i], 0, RateProfile.constant(TOTAL_RATE * weight[i] / weightSum), work);
            tenants.add(withData ? l.withData(new DataAccess(1e9 + 199e9 * weight[i] * weight[i], DataAccess.DEFAULT_SKEW,
                    Double.POSITIVE_INFINITY)) : l);
        }
        double dataBytes = 0;
        for (TenantLoad l : tenants) {
            dataBytes += l.data().dataBytes();
        }
        int stacks = "cells".equals(topology) ? 20 : 1;
        DataPath path = !withData ? DataPath.NONE : new DataPath(new CacheSpec(0.05 * dataBytes / stacks, CacheSpec.DEFAULT_ITEM_BYTES),
                new CacheSpec(64e9, CacheSpec.DEFAULT_PAGE_BYTES),
                new QueryCost(QueryCost.Growth.LOG, QueryCost.Basis.SHARD, QueryCost.DEFAULT_REFERENCE_BYTES, QueryCost.DEFAULT_ROW_BYTES));
        Controls controls = Controls.builder(tiers)
                .rateLimitForTier(0, 20, 40).rateLimitForTier(1, 100, 200).rateLimitForTier(2, 1000, 2000)
                .concurrencyCapForTier(0, 8).concurrencyCapForTier(1, 32).concurrencyCapForTier(2, 128)
                .connectionQuotaForTier(0, 4).connectionQuotaForTier(1, 16).connectionQuotaForTier(2, 64)
                .statementTimeoutForTier(0, 5).statementTimeoutForTier(1, 30).statementTimeoutForTier(2, 300)
                .poolWaitTimeoutForAll(2)
                .circuitBreakerForTier(0, 20, 10).circuitBreakerForTier(1, 20, 10).circuitBreakerForTier(2, 50, 10)
                .clientForAll(10, RetryPolicy.backoffWithJitter(3, 0.1, 2))
                .admissionQueueLimit(2_000)
                .build();
        Topology topo = switch (topology) {
            case "pooled" -> Topology.pooled(new StackSpec("pooled", new StackSpec.AppTier(40, 4_000),
                    new StackSpec.Database(3_000, 24, 40_000, 64), new StackSpec.WorkerPool(16, "drr"), path), TENANTS);
            case "cells" -> Topology.cellsRoundRobin(new StackSpec("cell", new StackSpec.AppTier(3, 300),
                    new StackSpec.Database(200, 2, 2_000, 8), new StackSpec.WorkerPool(2, "drr"), path), 20, TENANTS);
            default -> throw new IllegalArgumentException("topology (" + topology + ") must be pooled or cells");
        };
        return new PlatformScenario(tenants, topo, controls, SloPolicy.uniform(TENANTS, 0.25, 0.01), horizonSeconds);
    }
}
