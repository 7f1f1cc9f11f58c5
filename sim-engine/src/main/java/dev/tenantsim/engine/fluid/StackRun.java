package dev.tenantsim.engine.fluid;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.metrics.MinuteRuns;
import java.util.Map;

/**
 * The fluid pass over one stack: a sequential, allocation-free loop over steps and tenants on
 * primitive arrays indexed by the stack-local tenant index ({@link TenantParameters}). What a step
 * produces goes to the {@link StackRecorder} (utilization, series, busiest windows) and to
 * {@link StackIncidents}. Stacks are independent, so one {@code StackRun} per stack may run on any
 * thread; its result depends only on its inputs.
 */
final class StackRun {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double MIN_RATE = 1e-12;

    private final int stack;
    private final int[] members;
    private final int m;
    private final FluidOptions options;
    private final DemandSource source;
    private final double dt;
    private final int stepMinutes;

    // station sizes and Erlang C
    private final int appServers;
    private final int dbServers;
    private final int ioServers;
    private final int connServers;
    private final ErlangCTable appC;
    private final ErlangCTable dbC;
    private final ErlangCTable ioC;
    private final ErlangCTable connC;
    private final TailTable tailTable;

    // per-tenant parameters (local index), the arrays of TenantParameters held directly for the loop
    private final double[] app;
    private final double[] db;
    private final double[] io;
    private final double[] extra;
    private final double[] h0sq;
    private final double[] uses;
    private final double[] ca;
    private final double[] rl;
    private final double[] quota;
    private final double[] conc;
    private final double[] slo;
    private final double[] budget;
    private final double[] app2;
    private final double[] app2k;
    private final double[] db2;
    private final double[] db2k;
    private final double[] io2;
    private final double[] io2k;
    private final double[] varExtra;
    private final double[] work;

    // stretches of the current step, and of the previous one (for the connection quota)
    private double sApp = 1;
    private double sDb = 1;
    private double sIo = 1;
    private double eApp = 1;
    private double eDb = 1;
    private double eIo = 1;
    private double sDbPrev = 1;
    private double sIoPrev = 1;

    // per-tenant state and step scratch
    private final double[] backlog;
    private final double[] prevLatency;
    private final double[] admitted;
    private final double[] demand;
    private final double[] want;
    private final boolean[] violatedNow;

    // per-tenant accumulators (request-seconds are multiplied by dt at the end)
    final double[] offered;
    final double[] served;
    /** Expected completed requests slower than the tenant's slow threshold (NaN threshold: not counted). */
    final double[] slow;
    private final double[] slowThreshold;
    private final boolean[] heavyTail;
    final double[] rejected;
    final double[] latencySum;
    final double[] worstTail;
    /** Per tenant, its violation minutes as they happen (runs: no allocation while a run goes on). */
    final MinuteRuns.Builder[] violationMinutes;
    /** Per tenant, the load it put on the stack: served requests x work (app + DB CPU + IO + hold seconds). */
    final double[] load;

    // per-stack accumulators
    long overloadedSteps;
    double peakBacklog;
    final StackRecorder recorder;
    final StackIncidents incidents;
    /** The per-minute SLO rule, with its own stream of draws per stack. */
    final MinuteJudge judge;
    private final double[] judgeRequests;
    private final double[] judgeErrors;
    private final double[] judgeDelay;
    private final double[] judgeService;
    private final double[] judgeShape;

    StackRun(int stack, FluidModel model, DemandSource source, FluidOptions options,
             Map<Integer, ErlangCTable> tables, TailTable tail) {
        this.stack = stack;
        this.members = model.members(stack);
        this.m = members.length;
        this.options = options;
        this.source = source;
        this.dt = options.stepSeconds();
        this.stepMinutes = options.stepMinutes();
        StackCapacity cap = model.stack(stack);
        this.appServers = cap.appCores();
        this.dbServers = cap.dbCores();
        this.ioServers = cap.ioServers();
        this.connServers = cap.dbMaxConnections();
        this.appC = tables.get(appServers);
        this.dbC = tables.get(dbServers);
        this.ioC = tables.get(ioServers);
        this.connC = tables.get(connServers);
        this.tailTable = tail;

        TenantParameters p = new TenantParameters(members, model, cap);
        app = p.app;
        db = p.db;
        io = p.io;
        extra = p.extra;
        h0sq = p.h0sq;
        uses = p.uses;
        ca = p.ca;
        rl = p.rl;
        quota = p.quota;
        conc = p.conc;
        slo = p.slo;
        budget = p.budget;
        app2 = p.app2;
        app2k = p.app2k;
        db2 = p.db2;
        db2k = p.db2k;
        io2 = p.io2;
        io2k = p.io2k;
        varExtra = p.varExtra;
        work = p.work;
        backlog = new double[m];
        prevLatency = new double[m];
        for (int j = 0; j < m; j++) {
            prevLatency[j] = app[j] + db[j] + io[j] + extra[j];
        }
        admitted = new double[m];
        demand = new double[m];
        want = new double[m];
        violatedNow = new boolean[m];
        offered = new double[m];
        served = new double[m];
        slow = new double[m];
        slowThreshold = p.slowThreshold;
        heavyTail = p.heavyTail;
        rejected = new double[m];
        latencySum = new double[m];
        worstTail = new double[m];
        violationMinutes = new MinuteRuns.Builder[m];
        for (int j = 0; j < m; j++) {
            violationMinutes[j] = new MinuteRuns.Builder(options.steps() * stepMinutes);
        }
        load = new double[m];
        recorder = new StackRecorder(options, m);
        incidents = new StackIncidents(stack, members, options);
        judge = new MinuteJudge(slo, budget, p.heavyTail,
                RandomStreams.of(options.seed()).stream("fluid/violations/stack", stack, ""));
        judgeRequests = judge.requests;
        judgeErrors = judge.errors;
        judgeDelay = judge.delay;
        judgeService = judge.service;
        judgeShape = judge.shape;
    }

    int stack() {
        return stack;
    }

    int[] members() {
        return members;
    }

    double slowCount(int j) {
        double threshold = slowThreshold[j];
        return threshold == threshold ? slow[j] * dt : Double.NaN;
    }

    double finalBacklog(int j) {
        return backlog[j];
    }

    StackRun run() {
        int steps = options.steps();
        int block = (int) Math.max(1, Math.min(steps, options.maxBlockValues() / Math.max(1L, (long) m * stepMinutes)));
        double[] scratch = new double[block * stepMinutes];
        double[] rates = new double[block * m];
        double invMinutes = 1.0 / stepMinutes;
        for (int s0 = 0; s0 < steps; s0 += block) {
            int len = Math.min(block, steps - s0);
            for (int j = 0; j < m; j++) {
                int t = members[j];
                int minutes = len * stepMinutes;
                source.fillRates(t, s0 * stepMinutes, scratch, 0, minutes);
                for (int k = 0; k < len; k++) {
                    double sum = 0;
                    int b = k * stepMinutes;
                    for (int u = 0; u < stepMinutes; u++) {
                        double r = scratch[b + u];
                        if (!(r >= 0) || r == INF) {
                            throw new IllegalArgumentException("demand rate (" + r + ") of tenant " + t
                                    + " at minute " + (s0 * stepMinutes + b + u) + " must be a finite number >= 0");
                        }
                        sum += r;
                    }
                    rates[k * m + j] = stepMinutes == 1 ? sum : sum * invMinutes;
                }
            }
            for (int k = 0; k < len; k++) {
                step(s0 + k, rates, k * m);
            }
        }
        recorder.finish();
        incidents.finish();
        return this;
    }

    private void step(int stepIndex, double[] rates, int base) {
        final double invDt = 1.0 / dt;
        double lTot = 0;
        double lCa = 0;
        double aApp = 0;
        double aDb = 0;
        double aIo = 0;
        double aExtra = 0;
        double lUse = 0;
        double aH0 = 0;
        double aH0sq = 0;
        final double dbPrev = sDbPrev;
        final double ioPrev = sIoPrev;
        // pass 1: limits, backlog, and the load each tenant asks the stack to serve this step
        for (int j = 0; j < m; j++) {
            double lam = rates[base + j];
            offered[j] += lam;
            double adm = Math.min(lam, rl[j]);
            double cc = conc[j];
            // concurrency cap, Little's law: in flight = rate x latency <= cap (divide only when it binds)
            if (adm * prevLatency[j] > cc) {
                adm = cc / prevLatency[j];
            }
            admitted[j] = adm;
            double dem = adm + backlog[j] * invDt;
            double w = dem;
            // connection quota: connections held = rate x occupancy <= quota, occupancy at last step's
            // DB contention (an unlimited quota is +inf and never binds)
            double occ = db[j] * dbPrev + io[j] * ioPrev + extra[j];
            if (dem * occ > quota[j]) {
                w = quota[j] / occ;
            }
            demand[j] = dem;
            want[j] = w;
            lTot += w;
            lCa += w * ca[j];
            aApp += w * app[j];
            aDb += w * db[j];
            aIo += w * io[j];
            aExtra += w * extra[j];
            lUse += w * uses[j];
            aH0 += w * (db[j] + io[j] + extra[j]);
            aH0sq += w * h0sq[j];
        }
        // stack: offered utilization, overload share, waits
        double rApp = aApp / appServers;
        double rDb = aDb / dbServers;
        double rIo = aIo / ioServers;
        double f = 1.0;
        double rMax = Math.max(rApp, Math.max(rDb, rIo));
        if (rMax > 1.0) {
            f = 1.0 / rMax;
        }
        double ca2 = lTot > 0 ? lCa / lTot : 1.0;
        double arrivalFactor = 0.5 * (ca2 + 1.0);
        double clip = options.rhoClip();
        stretches(rApp * f, rDb * f, rIo * f, arrivalFactor, clip);
        // connections are held through DB CPU and IO (stretched by their contention) plus the extra hold
        double rConn = (sDb * aDb + sIo * aIo + aExtra) / connServers;
        if (rConn * f > 1.0) {
            f = 1.0 / rConn;
            stretches(rApp * f, rDb * f, rIo * f, arrivalFactor, clip);
            rConn = (sDb * aDb + sIo * aIo + aExtra) / connServers;
            f = Math.min(f, 1.0 / rConn);
        }
        rMax = Math.max(rMax, rConn);
        if (f < 1.0) {
            overloadedSteps++;
        }
        double uApp = rApp * f;
        double uConn = rConn * f;
        double uDb = rDb * f;
        double uIo = rIo * f;
        // connection pool: FCFS M/G/c, Allen-Cunneen; cs^2 of the mix from zero-load occupancies
        double wConn = 0;
        double vConn = 0;
        if (lUse > 0 && rConn > 0) {
            double h = rConn * connServers / lUse;
            double cs2 = aH0 > 0 ? Math.max(0.0, aH0sq * lUse / (aH0 * aH0) - 1.0) : 1.0;
            double r = Math.min(uConn, clip);
            double c = connC.waitProbability(r);
            wConn = c * h / (connServers * (1.0 - r)) * 0.5 * (ca2 + cs2);
            vConn = c > 0 ? wConn * wConn * (2.0 / c - 1.0) : 0.0;
        }
        sDbPrev = sDb;
        sIoPrev = sIo;
        final double sApp = this.sApp;
        final double sDb = this.sDb;
        final double sIo = this.sIo;
        final double eApp = this.eApp;
        final double eDb = this.eDb;
        final double eIo = this.eIo;
        final double sApp2 = sApp * sApp;
        final double sDb2 = sDb * sDb;
        final double sIo2 = sIo * sIo;

        // pass 2: serve, carry backlog, latency and SLO per tenant
        double minServed = options.minRequestsPerMinute() * stepMinutes;
        double totalBacklog = 0;
        for (int j = 0; j < m; j++) {
            double sv = want[j] * f;
            double oldB = backlog[j];
            double newB = (demand[j] - sv) * dt;
            if (newB < 0) {
                newB = 0;
            }
            double a = app[j];
            double b = db[j];
            double o = io[j];
            double lat = a * sApp + b * sDb + o * sIo + extra[j] + uses[j] * wConn;
            // two-moment gamma fit of the response: at a PS station the time is S x (1 + D), D the slowdown
            double var = app2k[j] * eApp - app2[j] * sApp2 + db2k[j] * eDb - db2[j] * sDb2
                    + io2k[j] * eIo - io2[j] * sIo2 + varExtra[j] + uses[j] * vConn;
            double lat2 = lat * lat;
            double uShape = lat > 0 ? var / (lat2 + var) : 0.0;
            double q = lat > 0 ? lat * tailTable.factorOfU(uShape) : 0.0;
            double service = lat;
            double d = 0.0;
            double queued = oldB + newB;
            if (queued > 0) {
                // Little's law on the tenant's backlog: mean queue over the step / throughput
                d = 0.5 * queued / Math.max(sv, MIN_RATE);
                lat += d;
                q += d;
            }
            prevLatency[j] = lat;
            backlog[j] = newB;
            totalBacklog += newB;
            served[j] += sv;
            double threshold = slowThreshold[j];
            if (threshold == threshold) { // counted only for tenants that ask (occurrences budgets)
                double slower = service > 0 ? MinuteJudge.exceedance(heavyTail[j], uShape, (threshold - d) / service)
                        : (d > threshold ? 1.0 : 0.0);
                slow[j] += sv * slower;
            }
            load[j] += sv * dt * work[j];
            latencySum[j] += sv * lat;
            double lam = rates[base + j];
            double rej = lam - admitted[j];
            rejected[j] += rej;
            if (sv > 0 && q > worstTail[j]) {
                worstTail[j] = q;
            }
            // the per-minute rule of docs/metrics.md on the step's served (completed) and rejected requests:
            // its chance from the latency distribution (delay d plus a response of mean `service`), then one draw
            judgeRequests[j] = (sv + rej) * dt;
            judgeErrors[j] = rej * dt;
            judgeDelay[j] = d;
            judgeService[j] = service;
            judgeShape[j] = uShape;
        }
        int violators = judge.judge(minServed, violatedNow);
        if (violators > 0) {
            for (int j = 0; j < m; j++) {
                if (violatedNow[j]) {
                    violationMinutes[j].add(stepIndex * stepMinutes, stepMinutes);
                }
            }
        }
        incidents.step(stepIndex, violators, violatedNow, want, f, work);
        if (totalBacklog > peakBacklog) {
            peakBacklog = totalBacklog;
        }
        recorder.record(stepIndex, uApp, uConn, uDb, uIo, rMax, backlog);
    }

    /**
     * Processor-sharing stations at served utilizations u: per unit of service, the mean stretch
     * {@code 1 + w}, {@code w = C(c, cu) / (c (1 - u)) (ca^2 + 1) / 2}, and its second moment
     * {@code E[(1 + D)^2] = 1 + 2w + 2w^2 / C}, the slowdown D being 0 with probability 1 - C and
     * else exponential with mean w / C, independent of the job's size.
     */
    private void stretches(double uApp, double uDb, double uIo, double arrivalFactor, double clip) {
        double r = Math.min(uApp, clip);
        double c = appC.waitProbability(r);
        double w = c / (appServers * (1.0 - r)) * arrivalFactor;
        sApp = 1.0 + w;
        eApp = c > 0 ? 1.0 + 2.0 * w + 2.0 * w * w / c : 1.0;
        r = Math.min(uDb, clip);
        c = dbC.waitProbability(r);
        w = c / (dbServers * (1.0 - r)) * arrivalFactor;
        sDb = 1.0 + w;
        eDb = c > 0 ? 1.0 + 2.0 * w + 2.0 * w * w / c : 1.0;
        r = Math.min(uIo, clip);
        c = ioC.waitProbability(r);
        w = c / (ioServers * (1.0 - r)) * arrivalFactor;
        sIo = 1.0 + w;
        eIo = c > 0 ? 1.0 + 2.0 * w + 2.0 * w * w / c : 1.0;
    }
}
