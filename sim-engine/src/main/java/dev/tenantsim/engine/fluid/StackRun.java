package dev.tenantsim.engine.fluid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The fluid pass over one stack: a sequential, allocation-free loop over steps and tenants on
 * primitive arrays indexed by the stack-local tenant index. Stacks are independent, so one
 * {@code StackRun} per stack may run on any thread; its result depends only on its inputs.
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

    // per-tenant parameters (local index)
    private final double[] app;
    private final double[] db;
    private final double[] io;     // IO busy seconds per request: ops * ioOpSeconds
    private final double[] extra;  // connection held beyond DB CPU and IO (transaction think time)
    private final double[] h0sq;   // E[H0^2] = H0^2 (1 + cs^2), H0 = zero-load connection occupancy
    private final double[] uses;   // 1 if the request takes a connection at all, else 0
    private final double[] ca;
    private final double[] rl;
    private final double[] quota;  // connection quota (connections), +inf if none
    private final double[] conc;
    private final double[] slo;
    private final double[] budget;
    private final double[] app2;   // squared means and second moments E[S^2] = mean^2 (1 + scv) of the PS parts
    private final double[] app2k;
    private final double[] db2;
    private final double[] db2k;
    private final double[] io2;
    private final double[] io2k;
    private final double[] varExtra; // variance of the extra hold

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

    // per-tenant accumulators (request-seconds are multiplied by dt at the end)
    final double[] offered;
    final double[] served;
    final double[] rejected;
    final double[] latencySum;
    final double[] worstTail;
    final long[] violationSteps;

    // per-stack accumulators
    final double[] peakUtil = new double[FluidResource.COUNT];
    final double[] sumUtil = new double[FluidResource.COUNT];
    long overloadedSteps;
    double peakBacklog;
    final double[][] seriesMean;
    final double[][] seriesMax;
    private final int seriesSteps;

    // incidents (docs/metrics.md): runs of >= MIN_MINUTES with >= MIN_SHARE of the stack's tenants in violation
    private final boolean[] violatedNow;
    private final int[] runMark;
    private final double[] runLoad;
    private int runId;
    private int runStart = -1;
    private double runPeak;
    final List<FluidIncident> incidents = new ArrayList<>();
    /** Per series point, the sum over its steps of the number of tenants in violation. */
    final long[] seriesViolators;

    // busiest windows of this stack (sorted, busiest first)
    private final int windowSteps;
    final int[] windowStart;
    final double[] windowScore;
    final double[] windowPeak;
    int windowCount;
    private double windowSum;
    private double windowMax;
    private int windowFill;
    private int windowsClosed;

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

        app = new double[m];
        db = new double[m];
        io = new double[m];
        extra = new double[m];
        h0sq = new double[m];
        uses = new double[m];
        ca = new double[m];
        rl = new double[m];
        quota = new double[m];
        conc = new double[m];
        slo = new double[m];
        budget = new double[m];
        app2 = new double[m];
        app2k = new double[m];
        db2 = new double[m];
        db2k = new double[m];
        io2 = new double[m];
        io2k = new double[m];
        varExtra = new double[m];
        for (int j = 0; j < m; j++) {
            int t = members[j];
            app[j] = model.appCpu[t];
            db[j] = model.dbCpu[t];
            io[j] = model.ioOps[t] * cap.ioOpSeconds();
            extra[j] = model.hold[t];
            double h0 = db[j] + io[j] + extra[j];
            // E[(D + I + E)^2] of independent parts
            h0sq[j] = db[j] * db[j] * (1 + model.dbScv[t]) + io[j] * io[j] * (1 + model.ioScv[t])
                    + extra[j] * extra[j] * (1 + model.holdScv[t])
                    + 2 * (db[j] * io[j] + db[j] * extra[j] + io[j] * extra[j]);
            uses[j] = h0 > 0 ? 1.0 : 0.0;
            ca[j] = model.arrivalScv[t];
            rl[j] = model.rateLimit[t];
            quota[j] = model.connectionQuota[t];
            conc[j] = model.concurrencyCap[t];
            slo[j] = model.sloP99[t];
            budget[j] = model.errorBudget[t];
            app2[j] = app[j] * app[j];
            app2k[j] = app2[j] * (1 + model.appScv[t]);
            db2[j] = db[j] * db[j];
            db2k[j] = db2[j] * (1 + model.dbScv[t]);
            io2[j] = io[j] * io[j];
            io2k[j] = io2[j] * (1 + model.ioScv[t]);
            varExtra[j] = model.holdScv[t] * extra[j] * extra[j];
        }
        backlog = new double[m];
        prevLatency = new double[m];
        for (int j = 0; j < m; j++) {
            prevLatency[j] = app[j] + db[j] + io[j] + extra[j];
        }
        admitted = new double[m];
        demand = new double[m];
        want = new double[m];
        offered = new double[m];
        served = new double[m];
        rejected = new double[m];
        latencySum = new double[m];
        worstTail = new double[m];
        violationSteps = new long[m];
        violatedNow = new boolean[m];
        runMark = new int[m];
        runLoad = new double[m];

        int steps = options.steps();
        seriesSteps = options.seriesSteps();
        int points = (steps + seriesSteps - 1) / seriesSteps;
        seriesViolators = new long[points];
        seriesMean = new double[FluidResource.COUNT][points];
        seriesMax = new double[FluidResource.COUNT][points];
        windowSteps = options.windowSteps();
        int k = options.busiestWindows();
        windowStart = new int[k];
        windowScore = new double[k];
        windowPeak = new double[k];
    }

    int stack() {
        return stack;
    }

    int[] members() {
        return members;
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
        closeWindow();
        if (runStart >= 0) {
            closeRun(steps);
        }
        int points = seriesMean[0].length;
        for (int p = 0; p < points; p++) {
            int n = Math.min(seriesSteps, steps - p * seriesSteps);
            for (int r = 0; r < FluidResource.COUNT; r++) {
                seriesMean[r][p] /= n;
            }
        }
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
            double wu = w * uses[j];
            lUse += wu;
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
        int violators = 0;
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
            double q = lat > 0 ? lat * tailTable.factorOfU(var / (lat2 + var)) : 0.0;
            double queued = oldB + newB;
            if (queued > 0) {
                // Little's law on the tenant's backlog: mean queue over the step / throughput
                double d = 0.5 * queued / Math.max(sv, MIN_RATE);
                lat += d;
                q += d;
            }
            prevLatency[j] = lat;
            backlog[j] = newB;
            totalBacklog += newB;
            served[j] += sv;
            latencySum[j] += sv * lat;
            double lam = rates[base + j];
            double rej = lam - admitted[j];
            rejected[j] += rej;
            if (sv > 0 && q > worstTail[j]) {
                worstTail[j] = q;
            }
            boolean violated = (sv * dt >= minServed && q > slo[j]) || (rej > 0 && rej > budget[j] * lam);
            violatedNow[j] = violated;
            if (violated) {
                violationSteps[j]++;
                violators++;
            }
        }
        incidentStep(stepIndex, violators, f);
        if (totalBacklog > peakBacklog) {
            peakBacklog = totalBacklog;
        }
        record(stepIndex, uApp, uConn, uDb, uIo, rMax);
    }

    /** Extends, opens or closes the stack's current incident after a step with {@code violators}. */
    private void incidentStep(int stepIndex, int violators, double f) {
        seriesViolators[stepIndex / seriesSteps] += violators;
        if (violators > 0 && violators >= FluidIncident.MIN_SHARE * m) {
            if (runStart < 0) {
                runStart = stepIndex;
                runPeak = 0;
                runId++;
                Arrays.fill(runLoad, 0.0);
            }
            runPeak = Math.max(runPeak, (double) violators / m);
            for (int j = 0; j < m; j++) {
                runLoad[j] += want[j] * f * (app[j] + db[j] + io[j] + extra[j]);
                if (violatedNow[j]) {
                    runMark[j] = runId;
                }
            }
        } else if (runStart >= 0) {
            closeRun(stepIndex);
        }
    }

    private void closeRun(int endStep) {
        int minutes = (endStep - runStart) * stepMinutes;
        if (minutes >= FluidIncident.MIN_MINUTES) {
            int aggressor = 0;
            for (int j = 1; j < m; j++) {
                if (runLoad[j] > runLoad[aggressor]) {
                    aggressor = j;
                }
            }
            int n = 0;
            for (int j = 0; j < m; j++) {
                if (runMark[j] == runId && j != aggressor) {
                    n++;
                }
            }
            int[] affected = new int[n];
            n = 0;
            for (int j = 0; j < m; j++) {
                if (runMark[j] == runId && j != aggressor) {
                    affected[n++] = members[j];
                }
            }
            incidents.add(new FluidIncident(stack, runStart * stepMinutes, minutes, runPeak, members[aggressor], affected));
        }
        runStart = -1;
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

    private void record(int stepIndex, double uApp, double uConn, double uDb, double uIo, double offeredLoad) {
        int point = stepIndex / seriesSteps;
        recordOne(0, point, uApp);
        recordOne(1, point, uConn);
        recordOne(2, point, uDb);
        recordOne(3, point, uIo);
        double uMax = Math.max(Math.max(uApp, uConn), Math.max(uDb, uIo));
        windowSum += offeredLoad;
        windowMax = Math.max(windowMax, uMax);
        windowFill++;
        if (windowFill == windowSteps) {
            closeWindow();
        }
    }

    private void recordOne(int r, int point, double u) {
        sumUtil[r] += u;
        if (u > peakUtil[r]) {
            peakUtil[r] = u;
        }
        seriesMean[r][point] += u;
        if (u > seriesMax[r][point]) {
            seriesMax[r][point] = u;
        }
    }

    /** Offers the window just finished to this stack's top-K (ties: the earlier window wins). */
    private void closeWindow() {
        if (windowFill == 0) {
            return;
        }
        int k = windowStart.length;
        double score = windowSum / windowFill;
        int startStep = windowsClosed * windowSteps;
        int pos = windowCount;
        while (pos > 0 && score > windowScore[pos - 1]) {
            pos--;
        }
        if (pos < k) {
            int last = Math.min(windowCount, k - 1);
            for (int i = last; i > pos; i--) {
                windowScore[i] = windowScore[i - 1];
                windowStart[i] = windowStart[i - 1];
                windowPeak[i] = windowPeak[i - 1];
            }
            windowScore[pos] = score;
            windowStart[pos] = startStep * stepMinutes;
            windowPeak[pos] = windowMax;
            windowCount = Math.min(windowCount + 1, k);
        }
        windowsClosed++;
        windowSum = 0;
        windowMax = 0;
        windowFill = 0;
    }

    int windowLengthMinutes(int i) {
        int steps = options.steps();
        int startStep = windowStart[i] / stepMinutes;
        return Math.min(windowSteps, steps - startStep) * stepMinutes;
    }
}
