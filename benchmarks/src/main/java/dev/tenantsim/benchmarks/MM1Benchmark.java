package dev.tenantsim.benchmarks;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.stats.ConfidenceInterval;
import dev.tenantsim.engine.kernel.stats.Replications;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An M/M/1 queue at rho = 0.9 through the kernel's public API ({@link MM1Model}), 10 million
 * customers per invocation; the score is customers per second. Every invocation is a new
 * replication (independent streams); at the end of the trial the mean waits of all invocations
 * form a Student-t 95% interval that is printed beside the analytic 9.0 (mu = 1). The trial
 * fails if the analytic value is more than 5 half-widths away (a bug, not chance).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class MM1Benchmark {
    static final int CUSTOMERS = 10_000_000;
    static final int WARMUP = 100_000;

    private final MM1Model model = new MM1Model(0.9, 1.0);
    private final RandomStreams streams = RandomStreams.of(20_251_123L);
    private final Replications waits = new Replications();
    private int replication;

    @Setup(Level.Trial)
    public void setUp() {
        replication = 0;
    }

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public double mm1() {
        double w = model.run(streams.replication(replication++), CUSTOMERS, WARMUP);
        waits.add(w);
        return w;
    }

    @TearDown(Level.Trial)
    public void checkMeanWait() {
        double analytic = model.analyticMeanWait();
        if (waits.count() < 2) {
            System.out.printf(Locale.ROOT, "%nM/M/1 rho 0.9: only %d replication(s), mean wait %s, analytic %.4f%n",
                    waits.count(), java.util.Arrays.toString(waits.values()), analytic);
            return;
        }
        ConfidenceInterval ci = waits.ci95();
        System.out.printf(Locale.ROOT, "%nM/M/1 rho 0.9: mean wait %s over %d replications of %d customers; analytic %.4f: %s%n",
                ci, waits.count(), CUSTOMERS, analytic, ci.contains(analytic) ? "inside the 95% interval" : "OUTSIDE the 95% interval");
        if (Math.abs(ci.mean() - analytic) > 5 * ci.halfWidth()) {
            throw new IllegalStateException("M/M/1 mean wait " + ci + " is far from the analytic " + analytic);
        }
    }
}
