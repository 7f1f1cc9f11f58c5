package dev.tenantsim.benchmarks;

import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.PopulationGenerator;
import dev.tenantsim.workload.PopulationSpec;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.fingerprint.Fingerprint;
import dev.tenantsim.workload.fingerprint.FingerprintAccumulator;
import dev.tenantsim.workload.fingerprint.Fingerprinter;
import dev.tenantsim.workload.generator.GeneratorRegistry;
import dev.tenantsim.workload.generator.SignatureFactory;
import dev.tenantsim.workload.generator.WorkloadGenerator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 3's benchmark: generate and fingerprint 12,000 tenants for one week at one-minute steps
 * (120,960,000 tenant-minutes). The score is in tenant-minutes per second (one JMH op = one
 * tenant-minute); target ≥ 50 million per second on one core (the week in under 2.4 s).
 *
 * <p>Mixes: {@code diurnal-weekly} — Poisson counts × diurnal (±2 h time-zone spread) × weekly,
 * the common SaaS shape; {@code full} — that plus MMPP bursts, CI bursts shared by groups and 5%
 * of tenants growing 50x. Benchmarks: {@code generate} (signatures only, rates summed into a
 * blackhole) and {@code generateAndFingerprint} (the number). Peak heap: run with
 * {@code -prof gc} or read {@code -XX:+PrintGCDetails}; the fingerprint state is ~1 KB per tenant
 * (histograms) + 6 MB of block + the week's aggregate.
 *
 * <p>Run (on a quiet machine): {@code java -jar benchmarks/target/benchmarks.jar WorkloadBenchmark}.
 * Smoke: {@code ... WorkloadBenchmark -f 1 -wi 1 -i 1 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class WorkloadBenchmark {
    static final int TENANTS = 12_000;
    static final int WEEK = 7 * 1440;
    static final int TENANT_MINUTES = TENANTS * WEEK;

    @Param({"diurnal-weekly", "full"})
    public String mix;

    private Signature[] signatures;
    private double[] block;
    private double[] fixedBlock;

    @Setup
    public void setUp() {
        Population population = new PopulationGenerator(PopulationSpec.builder(TENANTS).build()).generate(20250317L);
        GeneratorRegistry r = GeneratorRegistry.standard();
        List<WorkloadGenerator> gens = mix.equals("full")
                ? List.of(r.create("poisson"), r.create("diurnal", Map.of("tzSpreadHours", 4)), r.create("weekly"),
                        r.create("bursty"), r.create("ci-bursts", Map.of("groups", 50)),
                        r.create("growth", Map.of("share", 0.05)))
                : List.of(r.create("poisson"), r.create("diurnal", Map.of("tzSpreadHours", 4)), r.create("weekly"));
        signatures = SignatureFactory.builder(20250317L, WEEK).generators(gens).build().signatures(population);
        block = new double[TENANTS * Fingerprinter.BLOCK];
        fixedBlock = new double[TENANTS * Fingerprinter.BLOCK];
        for (int t = 0; t < TENANTS; t++) {
            signatures[t].fillRates(0, fixedBlock, t * Fingerprinter.BLOCK, Fingerprinter.BLOCK);
        }
    }

    /** Generation only: every tenant-minute filled, summed so nothing is optimised away. */
    @Benchmark
    @OperationsPerInvocation(TENANT_MINUTES)
    public void generate(Blackhole bh) {
        int b = Fingerprinter.BLOCK;
        double total = 0;
        for (int from = 0; from < WEEK; from += b) {
            int len = Math.min(b, WEEK - from);
            for (int t = 0; t < TENANTS; t++) {
                signatures[t].fillRates(from, block, t * len, len);
            }
            total += block[0] + block[block.length - 1];
        }
        bh.consume(total);
    }

    /** The number: generate and fingerprint the week. */
    @Benchmark
    @OperationsPerInvocation(TENANT_MINUTES)
    public Fingerprint[] generateAndFingerprint() {
        return Fingerprinter.compute(signatures, WEEK, 0);
    }

    /** Fingerprinting alone: one precomputed block of 64 minutes replayed for the whole week. */
    @Benchmark
    @OperationsPerInvocation(TENANT_MINUTES)
    public Fingerprint[] fingerprintOnly() {
        int b = Fingerprinter.BLOCK;
        FingerprintAccumulator acc = new FingerprintAccumulator(TENANTS, WEEK, 0);
        for (int from = 0; from < WEEK; from += b) {
            acc.accept(from, Math.min(b, WEEK - from), fixedBlock);
        }
        return acc.finish();
    }
}
