package dev.tenantsim.benchmarks;

import dev.tenantsim.engine.fluid.DemandSource;
import dev.tenantsim.engine.fluid.FluidModel;
import dev.tenantsim.engine.fluid.FluidOptions;
import dev.tenantsim.engine.fluid.FluidPass;
import dev.tenantsim.engine.fluid.FluidResult;
import dev.tenantsim.engine.fluid.WorkMoments;
import dev.tenantsim.engine.fluid.SloTarget;
import dev.tenantsim.engine.fluid.StackCapacity;
import dev.tenantsim.engine.fluid.TenantLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fluid pass over a quarter at one-minute steps: 12,000 tenants on 20 cells, about 1.56
 * billion tenant-minutes, with every resource (app CPU, DB pool, DB CPU, DB IO), every limit (rate
 * limit, connection quota, concurrency cap) and every approximation (Erlang C, Allen–Cunneen,
 * processor sharing, tail quantiles, SLO minutes, busiest windows, hourly series) on.
 *
 * <p>Target (issue 5): under 20 s on 2 cores with a 2 GB heap, i.e. about 25 ns per tenant-minute
 * per core. Baseline for comparison: a bare proportional-share kernel does the quarter in about
 * 4 s. Demand is synthetic and cheap (16 precomputed diurnal shapes × a weekly factor × a per-tenant
 * heavy-tailed scale), so the benchmark measures the pass, not a generator.
 *
 * <pre>
 * mvn -B -o -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FluidPassBenchmark              # the real run
 * java -jar benchmarks/target/benchmarks.jar FluidPassBenchmark -f 1 -wi 0 -i 1 -p tenants=1200   # smoke
 * </pre>
 * Report: seconds per quarter, and seconds / (tenants × minutes) as ns per tenant-minute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class FluidPassBenchmark {
    private static final int SHAPES = 16;
    private static final int DAY = 1440;

    @Param({"12000"})
    public int tenants;

    @Param({"20"})
    public int cells;

    @Param({"129600"})
    public int minutes;

    @Param({"2"})
    public int threads;

    private FluidModel model;
    private DemandSource source;
    private FluidOptions options;

    @Setup
    public void setup() {
        double[][] shapes = new double[SHAPES][DAY];
        for (int s = 0; s < SHAPES; s++) {
            int phase = s * DAY / SHAPES;
            for (int m = 0; m < DAY; m++) {
                double day = Math.cos(2 * Math.PI * (m - 14 * 60 - phase / 4.0) / DAY);
                double burst = (m % (97 + s)) < 3 ? 1.3 : 1.0; // short periodic bursts
                shapes[s][m] = Math.max(0.05, (1 + 0.6 * day) * burst);
            }
        }
        double[] week = {1.0, 1.05, 1.05, 1.0, 0.95, 0.5, 0.4};
        int[] shapeOf = new int[tenants];
        double[] scale = new double[tenants];
        double total = 0;
        for (int t = 0; t < tenants; t++) {
            long h = mix(t * 0x9E3779B97F4A7C15L + 1);
            shapeOf[t] = (int) ((h >>> 33) % SHAPES);
            double u = ((h >>> 11) & ((1L << 40) - 1)) / (double) (1L << 40);
            scale[t] = Math.min(50, 0.3 / Math.pow(1 - u * 0.999, 0.6)); // heavy-tailed sizes, mean about 1
            total += scale[t];
        }
        double meanRate = 2.0 * tenants / total; // requests per second per unit of scale: ~2 req/s per tenant
        for (int t = 0; t < tenants; t++) {
            scale[t] *= meanRate;
        }
        source = (tenant, from, out, off, len) -> {
            double[] shape = shapes[shapeOf[tenant]];
            double k = scale[tenant];
            int minute = from;
            int i = 0;
            while (i < len) {
                int inDay = minute % DAY;
                int run = Math.min(len - i, DAY - inDay);
                double f = k * week[(minute / DAY) % 7];
                for (int j = 0; j < run; j++) {
                    out[off + i + j] = f * shape[inDay + j];
                }
                i += run;
                minute += run;
            }
        };
        List<StackCapacity> stacks = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            // sized for a mean utilization of about 40% on app CPU (peaks near 90% at the diurnal
            // maximum of a heavy cell), 40% DB CPU, 45% IO, 25% of the connection pool
            int perCell = Math.max(1, tenants / cells);
            double load = perCell * 2.0;
            stacks.add(new StackCapacity((int) Math.max(2, load * 0.04 / 0.4), (int) Math.max(2, load * 0.01 / 0.4),
                    Math.max(100, load * 3 / 0.45), (int) Math.max(10, load * 0.02 / 0.25), 0.0005));
        }
        FluidModel.Builder b = FluidModel.builder(stacks, tenants);
        for (int t = 0; t < tenants; t++) {
            double ca2 = 1.0 + (t % 4);
            WorkMoments work = WorkMoments.of(0.04, 0.01, 3, 0.02, 1.5, ca2);
            TenantLimits limits = new TenantLimits(scale[t] * 4, 10 + (t % 40), 50 + (t % 200));
            SloTarget slo = new SloTarget(t % 10 == 0 ? 0.5 : 1.0, 0.01);
            b.tenant(t, work, limits, slo, t % cells);
        }
        model = b.build();
        options = FluidOptions.defaults(minutes).withThreads(threads);
    }

    @Benchmark
    public FluidResult quarter() {
        return FluidPass.run(model, source, options);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
