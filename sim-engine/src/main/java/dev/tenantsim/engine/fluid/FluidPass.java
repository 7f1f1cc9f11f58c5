package dev.tenantsim.engine.fluid;

import dev.tenantsim.engine.platform.metrics.MinuteRuns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The fluid pass: steps through the whole horizon at a fixed step and, per stack and resource,
 * sets offered demand against capacity with queueing approximations for the waits.
 *
 * <h2>Model of one step (length Δ, default 60 s), per stack</h2>
 * <ol>
 *   <li><b>Limits.</b> Tenant t offers λ<sub>t</sub> req/s (its {@link DemandSource} rate). The rate
 *       limit and the concurrency cap (λ ≤ cap / latency of the previous step, Little's law) reject
 *       the excess (the token bucket's burst is invisible at this resolution). The admitted rate
 *       plus the tenant's backlog / Δ is its demand; the connection quota caps what it can push
 *       into the stack at quota / occupancy (a connection is occupied for DB CPU + IO at last
 *       step's contention + the extra hold); the rest waits in its backlog (no pool-wait timeout
 *       in the fluid model).</li>
 *   <li><b>Utilization.</b> Per resource r, offered utilization ρ<sub>r</sub> = Σ λ<sub>t</sub>
 *       work<sub>t,r</sub> / servers<sub>r</sub> (app CPU over cores, connections over the pool, DB
 *       CPU over cores, IO busy time over IO servers). If the bottleneck's ρ exceeds 1, every tenant
 *       is served the share 1/ρ<sub>max</sub> of its demand (a request crosses the whole path), and
 *       the remainder is carried to the next step as backlog: work is conserved.</li>
 *   <li><b>Waits</b> at served utilization u (clipped at {@code rhoClip}):
 *     <ul>
 *       <li>CPU and IO are processor-sharing stations with c servers. The number in system of
 *           M/M/c-PS is that of M/M/c, and PS is insensitive to the service distribution, so the
 *           mean response of a request of size s is s (1 + C(c, cu) / (c (1 − u))), with C the
 *           Erlang C probability; bursty arrivals multiply the waiting part by (c<sub>a</sub>² + 1)/2
 *           (Kingman / Allen–Cunneen with c<sub>s</sub>² = 1, PS being insensitive).</li>
 *       <li>The connection pool is FCFS M/G/c: W<sub>q</sub> = C(c, a) h / (c (1 − u)) ·
 *           (c<sub>a</sub>² + c<sub>s</sub>²)/2 (Allen–Cunneen), h the mean occupancy of a
 *           connection in the mix (DB CPU and IO stretched by this step's contention, plus the
 *           extra hold) and c<sub>s</sub>² the SCV of the mixture of zero-load occupancies (from
 *           the first two moments). If the pool is the bottleneck, the served share is set by it.</li>
 *       <li>c<sub>a</sub>² of the stack is the rate-weighted mean of the tenants' (QNA superposition);
 *           it is applied at every station (departure variability is not propagated).</li>
 *     </ul></li>
 *   <li><b>Tenant latency</b>: the request path of the request-level pass, app CPU → pool wait →
 *       DB CPU → DB IO → extra hold: app + DB CPU + IO time, each stretched as above, plus the
 *       pool wait (for requests that take a connection), plus the extra hold, plus a backlog
 *       delay (mean backlog over the step / served rate, Little's law).</li>
 *   <li><b>Tail</b> (p99 by default): a two-moment gamma fit of the response time. Its mean is
 *       the latency above; its variance adds, per processor-sharing station, that of S × (1 + D),
 *       S the part's work (the tenant's c<sub>s</sub>², parts independent) and D the slowdown,
 *       0 with probability 1 − C and else exponential with mean w/C (so E[(1 + D)²] =
 *       1 + 2w + 2w²/C), and for the pool the FCFS M/M/c wait's variance w²(2/C − 1) (for M/M/c
 *       the wait exceeds t with probability C e<sup>−(cμ−λ)t</sup>). The gamma quantile comes from
 *       a table over the squared coefficient of variation ({@code TailTable}). Checked: M/M/1-PS
 *       within 7–25% above the gamma fit of its exact moments at ρ 0.05..0.9; against the
 *       request-level pass with 4 cores and lognormal work within −10%..+20% at loads 30–90%
 *       (see {@code FluidDesAgreementTest}). The backlog delay is added to the tail as is.</li>
 *   <li><b>SLO</b>: the per-minute rule of {@code SloJudge}, on the step's requests: served
 *       (completed) and rejected (failed). A step violates the tenant's SLO when its rejected share
 *       of served + rejected exceeds the error budget, or when it had at least the minimum number
 *       of requests, not all rejected, and its tail exceeds the objective.</li>
 * </ol>
 *
 * <h2>Cost and memory</h2>
 * Demand is streamed in blocks of at most {@code maxBlockValues} rates per stack; per step the
 * loop makes two passes over the stack's tenants on primitive arrays and allocates nothing.
 * Kept: per-tenant totals, per-stack peaks and means, the downsampled series and the top
 * windows. Stacks are independent and run on a small pool; each stack's arithmetic is sequential
 * and the results are merged in stack order, so the output does not depend on the thread count.
 */
public final class FluidPass {

    private FluidPass() {
    }

    /** Runs the fluid pass of {@code model} over {@code options.horizonMinutes()}. */
    public static FluidResult run(FluidModel model, DemandSource source, FluidOptions options) {
        if (model == null || source == null || options == null) {
            throw new IllegalArgumentException("model, source and options must not be null");
        }
        Map<Integer, ErlangCTable> tables = erlangTables(model, options);
        TailTable tail = new TailTable(options.quantile(), 2048);
        int stacks = model.stackCount();
        List<StackRun> runs = new ArrayList<>(stacks);
        for (int s = 0; s < stacks; s++) {
            runs.add(new StackRun(s, model, source, options, tables, tail));
        }
        int threads = options.threads() == 0
                ? Math.min(stacks, Runtime.getRuntime().availableProcessors())
                : Math.min(stacks, options.threads());
        if (threads <= 1) {
            for (StackRun r : runs) {
                r.run();
            }
        } else {
            runParallel(runs, threads);
        }
        return merge(model, options, runs);
    }

    private static void runParallel(List<StackRun> runs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "fluid-pass");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<StackRun>> futures = new ArrayList<>(runs.size());
            for (StackRun r : runs) {
                futures.add(pool.submit(r::run));
            }
            for (Future<StackRun> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fluid pass interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("fluid pass failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One Erlang C evaluator per distinct station size, shared by all stacks (read-only). */
    private static Map<Integer, ErlangCTable> erlangTables(FluidModel model, FluidOptions options) {
        Map<Integer, ErlangCTable> tables = new TreeMap<>();
        for (int s = 0; s < model.stackCount(); s++) {
            StackCapacity c = model.stack(s);
            for (int servers : new int[] {c.appCores(), c.dbCores(), c.ioServers(), c.dbMaxConnections()}) {
                tables.computeIfAbsent(servers,
                        k -> new ErlangCTable(k, options.exactErlangMaxServers(), options.erlangTableSize()));
            }
        }
        return tables;
    }

    private static FluidResult merge(FluidModel model, FluidOptions options, List<StackRun> runs) {
        int n = model.tenantCount();
        double dt = options.stepSeconds();
        int steps = options.steps();
        int stepMinutes = options.stepMinutes();
        double[] offered = new double[n];
        double[] served = new double[n];
        double[] rejected = new double[n];
        double[] backlog = new double[n];
        double[] meanLatency = new double[n];
        double[] worstTail = new double[n];
        MinuteRuns[] violationRuns = new MinuteRuns[n];
        java.util.Arrays.fill(violationRuns, MinuteRuns.EMPTY);
        double[] load = new double[n];
        double[] slow = new double[n];
        java.util.Arrays.fill(slow, Double.NaN);
        List<StackFluidResult> stacks = new ArrayList<>(runs.size());
        List<BusyWindow> windows = new ArrayList<>();
        for (StackRun r : runs) {
            int[] members = r.members();
            for (int j = 0; j < members.length; j++) {
                int t = members[j];
                offered[t] = r.offered[j] * dt;
                served[t] = r.served[j] * dt;
                rejected[t] = r.rejected[j] * dt;
                backlog[t] = r.finalBacklog(j);
                meanLatency[t] = r.served[j] > 0 ? r.latencySum[j] / r.served[j] : 0.0;
                worstTail[t] = r.worstTail[j];
                violationRuns[t] = r.violationMinutes[j].build();
                load[t] = r.load[j];
                slow[t] = r.slowCount(j);
            }
            double[] mean = new double[FluidResource.COUNT];
            StackRecorder rec = r.recorder;
            for (int k = 0; k < mean.length; k++) {
                mean[k] = rec.sumUtil[k] / steps;
            }
            long[] seriesViolators = r.incidents.seriesViolators;
            double[] share = new double[seriesViolators.length];
            for (int p = 0; p < share.length; p++) {
                int inPoint = Math.min(options.seriesSteps(), steps - p * options.seriesSteps());
                share[p] = members.length == 0 ? 0.0 : seriesViolators[p] / ((double) inPoint * members.length);
            }
            stacks.add(new StackFluidResult(r.stack(), members.length, rec.peakUtil, mean,
                    r.overloadedSteps * stepMinutes, r.peakBacklog,
                    new UtilizationSeries(options.seriesSteps() * stepMinutes, rec.seriesMean, rec.seriesMax),
                    r.incidents.incidents, share, r.incidents.stepViolators,
                    rec.busiest.warmStart(members, options.seriesSteps() * stepMinutes)));
            for (int i = 0; i < rec.windowCount; i++) {
                windows.add(new BusyWindow(r.stack(), rec.windowStart[i], rec.windowLengthMinutes(i),
                        rec.windowScore[i], rec.windowPeak[i]));
            }
        }
        windows.sort(Comparator.comparingDouble(BusyWindow::meanOfferedLoad).reversed()
                .thenComparingInt(BusyWindow::stack).thenComparingInt(BusyWindow::startMinute));
        List<BusyWindow> top = windows.subList(0, Math.min(options.busiestWindows(), windows.size()));
        return new FluidResult(options,
                new TenantFluidResults(offered, served, rejected, backlog, meanLatency, worstTail, violationRuns, load, slow),
                stacks, top);
    }
}
