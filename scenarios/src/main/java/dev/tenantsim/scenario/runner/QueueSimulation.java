package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.Job;
import dev.tenantsim.scenario.model.Quotas;
import dev.tenantsim.scenario.model.WorkDist;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * PLACEHOLDER request-level simulation of one replication, to be replaced by the platform model:
 * each stack is an M/G/c queue of its app cores (FIFO, a request holds a core for its app CPU
 * plus DB CPU time), fed by per-tenant Poisson arrivals. Per-tier rate limits (token buckets,
 * one second of burst) reject requests; background jobs put {@code connections} long queries in
 * the same queue, at most the tenant's connection quota at once, each cut at its statement timeout.
 * A request is judged in the minute it arrived (so a minute whose requests are stuck in a queue
 * counts against the SLO even before they complete).
 *
 * <p>Every draw comes from streams named by tenant id, so variants see the same arrivals and work
 * (common random numbers). Hot path on primitive arrays; no allocation per request.
 */
final class QueueSimulation implements EventHandler {
    static final int ARRIVAL = 0;
    static final int DEPARTURE = 1;
    static final int JOB = 2;
    static final int TICK = 3;
    /** Requests in a minute below which the minute is judged on errors only (METRICS.md). */
    static final int MIN_REQUESTS_PER_MINUTE = 20;

    private final Simulation sim;
    private final int self;
    private final double span;
    final int minutes;
    final int tenants;
    private final int[] stackOf;
    private final int[] servers;

    // per tenant
    private final ContinuousSampler[] gap;
    private final ContinuousSampler[] appWork;
    private final ContinuousSampler[] dbWork;
    private final double[] sloSeconds;
    private final double[] bucketRate;
    private final double[] bucketTokens;
    private final double[] bucketLast;
    private final int[] jobQuota;
    private final int[] jobsActive;
    private final double[] jobTimeout;
    private final ArrayDeque<double[]>[] jobBacklog;
    final Histogram[] latency;
    final Histogram[] service;
    final double[] busySeconds;
    final long[] offered;
    final long[] completed;
    final long[] rejected;
    // per tenant per minute: t * minutes + m
    final int[] minuteDone;
    final int[] minuteOver;
    final int[] minuteErrors;
    final int[] minuteOffered;
    long jobQueriesKilled;
    long requestsInFlightAtEnd;
    long jobQueriesDone;

    // per stack
    private final int[] busy;
    private final double[] lastChange;
    final double[][] busyArea;
    private final IntRing[] queue;

    // request slots
    private double[] slotArrival = new double[1024];
    private double[] slotService = new double[1024];
    private int[] slotTenant = new int[1024];
    private boolean[] slotJob = new boolean[1024];
    private boolean[] slotLive = new boolean[1024];
    private int[] freeSlots = new int[1024];
    private int freeCount;
    private int slotsUsed;

    private final List<TenantSpec> specs;
    private final List<Job>[] jobsOf;
    private final int[] jobTenant;
    private final int[] jobIndex;
    private final Runnable onMinute;

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of generic per-tenant job queues and job lists
    QueueSimulation(Scenario s, List<TenantSpec> specs, Layout layout, RandomStreams streams, double span, Runnable onMinute) {
        this.sim = new Simulation(streams);
        this.self = sim.register(this);
        this.span = span;
        this.minutes = (int) Math.ceil(span / 60);
        this.tenants = specs.size();
        this.specs = specs;
        this.stackOf = layout.stackOf;
        this.onMinute = onMinute;
        int nStacks = layout.stacks.size();
        servers = new int[nStacks];
        for (int i = 0; i < nStacks; i++) {
            servers[i] = layout.stacks.get(i).servers();
        }
        busy = new int[nStacks];
        lastChange = new double[nStacks];
        busyArea = new double[nStacks][minutes];
        queue = new IntRing[nStacks];
        for (int i = 0; i < nStacks; i++) {
            queue[i] = new IntRing();
        }
        gap = new ContinuousSampler[tenants];
        appWork = new ContinuousSampler[tenants];
        dbWork = new ContinuousSampler[tenants];
        sloSeconds = new double[tenants];
        bucketRate = new double[tenants];
        bucketTokens = new double[tenants];
        bucketLast = new double[tenants];
        jobQuota = new int[tenants];
        jobsActive = new int[tenants];
        jobTimeout = new double[tenants];
        jobBacklog = new ArrayDeque[tenants];
        jobsOf = new List[tenants];
        latency = new Histogram[tenants];
        service = new Histogram[tenants];
        busySeconds = new double[tenants];
        offered = new long[tenants];
        completed = new long[tenants];
        rejected = new long[tenants];
        minuteDone = new int[tenants * minutes];
        minuteOver = new int[tenants * minutes];
        minuteErrors = new int[tenants * minutes];
        minuteOffered = new int[tenants * minutes];
        WorkDist app = s.request().appCpu();
        WorkDist db = s.request().dbCpu();
        int jobs = 0;
        for (int t = 0; t < tenants; t++) {
            TenantSpec ts = specs.get(t);
            String id = ts.id();
            UniformRandomProvider arrivals = streams.stream("tenant/" + id + "/arrivals");
            gap[t] = ts.ratePerSecond() > 0 ? ZigguratSampler.Exponential.of(arrivals, 1 / ts.ratePerSecond()) : null;
            UniformRandomProvider work = streams.stream("tenant/" + id + "/work");
            appWork[t] = WorkSamplers.of(app, work);
            dbWork[t] = db == null ? null : WorkSamplers.of(db, work);
            sloSeconds[t] = s.tiers().get(ts.tier()).slo().p99().toNanos() / 1e9;
            Quotas q = s.quotasFor(ts.tier());
            bucketRate[t] = q.rateLimit() == null ? Double.POSITIVE_INFINITY : q.rateLimit().perSecond();
            bucketTokens[t] = Math.max(1, bucketRate[t]);
            jobQuota[t] = q.dbConnectionQuota() == null ? Integer.MAX_VALUE : q.dbConnectionQuota();
            jobTimeout[t] = q.statementTimeout() == null ? Double.POSITIVE_INFINITY : q.statementTimeout().toNanos() / 1e9;
            jobBacklog[t] = new ArrayDeque<>();
            jobsOf[t] = ts.jobs();
            jobs += ts.jobs().size();
            latency[t] = new Histogram(3);
            service[t] = new Histogram(3);
        }
        jobTenant = new int[jobs];
        jobIndex = new int[jobs];
        LocalTime start = s.horizon().start() == null ? LocalTime.MIDNIGHT : s.horizon().start().toLocalTime();
        int j = 0;
        for (int t = 0; t < tenants; t++) {
            for (int k = 0; k < jobsOf[t].size(); k++) {
                jobTenant[j] = t;
                jobIndex[j] = k;
                double at = jobsOf[t].get(k).at().toSecondOfDay() - start.toSecondOfDay();
                if (at < 0) {
                    at += 86_400;
                }
                if (at < span) {
                    sim.scheduleAt(at, self, JOB, j);
                }
                j++;
            }
        }
        for (int t = 0; t < tenants; t++) {
            if (gap[t] != null) {
                sim.scheduleAt(gap[t].sample(), self, ARRIVAL, t);
            }
        }
        for (int m = 1; m <= minutes; m++) {
            sim.scheduleAt(Math.min(m * 60.0, span), self, TICK, m);
        }
    }

    void run() {
        sim.runUntil(span);
        for (int s = 0; s < busy.length; s++) {
            accumulate(s, span);
        }
        // Requests still waiting at the end are judged too: one already older than its objective
        // will miss it whatever happens next.
        for (int slot = 0; slot < slotsUsed; slot++) {
            if (slotLive[slot] && !slotJob[slot]) {
                requestsInFlightAtEnd++;
                int t = slotTenant[slot];
                int idx = t * minutes + minute(slotArrival[slot]);
                minuteDone[idx]++;
                if (span - slotArrival[slot] > sloSeconds[t]) {
                    minuteOver[idx]++;
                }
            }
        }
    }

    double simulatedSeconds() {
        return span;
    }

    @Override
    public void handle(int kind, int arg) {
        switch (kind) {
            case ARRIVAL -> arrival(arg);
            case DEPARTURE -> departure(arg);
            case JOB -> job(arg);
            default -> onMinute.run();
        }
    }

    private void arrival(int t) {
        double now = sim.now();
        sim.schedule(gap[t].sample(), self, ARRIVAL, t);
        // Drawn before the rate limit, so rejected requests do not shift later draws between variants.
        double work = appWork[t].sample() + (dbWork[t] == null ? 0 : dbWork[t].sample());
        int m = minute(now);
        offered[t]++;
        minuteOffered[t * minutes + m]++;
        if (bucketRate[t] != Double.POSITIVE_INFINITY) {
            double cap = Math.max(1, bucketRate[t]);
            bucketTokens[t] = Math.min(cap, bucketTokens[t] + (now - bucketLast[t]) * bucketRate[t]);
            bucketLast[t] = now;
            if (bucketTokens[t] < 1) {
                rejected[t]++;
                minuteErrors[t * minutes + m]++;
                return;
            }
            bucketTokens[t] -= 1;
        }
        dispatch(newSlot(now, work, t, false));
    }

    private void job(int j) {
        int t = jobTenant[j];
        Job job = jobsOf[t].get(jobIndex[j]);
        double q = job.queryTime().toNanos() / 1e9;
        for (int c = 0; c < job.connections(); c++) {
            jobBacklog[t].add(new double[] {q});
        }
        admitJobs(t);
    }

    private void admitJobs(int t) {
        while (jobsActive[t] < jobQuota[t] && !jobBacklog[t].isEmpty()) {
            double q = jobBacklog[t].poll()[0];
            double run = Math.min(q, jobTimeout[t]);
            if (run < q) {
                jobQueriesKilled++;
            }
            jobsActive[t]++;
            dispatch(newSlot(sim.now(), run, t, true));
        }
    }

    private void dispatch(int slot) {
        int s = stackOf[slotTenant[slot]];
        if (busy[s] < servers[s]) {
            start(s, slot);
        } else {
            queue[s].add(slot);
        }
    }

    private void start(int s, int slot) {
        accumulate(s, sim.now());
        busy[s]++;
        sim.schedule(slotService[slot], self, DEPARTURE, slot);
    }

    private void departure(int slot) {
        double now = sim.now();
        int t = slotTenant[slot];
        int s = stackOf[t];
        accumulate(s, now);
        busy[s]--;
        busySeconds[t] += slotService[slot];
        if (slotJob[slot]) {
            jobsActive[t]--;
            jobQueriesDone++;
            freeSlot(slot);
            admitJobs(t);
        } else {
            double lat = now - slotArrival[slot];
            int m = minute(slotArrival[slot]);
            int idx = t * minutes + m;
            minuteDone[idx]++;
            if (lat > sloSeconds[t]) {
                minuteOver[idx]++;
            }
            completed[t]++;
            latency[t].recordValue(Math.max(1, (long) Math.ceil(lat * 1e6)));
            service[t].recordValue(Math.max(1, (long) Math.ceil(slotService[slot] * 1e6)));
            freeSlot(slot);
        }
        if (!queue[s].isEmpty()) {
            start(s, queue[s].poll());
        }
    }

    /** Adds busy server-seconds since the last change, split at minute boundaries. */
    private void accumulate(int s, double now) {
        double from = lastChange[s];
        int b = busy[s];
        while (from < now) {
            int m = minute(from);
            double end = Math.min(now, (m + 1) * 60.0);
            if (end <= from) {
                end = now;
            }
            busyArea[s][m] += b * (end - from);
            from = end;
        }
        lastChange[s] = now;
    }

    private int minute(double time) {
        int m = (int) (time / 60);
        return m >= minutes ? minutes - 1 : m;
    }

    private int newSlot(double arrival, double work, int tenant, boolean isJob) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            if (slotsUsed == slotArrival.length) {
                int cap = slotsUsed * 2;
                slotArrival = Arrays.copyOf(slotArrival, cap);
                slotService = Arrays.copyOf(slotService, cap);
                slotTenant = Arrays.copyOf(slotTenant, cap);
                slotJob = Arrays.copyOf(slotJob, cap);
                slotLive = Arrays.copyOf(slotLive, cap);
                freeSlots = Arrays.copyOf(freeSlots, cap);
            }
            slot = slotsUsed++;
        }
        slotArrival[slot] = arrival;
        slotService[slot] = work;
        slotTenant[slot] = tenant;
        slotJob[slot] = isJob;
        slotLive[slot] = true;
        return slot;
    }

    private void freeSlot(int slot) {
        slotLive[slot] = false;
        freeSlots[freeCount++] = slot;
    }

    TenantSpec spec(int t) {
        return specs.get(t);
    }

    /** A growable FIFO of ints. */
    static final class IntRing {
        private int[] a = new int[64];
        private int head;
        private int size;

        void add(int v) {
            if (size == a.length) {
                int[] b = new int[a.length * 2];
                for (int i = 0; i < size; i++) {
                    b[i] = a[(head + i) % a.length];
                }
                a = b;
                head = 0;
            }
            a[(head + size++) % a.length] = v;
        }

        int poll() {
            int v = a[head];
            head = (head + 1) % a.length;
            size--;
            return v;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}
