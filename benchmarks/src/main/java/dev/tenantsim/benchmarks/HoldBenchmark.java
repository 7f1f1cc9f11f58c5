package dev.tenantsim.benchmarks;

import dev.tenantsim.engine.kernel.EventCalendar;
import dev.tenantsim.engine.kernel.RandomStreams;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic hold model for pending-event sets: N events pending; one operation ("hold") pops
 * the earliest event and pushes a new one at its time + Exp(1). Compares, in one run:
 * <ul>
 *   <li>{@code calendar}: the kernel's {@link EventCalendar} (binary heap on primitive arrays,
 *       lazy cancellation, payload in slots);</li>
 *   <li>{@code quaternaryCalendar}: the same design on a 4-ary heap (to re-check the arity);</li>
 *   <li>{@code priorityQueue}: {@link java.util.PriorityQueue} of small event objects
 *       (time, sequence) — the polled object is reused, the most favourable case for it;</li>
 *   <li>{@code binaryHeap}: a plain binary heap on primitive arrays (no handles, no cancel).</li>
 * </ul>
 * Exponential increments are drawn once (2^20 of them, from a named stream) and cycled, so
 * every structure sees the same sequence and the generator is not part of the measurement.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HoldBenchmark {
    static final int INCREMENTS = 1 << 20;
    static final int MASK = INCREMENTS - 1;

    static double[] increments() {
        ContinuousSampler exp = ZigguratSampler.Exponential.of(RandomStreams.of(1).stream("hold/increments"));
        double[] inc = new double[INCREMENTS];
        for (int i = 0; i < INCREMENTS; i++) {
            inc[i] = exp.sample();
        }
        return inc;
    }

    /** One (time, sequence) event object, ordered by time then scheduling order. */
    static final class Event implements Comparable<Event> {
        double time;
        long seq;

        Event(double time, long seq) {
            this.time = time;
            this.seq = seq;
        }

        @Override
        public int compareTo(Event o) {
            int c = Double.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    @State(Scope.Thread)
    public static class CalendarState {
        @Param({"1000", "100000", "1000000"})
        int n;
        double[] inc;
        int i;
        EventCalendar calendar;
        final EventCalendar.Cursor cursor = new EventCalendar.Cursor();

        @Setup(Level.Trial)
        public void setUp() {
            inc = increments();
            calendar = new EventCalendar(n);
            for (i = 0; i < n; i++) {
                calendar.schedule(inc[i & MASK], 0, 0, i);
            }
        }
    }

    @State(Scope.Thread)
    public static class QuaternaryState {
        @Param({"1000", "100000", "1000000"})
        int n;
        double[] inc;
        int i;
        QuaternaryCalendar calendar;
        final QuaternaryCalendar.Cursor cursor = new QuaternaryCalendar.Cursor();

        @Setup(Level.Trial)
        public void setUp() {
            inc = increments();
            calendar = new QuaternaryCalendar(n);
            for (i = 0; i < n; i++) {
                calendar.schedule(inc[i & MASK], 0, 0, i);
            }
        }
    }

    @State(Scope.Thread)
    public static class PriorityQueueState {
        @Param({"1000", "100000", "1000000"})
        int n;
        double[] inc;
        int i;
        long seq;
        PriorityQueue<Event> queue;

        @Setup(Level.Trial)
        public void setUp() {
            inc = increments();
            queue = new PriorityQueue<>(n);
            for (i = 0; i < n; i++) {
                queue.add(new Event(inc[i & MASK], seq++));
            }
        }
    }

    @State(Scope.Thread)
    public static class BinaryHeapState {
        @Param({"1000", "100000", "1000000"})
        int n;
        double[] inc;
        int i;
        PrimitiveBinaryHeap heap;

        @Setup(Level.Trial)
        public void setUp() {
            inc = increments();
            heap = new PrimitiveBinaryHeap(n);
            for (i = 0; i < n; i++) {
                heap.push(inc[i & MASK], i);
            }
        }
    }

    @Benchmark
    public double calendar(CalendarState s) {
        EventCalendar.Cursor c = s.cursor;
        s.calendar.pollInto(c);
        double t = c.time + s.inc[s.i++ & MASK];
        s.calendar.schedule(t, c.handler, c.kind, c.arg);
        return t;
    }

    @Benchmark
    public double quaternaryCalendar(QuaternaryState s) {
        QuaternaryCalendar.Cursor c = s.cursor;
        s.calendar.pollInto(c);
        double t = c.time + s.inc[s.i++ & MASK];
        s.calendar.schedule(t, c.handler, c.kind, c.arg);
        return t;
    }

    @Benchmark
    public double priorityQueue(PriorityQueueState s) {
        Event e = s.queue.poll();
        e.time += s.inc[s.i++ & MASK];
        e.seq = s.seq++;
        s.queue.add(e);
        return e.time;
    }

    @Benchmark
    public double binaryHeap(BinaryHeapState s) {
        PrimitiveBinaryHeap h = s.heap;
        double t = h.minTime() + s.inc[s.i++ & MASK];
        h.pop();
        h.push(t, s.i);
        return t;
    }
}
