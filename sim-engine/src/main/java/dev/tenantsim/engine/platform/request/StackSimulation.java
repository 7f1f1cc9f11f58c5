package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.CountedPool;
import dev.tenantsim.engine.kernel.resource.ProcessorSharingStation;
import dev.tenantsim.engine.kernel.resource.TokenBuckets;
import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.JobBatch;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.LoadSeries;
import dev.tenantsim.engine.platform.RetryPolicy;
import dev.tenantsim.engine.platform.SloPolicy;
import dev.tenantsim.engine.platform.SimulatedStack;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.engine.platform.SimulatedTenant;
import dev.tenantsim.engine.platform.WorkDistribution;
import dev.tenantsim.engine.platform.metrics.IncidentDetector;
import dev.tenantsim.engine.platform.metrics.SloJudge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The request-level simulation of one stack: its own {@link Simulation}, so independent stacks
 * (cells, dedicated stacks) run in parallel and merge deterministically.
 *
 * <p>Request path: edge (token bucket per tenant → RATE_LIMITED; concurrency cap per tenant →
 * RATE_LIMITED; admission control on the accept queue → SHED) → app thread (FIFO accept queue when
 * all {@code maxConcurrent} are busy) → app CPU (processor sharing over the cores) → cache hit ends
 * here → circuit breaker (CIRCUIT_OPEN) → DB connection from the tenant's shard pool, or its tier's
 * bulkhead pool (per-tenant quota, wait timeout → POOL_TIMEOUT) → DB CPU (PS) → DB IO (PS over
 * channels) → connection hold →
 * release → response. A statement timeout kills the query wherever it is and frees the
 * connection. The client's timeout abandons the attempt (the server keeps working on it: orphans
 * are what make retry storms) and its retry policy decides when to try again.
 *
 * <p>Two slot spaces on primitive arrays with free lists, so the steady state allocates nothing:
 * a <em>call</em> is the client's logical request (start time, attempts, its work, reused by
 * retries); a <em>job</em> is one attempt inside the server, or one background query. Station and
 * pool job ids are job slots. Client and statement timeouts live in {@link DeadlineRing}s (no
 * calendar event per request), and the tenants' next arrivals in an {@link ArrivalQueue} (one
 * calendar event for the earliest, not one per tenant); per-tenant accounting and the SLO minutes in {@link TenantLedger};
 * per-minute resource series in {@link StackSeries}.
 *
 * <p>Background jobs: submitted at their batch's times to the stack's worker pool (a kernel
 * {@code QueueDiscipline} keyed by tenant, with per-tenant caps and weights); a job holds its
 * worker for its worker time and its queries, each of which takes a connection (no wait timeout;
 * the tenant's quota and statement timeout apply) and runs a scan on DB CPU then IO.
 */
public final class StackSimulation implements EventHandler {
    private static final int ARRIVAL = 0;
    private static final int RETRY = 1;
    private static final int CLIENT_TIMEOUT = 2;
    private static final int STATEMENT_TIMEOUT = 3;
    private static final int HOLD_DONE = 4;
    private static final int TICK = 5;
    private static final int JOB_SUBMIT = 6;
    private static final int WORKER_TIME_DONE = 7;

    private static final byte FREE = 0;
    private static final byte APP_QUEUE = 1;
    private static final byte APP_CPU = 2;
    private static final byte POOL_WAIT = 3;
    private static final byte DB_CPU = 4;
    private static final byte DB_IO = 5;
    private static final byte HOLD = 6;

    private static final int SUCCESS = -1;
    private static final int NO_CALL = -1;
    private static final double MINUTE = 60.0;
    /** Significant digits of the latency histograms (percentiles within 1%). */
    public static final int LATENCY_DIGITS = TenantLedger.LATENCY_DIGITS;

    private final Simulation sim;
    private final int self;
    private final int stackIndex;
    private final StackSpec spec;
    private final double horizon;
    private final int minutes;
    private final int n;
    private final int[] globalOf;
    private final TenantLoad[] load;
    private final int shards;
    private final int[] shardOf;
    private final double secondsPerIo;

    // Per tenant: random streams and samplers (named by tenant id: common random numbers).
    private final ContinuousSampler[] arrivalExp;
    private final ContinuousSampler[] workGauss;
    private final ContinuousSampler[] workExp;
    private final UniformRandomProvider[] workUniform;
    private final UniformRandomProvider[] retryUniform;
    // Per tenant and quantity (APP, DB, IO, HOLD): shape code, mean, lognormal mu and sigma.
    private final byte[] wShape;
    private final double[] wMean;
    private final double[] wMu;
    private final double[] wSigma;
    private final double[] hitRatio;
    private final boolean[] cacheable;
    // What the hot path reads per tenant, packed 16 ints and 16 doubles per tenant (one cache line
    // each) instead of one array per field: with 12,000 tenants each array is a cache miss.
    private static final int I_CAP = 0;
    private static final int I_INFLIGHT = 1;
    private static final int I_CLIENT_RING = 2;
    private static final int I_STATEMENT_RING = 3;
    private static final int I_POOL = 4;
    private static final int I_SHARD = 5;
    private static final int I_BREAKER = 6;
    private static final int I_CACHEABLE = 7;
    private static final int I_FAILURES = 8;
    private static final int I_SHAPE = 9;
    private static final int D_MEAN = 0;
    private static final int D_MU = 4;
    private static final int D_SIGMA = 8;
    private static final int D_HIT = 12;
    private static final int D_RATE = 13;
    private static final int D_POOL_WAIT = 14;
    private static final int D_OPEN_UNTIL = 15;
    private final int[] ti;
    private final double[] td;
    private final double[] constantRate;

    // Per tenant controls.
    private final TokenBuckets buckets;
    private final int[] concurrencyCap;
    private final double[] statementTimeout;
    private final double[] poolWait;
    private final double[] clientTimeout;
    // Timeout rings, one per distinct duration, and each tenant's ring (-1: no timeout).
    private final DeadlineRing[] clientRings;
    private final int[] clientRingOf;
    private final DeadlineRing[] statementRings;
    private final int[] statementRingOf;
    private final RetryPolicy[] retry;
    private final int[] breakerThreshold;
    private final double[] breakerOpenSeconds;
    private final int admissionLimit;
    private final double[] p99Objective;
    private final double[] errorBudget;
    private final int minRequests;

    // Resources.
    private final ProcessorSharingStation app;
    private final ProcessorSharingStation[] dbCpu;
    private final ProcessorSharingStation[] dbIo;
    private final CountedPool[] pool;
    private final int[] poolIndex;
    private final IntRing acceptQueue = new IntRing();
    /** Every tenant's next arrival; only the earliest is on the calendar (one ARRIVAL event). */
    private final ArrivalQueue arrivals;
    private final int maxThreads;
    private final int appCores;
    private int threadsBusy;
    private final BackgroundWorkers workers;

    // Call slots (client side).
    private int[] callTenant = new int[1024];
    private double[] callStart = new double[1024];
    private int[] callAttempts = new int[1024];
    private int[] callJob = new int[1024];
    private int[] callGen = new int[1024];
    private double[] callApp = new double[1024];
    private double[] callDb = new double[1024];
    private double[] callIo = new double[1024];
    private double[] callHold = new double[1024];
    private boolean[] callHit = new boolean[1024];
    private int[] freeCalls = new int[1024];
    private int freeCallCount;
    private int callsUsed;
    private int callsLive;

    // Job slots (server side).
    private int[] jobCall = new int[1024];
    private int[] jobTenant = new int[1024];
    private int[] jobBg = new int[1024];
    private byte[] jobPhase = new byte[1024];
    private int[] jobGen = new int[1024];
    private long[] jobHoldTimer = new long[1024];
    private double[] jobApp = new double[1024];
    private double[] jobDb = new double[1024];
    private double[] jobIo = new double[1024];
    private double[] jobHold = new double[1024];
    private boolean[] jobHit = new boolean[1024];
    private int[] freeJobs = new int[1024];
    private int freeJobCount;
    private int jobsUsed;

    // Background jobs.
    private final JobBatch[] batches;
    private final int[] batchTenant;
    private final int[] batchSubmitted;
    private int[] bgTenant = new int[256];
    private int[] bgBatch = new int[256];
    private int[] bgPending = new int[256];
    private double[] bgSubmit = new double[256];
    private int bgUsed;
    private int[] freeBg = new int[256];
    private int freeBgCount;

    // Circuit breaker state and requests in the server, per tenant.

    private final TenantLedger ledger;
    private final StackSeries series;
    private double minuteStart;
    private int appJobs;
    private final int[] dbCpuJobs;
    private final int[] dbIoJobs;
    private final int dbCores;
    private final int ioChannels;

    /**
     * @param tenants global indices of this stack's tenants, ascending
     * @param loads   every tenant's load, by global index
     */
    public StackSimulation(Simulation sim, int stackIndex, StackSpec spec, int[] tenants, List<TenantLoad> loads,
                           Controls controls, SloPolicy slo, double horizonSeconds) {
        this.sim = sim;
        this.stackIndex = stackIndex;
        this.spec = spec;
        this.horizon = horizonSeconds;
        this.minutes = (int) Math.ceil(horizonSeconds / MINUTE);
        this.n = tenants.length;
        this.globalOf = tenants.clone();
        this.load = new TenantLoad[n];
        this.self = sim.register(this);
        this.arrivals = new ArrivalQueue(n);
        StackSpec.Database db = spec.db();
        this.shards = db.shards();
        this.secondsPerIo = db.secondsPerIo();
        this.shardOf = new int[n];
        arrivalExp = new ContinuousSampler[n];
        workGauss = new ContinuousSampler[n];
        workExp = new ContinuousSampler[n];
        workUniform = new UniformRandomProvider[n];
        retryUniform = new UniformRandomProvider[n];
        wShape = new byte[4 * n];
        wMean = new double[4 * n];
        wMu = new double[4 * n];
        wSigma = new double[4 * n];
        hitRatio = new double[n];
        cacheable = new boolean[n];
        constantRate = new double[n];
        buckets = new TokenBuckets(Math.max(1, n));
        concurrencyCap = new int[n];
        statementTimeout = new double[n];
        poolWait = new double[n];
        clientTimeout = new double[n];
        retry = new RetryPolicy[n];
        breakerThreshold = new int[n];
        breakerOpenSeconds = new double[n];
        p99Objective = new double[n];
        errorBudget = new double[n];
        minRequests = slo.minRequests();
        admissionLimit = controls.admissionQueueLimit();
        double workingSets = 0;
        for (int t = 0; t < n; t++) {
            workingSets += loads.get(tenants[t]).workingSetGb();
        }
        double cacheScale = spec.cacheGb() <= 0 ? 0
                : workingSets <= 0 ? 1 : Math.min(1.0, spec.cacheGb() / workingSets);
        for (int t = 0; t < n; t++) {
            int g = tenants[t];
            TenantLoad l = loads.get(g);
            load[t] = l;
            String id = l.id();
            shardOf[t] = db.shardOf(id);
            arrivalExp[t] = ZigguratSampler.Exponential.of(sim.streams().stream("tenant/" + id + "/arrivals"));
            UniformRandomProvider w = sim.streams().stream("tenant/" + id + "/work");
            workUniform[t] = w;
            workGauss[t] = ZigguratSampler.NormalizedGaussian.of(w);
            workExp[t] = ZigguratSampler.Exponential.of(w);
            retryUniform[t] = sim.streams().stream("tenant/" + id + "/retry");
            setWork(t, 0, l.work().appCpu());
            setWork(t, 1, l.work().dbCpu());
            setWork(t, 2, l.work().dbIo());
            setWork(t, 3, l.work().connectionHold());
            hitRatio[t] = l.cacheHitRatio() * cacheScale;
            cacheable[t] = l.cacheHitRatio() > 0;
            constantRate[t] = l.rate().isConstant() ? l.rate().at(0) : -1;
            double rl = controls.rateLimit(g);
            if (!Double.isInfinite(rl)) {
                buckets.limit(t, rl, controls.rateBurst(g));
            }
            concurrencyCap[t] = controls.concurrencyCap(g);
            statementTimeout[t] = controls.statementTimeout(g);
            poolWait[t] = controls.poolWaitTimeout(g);
            clientTimeout[t] = controls.clientTimeout(g);
            retry[t] = controls.retry(g);
            breakerThreshold[t] = controls.breakerFailures(g);
            breakerOpenSeconds[t] = controls.breakerOpenSeconds(g);
            p99Objective[t] = slo.p99Objective(g);
            errorBudget[t] = slo.errorBudget(g);
        }

        clientRingOf = new int[n];
        statementRingOf = new int[n];
        clientRings = rings(clientTimeout, clientRingOf);
        statementRings = rings(statementTimeout, statementRingOf);

        app = new ProcessorSharingStation(sim, spec.name() + "/app", spec.app().cores(), this::onAppDone);
        maxThreads = spec.app().maxConcurrent();
        appCores = spec.app().cores();
        dbCpu = new ProcessorSharingStation[shards];
        dbIo = new ProcessorSharingStation[shards];
        dbCpuJobs = new int[shards];
        dbIoJobs = new int[shards];
        dbCores = db.cores();
        ioChannels = db.ioChannels();
        // Pools: per shard, one general pool plus one per bulkheaded tier present on the stack.
        int[] poolOfTier = new int[0];
        int pools = 1;
        int general = db.maxConnections();
        for (int t = 0; t < n; t++) {
            int tier = load[t].tier();
            if (controls.bulkhead(tier) > 0) {
                if (tier >= poolOfTier.length) {
                    poolOfTier = Arrays.copyOf(poolOfTier, tier + 1);
                }
                if (poolOfTier[tier] == 0) {
                    poolOfTier[tier] = pools++;
                    general -= controls.bulkhead(tier);
                }
            }
        }
        if (general < 1) {
            throw new IllegalArgumentException("controls.bulkheads (" + (db.maxConnections() - general)
                    + " connections) must leave at least 1 of stack " + spec.name() + "'s db.maxConnections ("
                    + db.maxConnections() + ") to the other tiers");
        }
        poolIndex = new int[n];
        pool = new CountedPool[shards * pools];
        for (int s = 0; s < shards; s++) {
            dbCpu[s] = new ProcessorSharingStation(sim, spec.name() + "/db" + s + "/cpu", db.cores(), this::onDbCpuDone);
            dbIo[s] = new ProcessorSharingStation(sim, spec.name() + "/db" + s + "/io", db.ioChannels(), this::onDbIoDone);
            pool[s * pools] = new CountedPool(sim, spec.name() + "/db" + s + "/pool", general, Math.max(1, n),
                    this::onConnectionGranted, this::onPoolTimeout);
            for (int tier = 0; tier < poolOfTier.length; tier++) {
                if (poolOfTier[tier] > 0) {
                    pool[s * pools + poolOfTier[tier]] = new CountedPool(sim, spec.name() + "/db" + s + "/pool/tier" + tier,
                            controls.bulkhead(tier), Math.max(1, n), this::onConnectionGranted, this::onPoolTimeout);
                }
            }
        }
        for (int t = 0; t < n; t++) {
            int tier = load[t].tier();
            int p = tier < poolOfTier.length ? poolOfTier[tier] : 0;
            poolIndex[t] = shardOf[t] * pools + p;
            int q = controls.connectionQuota(tenants[t]);
            if (q != Controls.UNLIMITED) {
                pool[poolIndex[t]].setQuota(t, q);
            }
        }
        int[] caps = new int[n];
        double[] weights = new double[n];
        for (int t = 0; t < n; t++) {
            caps[t] = controls.workerCap(tenants[t]);
            weights[t] = controls.workerWeight(tenants[t]);
        }
        workers = new BackgroundWorkers(spec.workers(), n, caps, weights, this::startBackgroundJob);

        ti = new int[16 * n];
        td = new double[16 * n];
        for (int t = 0; t < n; t++) {
            int i = t << 4;
            ti[i + I_CAP] = concurrencyCap[t];
            ti[i + I_CLIENT_RING] = clientRingOf[t];
            ti[i + I_STATEMENT_RING] = statementRingOf[t];
            ti[i + I_POOL] = poolIndex[t];
            ti[i + I_SHARD] = shardOf[t];
            ti[i + I_BREAKER] = breakerThreshold[t];
            ti[i + I_CACHEABLE] = cacheable[t] ? 1 : 0;
            for (int q = 0; q < 4; q++) {
                ti[i + I_SHAPE + q] = wShape[4 * t + q];
                td[i + D_MEAN + q] = wMean[4 * t + q];
                td[i + D_MU + q] = wMu[4 * t + q];
                td[i + D_SIGMA + q] = wSigma[4 * t + q];
            }
            td[i + D_HIT] = hitRatio[t];
            td[i + D_RATE] = constantRate[t];
            td[i + D_POOL_WAIT] = poolWait[t];
        }
        ledger = new TenantLedger(n, minutes, p99Objective, errorBudget, minRequests);
        series = new StackSeries(minutes, spec.app().cores(), (double) db.cores() * shards,
                (double) db.ioChannels() * shards, (double) db.maxConnections() * shards);

        int batchCount = 0;
        for (int t = 0; t < n; t++) {
            batchCount += load[t].jobs().size();
        }
        batches = new JobBatch[batchCount];
        batchTenant = new int[batchCount];
        batchSubmitted = new int[batchCount];
        int b = 0;
        for (int t = 0; t < n; t++) {
            for (JobBatch jb : load[t].jobs()) {
                batches[b] = jb;
                batchTenant[b] = t;
                b++;
            }
        }
    }

    /** One ring per distinct finite duration; {@code ringOf[t]} is tenant t's ring or -1. */
    private static DeadlineRing[] rings(double[] durations, int[] ringOf) {
        List<DeadlineRing> rings = new ArrayList<>();
        java.util.Map<Double, Integer> byDuration = new java.util.HashMap<>();
        for (int t = 0; t < durations.length; t++) {
            ringOf[t] = -1;
            if (durations[t] == Double.POSITIVE_INFINITY) {
                continue;
            }
            Integer r = byDuration.get(durations[t]);
            if (r == null) {
                r = rings.size();
                byDuration.put(durations[t], r);
                rings.add(new DeadlineRing(durations[t]));
            }
            ringOf[t] = r;
        }
        return rings.toArray(new DeadlineRing[0]);
    }

    private void setWork(int t, int q, WorkDistribution d) {
        int i = 4 * t + q;
        wShape[i] = (byte) d.shape().ordinal();
        wMean[i] = d.mean();
        double sigma = Math.sqrt(Math.log1p(d.cv() * d.cv()));
        wSigma[i] = sigma;
        wMu[i] = d.mean() > 0 ? Math.log(d.mean()) - 0.5 * sigma * sigma : 0;
    }

    private int shard(int t) {
        return ti[(t << 4) + I_SHARD];
    }

    /**
     * One draw of quantity q for tenant t. Which draws happen depends only on the tenant's own
     * signature (a zero mean or a constant draws nothing), never on the topology, so a tenant's
     * k-th request gets the same work in every run with the same seed.
     */
    private double sampleWork(int t, int q) {
        int i = (t << 4) + q;
        double mean = td[i + D_MEAN];
        if (mean == 0) {
            return 0;
        }
        switch (ti[i + I_SHAPE]) {
            case 0:
                return mean;
            case 1:
                return mean * workExp[t].sample();
            default:
                return Math.exp(td[i + D_MU] + td[i + D_SIGMA] * workGauss[t].sample());
        }
    }

    // ------------------------------------------------------------------ running

    /** Runs the stack over the horizon and returns what it measured. */
    public StackOutcome run() {
        // Ticks first: at equal times they fire before other events, so an event at a minute
        // boundary belongs to the minute it starts.
        for (int m = 0; m < minutes - 1; m++) {
            sim.scheduleAt(MINUTE * (m + 1), self, TICK, m);
        }
        for (int t = 0; t < n; t++) {
            double first = nextArrival(t, 0);
            if (first < horizon) {
                arrivals.add(t, first);
            }
        }
        if (!arrivals.isEmpty()) {
            sim.scheduleAt(arrivals.peekTime(), self, ARRIVAL, 0);
        }
        for (int b = 0; b < batches.length; b++) {
            if (batches[b].startSeconds() < horizon) {
                sim.scheduleAt(batches[b].startSeconds(), self, JOB_SUBMIT, b);
            }
        }
        sim.runUntil(horizon);
        closeMinute(minutes - 1, horizon);
        return outcome();
    }

    @Override
    public void handle(int kind, int arg) {
        switch (kind) {
            case ARRIVAL -> onArrival(arrivals.peekTenant());
            case RETRY -> startAttempt(arg);
            case CLIENT_TIMEOUT -> expire(clientRings[arg], CLIENT_TIMEOUT, arg);
            case STATEMENT_TIMEOUT -> expire(statementRings[arg], STATEMENT_TIMEOUT, arg);
            case HOLD_DONE -> onHoldDone(arg);
            case TICK -> closeMinute(arg, sim.now());
            case JOB_SUBMIT -> onJobSubmit(arg);
            case WORKER_TIME_DONE -> backgroundPartDone(arg, false);
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    /**
     * The earliest live entry of a timeout ring is due: fire every live entry whose deadline has
     * come, drop stale ones, and arm the ring for its next live entry.
     */
    private void expire(DeadlineRing ring, int kind, int r) {
        double now = sim.now();
        ring.armed = true; // pushes made by the callbacks below must not arm a second event
        boolean client = kind == CLIENT_TIMEOUT;
        while (!ring.isEmpty()) {
            int id = ring.headId();
            if (ring.headGen() != (client ? callGen[id] : jobGen[id])) {
                ring.pop();
            } else if (ring.headDeadline() <= now) {
                ring.pop();
                if (client) {
                    onClientTimeout(id);
                } else {
                    onStatementTimeout(id);
                }
            } else {
                break;
            }
        }
        if (ring.isEmpty()) {
            ring.armed = false;
        } else {
            sim.scheduleAt(ring.headDeadline(), self, kind, r);
        }
    }

    /** Next Poisson arrival after {@code from} with the tenant's piecewise-constant rate. */
    private double nextArrival(int t, double from) {
        double e = arrivalExp[t].sample();
        double rate = td[(t << 4) + D_RATE];
        if (rate >= 0) {
            return rate == 0 ? Double.POSITIVE_INFINITY : from + e / rate;
        }
        double now = from;
        while (now < horizon) {
            int m = (int) (now / MINUTE);
            double r = load[t].rate().at(m);
            double segment = MINUTE * (m + 1) - now;
            if (r * segment >= e) {
                return now + e / r;
            }
            e -= r * segment;
            now = MINUTE * (m + 1);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Tenant t's arrival, the head of {@link #arrivals}, is due now. */
    private void onArrival(int t) {
        double now = sim.now();
        double next = nextArrival(t, now);
        if (next < horizon) {
            arrivals.replaceTop(next);
        } else {
            arrivals.removeTop();
        }
        if (!arrivals.isEmpty()) {
            sim.scheduleAt(arrivals.peekTime(), self, ARRIVAL, 0);
        }
        int c = allocCall();
        callTenant[c] = t;
        callStart[c] = now;
        callAttempts[c] = 0;
        callJob[c] = NO_CALL;
        double a = sampleWork(t, 0);
        double d = sampleWork(t, 1);
        double io = sampleWork(t, 2) * secondsPerIo;
        double h = sampleWork(t, 3);
        // Drawn only for tenants with a cache hit ratio (a tenant property): common random numbers hold.
        boolean hit = ti[(t << 4) + I_CACHEABLE] != 0 && workUniform[t].nextDouble() < td[(t << 4) + D_HIT];
        callApp[c] = a;
        callDb[c] = d;
        callIo[c] = io;
        callHold[c] = h;
        callHit[c] = hit;
        ledger.offered(t, hit ? a : a + d + io);
        startAttempt(c);
    }

    private void startAttempt(int c) {
        int t = callTenant[c];
        callAttempts[c]++;
        ledger.attempt(t);
        double now = sim.now();
        if (!buckets.tryAcquire(t, now)) {
            attemptFailed(c, ErrorCause.RATE_LIMITED.ordinal());
            return;
        }
        if (ti[(t << 4) + I_INFLIGHT] >= ti[(t << 4) + I_CAP]) {
            attemptFailed(c, ErrorCause.RATE_LIMITED.ordinal());
            return;
        }
        if (threadsBusy >= maxThreads && acceptQueue.size() >= admissionLimit) {
            attemptFailed(c, ErrorCause.SHED.ordinal());
            return;
        }
        int j = allocJob();
        jobCall[j] = c;
        jobTenant[j] = t;
        jobBg[j] = -1;
        jobApp[j] = callApp[c];
        jobDb[j] = callDb[c];
        jobIo[j] = callIo[c];
        jobHold[j] = callHold[c];
        jobHit[j] = callHit[c];
        jobHoldTimer[j] = -1;
        callJob[c] = j;
        ti[(t << 4) + I_INFLIGHT]++;
        int r = ti[(t << 4) + I_CLIENT_RING];
        if (r >= 0 && clientRings[r].push(c, callGen[c], now + clientRings[r].duration)) {
            sim.scheduleAt(now + clientRings[r].duration, self, CLIENT_TIMEOUT, r);
        }
        if (threadsBusy < maxThreads) {
            startApp(j);
        } else {
            jobPhase[j] = APP_QUEUE;
            acceptQueue.add(j);
            series.acceptQueue.set(now, acceptQueue.size());
        }
    }

    private void startApp(int j) {
        threadsBusy++;
        series.threads.set(sim.now(), threadsBusy);
        if (jobApp[j] > 0) {
            jobPhase[j] = APP_CPU;
            appJobs++;
            series.appCpu.set(sim.now(), Math.min(appJobs, appCores));
            app.arrive(j, jobApp[j]);
        } else {
            afterApp(j);
        }
    }

    private void onAppDone(int j) {
        appJobs--;
        series.appCpu.set(sim.now(), Math.min(appJobs, appCores));
        afterApp(j);
    }

    private void afterApp(int j) {
        int t = jobTenant[j];
        if (jobHit[j] || (jobDb[j] <= 0 && jobIo[j] <= 0 && jobHold[j] <= 0)) {
            finishOnline(j, SUCCESS);
            return;
        }
        if (ti[(t << 4) + I_BREAKER] > 0 && sim.now() < td[(t << 4) + D_OPEN_UNTIL]) {
            finishOnline(j, ErrorCause.CIRCUIT_OPEN.ordinal());
            return;
        }
        acquireConnection(j, t, td[(t << 4) + D_POOL_WAIT]);
    }

    private void acquireConnection(int j, int t, double maxWait) {
        jobPhase[j] = POOL_WAIT;
        series.poolWaiters.add(sim.now(), 1);
        pool[ti[(t << 4) + I_POOL]].acquire(j, t, maxWait);
    }

    private void onConnectionGranted(int j) {
        double now = sim.now();
        series.poolWaiters.add(now, -1);
        series.connections.add(now, 1);
        series.poolUtilization.add(now, 1);
        int t = jobTenant[j];
        ledger.connectionGranted(t, now);
        int r = ti[(t << 4) + I_STATEMENT_RING];
        if (r >= 0 && statementRings[r].push(j, jobGen[j], now + statementRings[r].duration)) {
            sim.scheduleAt(now + statementRings[r].duration, self, STATEMENT_TIMEOUT, r);
        }
        startDbCpu(j);
    }

    private void startDbCpu(int j) {
        if (jobDb[j] > 0) {
            int s = shard(jobTenant[j]);
            jobPhase[j] = DB_CPU;
            dbCpuJobs[s]++;
            series.dbCpu.add(sim.now(), dbCpuJobs[s] <= dbCores ? 1 : 0);
            dbCpu[s].arrive(j, jobDb[j]);
        } else {
            startDbIo(j);
        }
    }

    private void onDbCpuDone(int j) {
        int s = shard(jobTenant[j]);
        leaveDbCpu(s);
        startDbIo(j);
    }

    private void leaveDbCpu(int s) {
        series.dbCpu.add(sim.now(), dbCpuJobs[s] <= dbCores ? -1 : 0);
        dbCpuJobs[s]--;
    }

    private void startDbIo(int j) {
        if (jobIo[j] > 0) {
            int s = shard(jobTenant[j]);
            jobPhase[j] = DB_IO;
            dbIoJobs[s]++;
            series.dbIo.add(sim.now(), dbIoJobs[s] <= ioChannels ? 1 : 0);
            dbIo[s].arrive(j, jobIo[j]);
        } else {
            startHold(j);
        }
    }

    private void onDbIoDone(int j) {
        leaveDbIo(shard(jobTenant[j]));
        startHold(j);
    }

    private void leaveDbIo(int s) {
        series.dbIo.add(sim.now(), dbIoJobs[s] <= ioChannels ? -1 : 0);
        dbIoJobs[s]--;
    }

    private void startHold(int j) {
        if (jobHold[j] > 0) {
            jobPhase[j] = HOLD;
            jobHoldTimer[j] = sim.schedule(jobHold[j], self, HOLD_DONE, j);
        } else {
            queryEnded(j, SUCCESS);
        }
    }

    private void onHoldDone(int j) {
        jobHoldTimer[j] = -1;
        queryEnded(j, SUCCESS);
    }

    private void onStatementTimeout(int j) {
        int s = shard(jobTenant[j]);
        switch (jobPhase[j]) {
            case DB_CPU -> {
                dbCpu[s].remove(j);
                leaveDbCpu(s);
            }
            case DB_IO -> {
                dbIo[s].remove(j);
                leaveDbIo(s);
            }
            case HOLD -> {
                sim.cancel(jobHoldTimer[j]);
                jobHoldTimer[j] = -1;
            }
            default -> throw new IllegalStateException("statement timeout of job " + j + " in phase " + jobPhase[j]);
        }
        queryEnded(j, ErrorCause.STATEMENT_TIMEOUT.ordinal());
    }

    /** A query that held a connection ended (success or killed): free the connection. */
    private void queryEnded(int j, int cause) {
        int t = jobTenant[j];
        jobGen[j]++; // its statement timeout, if pending, is stale now
        double now = sim.now();
        series.connections.add(now, -1);
        series.poolUtilization.add(now, -1);
        ledger.connectionReleased(t, now);
        pool[ti[(t << 4) + I_POOL]].release(t);
        if (jobBg[j] >= 0) {
            if (cause != SUCCESS) {
                ledger.queryKilled(t);
            }
            int b = jobBg[j];
            freeJob(j);
            backgroundPartDone(b, true);
            return;
        }
        recordDbOutcome(t, cause);
        finishOnline(j, cause);
    }

    private void onPoolTimeout(int j) {
        series.poolWaiters.add(sim.now(), -1);
        int t = jobTenant[j];
        if (jobBg[j] >= 0) {
            ledger.queryKilled(t);
            int b = jobBg[j];
            freeJob(j);
            backgroundPartDone(b, true);
            return;
        }
        recordDbOutcome(t, ErrorCause.POOL_TIMEOUT.ordinal());
        finishOnline(j, ErrorCause.POOL_TIMEOUT.ordinal());
    }

    /** Circuit breaker bookkeeping for the tenant's DB dependency. */
    private void recordDbOutcome(int t, int cause) {
        int i = t << 4;
        if (ti[i + I_BREAKER] == 0) {
            return;
        }
        if (cause == SUCCESS) {
            ti[i + I_FAILURES] = 0;
        } else if (++ti[i + I_FAILURES] >= ti[i + I_BREAKER]) {
            td[i + D_OPEN_UNTIL] = sim.now() + breakerOpenSeconds[t];
        }
    }

    /** An online attempt leaves the server: free its thread and tell its client, if still waiting. */
    private void finishOnline(int j, int cause) {
        int t = jobTenant[j];
        int c = jobCall[j];
        ti[(t << 4) + I_INFLIGHT]--;
        freeJob(j);
        threadsBusy--;
        double now = sim.now();
        if (!acceptQueue.isEmpty()) {
            int next = acceptQueue.poll();
            series.acceptQueue.set(now, acceptQueue.size());
            startApp(next);
        } else {
            series.threads.set(now, threadsBusy);
        }
        if (c == NO_CALL) {
            return; // orphan: its client already gave up
        }
        callJob[c] = NO_CALL;
        callGen[c]++; // its client timeout, if pending, is stale now
        if (cause == SUCCESS) {
            ledger.completed(t, now - callStart[c]);
            freeCall(c);
        } else {
            attemptFailed(c, cause);
        }
    }

    private void onClientTimeout(int c) {
        callGen[c]++;
        int j = callJob[c];
        if (j >= 0) {
            jobCall[j] = NO_CALL; // the server keeps working on it
            callJob[c] = NO_CALL;
        }
        attemptFailed(c, ErrorCause.CLIENT_TIMEOUT.ordinal());
    }

    /** The client saw this attempt fail: retry by its policy, or give up and count the error. */
    private void attemptFailed(int c, int cause) {
        int t = callTenant[c];
        RetryPolicy p = retry[t];
        int done = callAttempts[c];
        if (done < p.maxAttempts() && cause != ErrorCause.CIRCUIT_OPEN.ordinal()) {
            double delay = p.kind() == RetryPolicy.Kind.BACKOFF_JITTER ? p.delay(done, retryUniform[t].nextDouble()) : 0;
            sim.schedule(delay, self, RETRY, c);
            return;
        }
        ledger.failed(t, cause);
        freeCall(c);
    }

    // ------------------------------------------------------------------ background jobs

    private void onJobSubmit(int b) {
        JobBatch jb = batches[b];
        int t = batchTenant[b];
        double now = sim.now();
        int toSubmit = jb.intervalSeconds() == 0 ? jb.count() - batchSubmitted[b] : 1;
        for (int k = 0; k < toSubmit; k++) {
            int g = allocBg();
            bgTenant[g] = t;
            bgBatch[g] = b;
            bgSubmit[g] = now;
            ledger.jobSubmitted(t);
            workers.submit(g, t, jobSize(jb));
        }
        batchSubmitted[b] += toSubmit;
        if (batchSubmitted[b] < jb.count()) {
            double next = now + jb.intervalSeconds();
            if (next < horizon) {
                sim.scheduleAt(next, self, JOB_SUBMIT, b);
            }
        }
        series.workerQueue.set(now, workers.queued());
        workers.dispatch();
        series.workersBusy.set(now, workers.busy());
    }

    /** Expected work of a job (seconds), for the fair-queueing disciplines. */
    private double jobSize(JobBatch jb) {
        double s = jb.workerSeconds() + jb.connections() * (jb.dbCpuSecondsPerConnection() + jb.dbIoOpsPerConnection() * secondsPerIo);
        return s > 0 ? s : 1e-9;
    }

    /** A worker took background job g: start its worker time and its queries. */
    private void startBackgroundJob(int g) {
        JobBatch jb = batches[bgBatch[g]];
        int t = bgTenant[g];
        int parts = jb.connections() + (jb.workerSeconds() > 0 ? 1 : 0);
        bgPending[g] = parts;
        ledger.demanded(t, jobSize(jb));
        if (jb.workerSeconds() > 0) {
            sim.schedule(jb.workerSeconds(), self, WORKER_TIME_DONE, g);
        }
        for (int k = 0; k < jb.connections(); k++) {
            int j = allocJob();
            jobCall[j] = NO_CALL;
            jobTenant[j] = t;
            jobBg[j] = g;
            jobApp[j] = 0;
            jobDb[j] = jb.dbCpuSecondsPerConnection();
            jobIo[j] = jb.dbIoOpsPerConnection() * secondsPerIo;
            jobHold[j] = 0;
            jobHit[j] = false;
            jobHoldTimer[j] = -1;
            acquireConnection(j, t, Double.POSITIVE_INFINITY);
        }
    }

    private void backgroundPartDone(int g, boolean query) {
        if (--bgPending[g] > 0) {
            return;
        }
        int t = bgTenant[g];
        double sojourn = sim.now() - bgSubmit[g];
        ledger.jobFinished(t, sojourn);
        freeBg(g);
        double now = sim.now();
        workers.finished(t);
        workers.dispatch();
        series.workersBusy.set(now, workers.busy());
        series.workerQueue.set(now, workers.queued());
    }

    // ------------------------------------------------------------------ minutes and results

    private void closeMinute(int m, double end) {
        ledger.closeMinute(m, end);
        series.close(m, end, end - minuteStart);
        minuteStart = end;
    }

    private StackOutcome outcome() {
        List<SimulatedTenant> tenants = new ArrayList<>(n);
        long[] inFlight = new long[n];
        for (int c = 0; c < callsUsed; c++) {
            if (callTenant[c] >= 0) {
                inFlight[callTenant[c]]++;
            }
        }
        LoadSeries[] loads = ledger.loadSeries();
        AbstractHistogram[] histograms = new AbstractHistogram[n];
        for (int t = 0; t < n; t++) {
            int[] v = ledger.violationMinutes(t);
            histograms[t] = ledger.histogram(t);
            tenants.add(new SimulatedTenant(globalOf[t], load[t].id(), load[t].tier(), stackIndex, load[t].revenueMicros(),
                    ledger.offered(t), ledger.completed(t), ledger.attempts(t), ledger.errorsOf(t),
                    TenantLedger.summary(histograms[t]), ledger.completed(t) / horizon, v,
                    SloJudge.availability(v.length, minutes), inFlight[t], ledger.jobStats(t), loads[t]));
        }
        int[] violators = ledger.violatorsPerMinute();
        SimulatedStack stack = new SimulatedStack(stackIndex, spec.name(), n, series.values(), violators, sim.eventsProcessed());
        List<Incident> incidents = new ArrayList<>();
        for (IncidentDetector.Window w : IncidentDetector.detect(violators, n)) {
            int aggressor = ledger.aggressorIn(w.start(), w.end());
            incidents.add(new Incident(stackIndex, w.start(), w.end(), aggressor < 0 ? -1 : globalOf[aggressor],
                    aggressor < 0 ? null : load[aggressor].id(), w.peakShare()));
        }
        return new StackOutcome(tenants, stack, incidents, histograms);
    }

    // ------------------------------------------------------------------ slot pools

    private int allocCall() {
        callsLive++;
        if (freeCallCount > 0) {
            return freeCalls[--freeCallCount];
        }
        if (callsUsed == callTenant.length) {
            int cap = callsUsed * 2;
            callTenant = Arrays.copyOf(callTenant, cap);
            callStart = Arrays.copyOf(callStart, cap);
            callAttempts = Arrays.copyOf(callAttempts, cap);
            callJob = Arrays.copyOf(callJob, cap);
            callGen = Arrays.copyOf(callGen, cap);
            callApp = Arrays.copyOf(callApp, cap);
            callDb = Arrays.copyOf(callDb, cap);
            callIo = Arrays.copyOf(callIo, cap);
            callHold = Arrays.copyOf(callHold, cap);
            callHit = Arrays.copyOf(callHit, cap);
            freeCalls = Arrays.copyOf(freeCalls, cap);
        }
        return callsUsed++;
    }

    private void freeCall(int c) {
        callsLive--;
        callTenant[c] = -1;
        freeCalls[freeCallCount++] = c;
    }

    private int allocJob() {
        if (freeJobCount > 0) {
            return freeJobs[--freeJobCount];
        }
        if (jobsUsed == jobCall.length) {
            int cap = jobsUsed * 2;
            jobCall = Arrays.copyOf(jobCall, cap);
            jobTenant = Arrays.copyOf(jobTenant, cap);
            jobBg = Arrays.copyOf(jobBg, cap);
            jobPhase = Arrays.copyOf(jobPhase, cap);
            jobGen = Arrays.copyOf(jobGen, cap);
            jobHoldTimer = Arrays.copyOf(jobHoldTimer, cap);
            jobApp = Arrays.copyOf(jobApp, cap);
            jobDb = Arrays.copyOf(jobDb, cap);
            jobIo = Arrays.copyOf(jobIo, cap);
            jobHold = Arrays.copyOf(jobHold, cap);
            jobHit = Arrays.copyOf(jobHit, cap);
            freeJobs = Arrays.copyOf(freeJobs, cap);
        }
        return jobsUsed++;
    }

    private void freeJob(int j) {
        jobPhase[j] = FREE;
        freeJobs[freeJobCount++] = j;
    }

    private int allocBg() {
        if (freeBgCount > 0) {
            return freeBg[--freeBgCount];
        }
        if (bgUsed == bgTenant.length) {
            int cap = bgUsed * 2;
            bgTenant = Arrays.copyOf(bgTenant, cap);
            bgBatch = Arrays.copyOf(bgBatch, cap);
            bgPending = Arrays.copyOf(bgPending, cap);
            bgSubmit = Arrays.copyOf(bgSubmit, cap);
            freeBg = Arrays.copyOf(freeBg, cap);
        }
        return bgUsed++;
    }

    private void freeBg(int g) {
        freeBg[freeBgCount++] = g;
    }

    /** What one stack measured; {@code PlatformSimulator} merges the stacks. */
    /**
     * What one stack measured, plus each tenant's latency histogram (by local index, null when it
     * completed nothing) so the simulator can merge percentiles per tier and per stack.
     */
    public record StackOutcome(List<SimulatedTenant> tenants, SimulatedStack stack, List<Incident> incidents,
                               AbstractHistogram[] histograms) {
    }

    /** An empty histogram for merging tenants' latencies (same precision, long counts). */
    public static AbstractHistogram newMergeHistogram() {
        return TenantLedger.newMergeHistogram();
    }

    /** Percentiles of a histogram recorded in microseconds, in seconds. */
    public static LatencySummary summarize(AbstractHistogram h) {
        return TenantLedger.summary(h);
    }
}
