package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.RetryPolicy;

/**
 * The tenants' clients, the outermost stage: they send each tenant's Poisson arrivals (with its
 * per-minute rate), one call per request with its work drawn once (every retry does the same
 * work), send an attempt inward, and see its end — a success is a completed request; a failure is
 * retried by the tenant's {@link RetryPolicy} (never after CIRCUIT_OPEN) or, once the attempts are
 * used up, counted as an error of the attempt's cause. The client's own timeout is the
 * {@link ClientTimeout} stage. When the stack has a region, a completed request's latency is its
 * time in the stack plus the network round trip between its users' region and the stack's
 * ({@link dev.tenantsim.engine.platform.StackSpec.Network}); the client timeout counts time in the
 * stack only.
 *
 * <p>The tenants' next arrivals wait in an {@link ArrivalQueue}: one calendar event for the
 * earliest, not one per tenant.
 */
final class Clients extends Stage implements EventHandler {
    private static final int ARRIVAL = 0;
    private static final int RETRY = 1;
    private static final int CARRIED_IN = 2;
    private static final double MINUTE = 60.0;

    private final Simulation sim;
    private final int self;
    private final double horizon;
    private final TenantTable tenants;
    private final int[] ti;
    private final double[] td;
    private final CallSlots calls;
    private final JobSlots jobs;
    private final TenantLedger ledger;
    private final RetryPolicy[] retry;
    private final double secondsPerIo;
    private final CacheCounters cache;
    private final boolean poolOn;
    private final ArrivalQueue arrivals;
    /** Each tenant's network round trip to the stack, added to what its users see; null when the stack has no region. */
    private final double[] roundTrip;
    /** The stack's request classes and writes; null without a {@link dev.tenantsim.engine.platform.Routing}. */
    private final ClassMix mix;

    Clients(StackContext ctx, ClassMix mix) {
        this.mix = mix;
        sim = ctx.sim;
        horizon = ctx.horizon;
        tenants = ctx.tenants;
        ti = tenants.ti;
        td = tenants.td;
        calls = ctx.calls;
        jobs = ctx.jobs;
        ledger = ctx.ledger;
        secondsPerIo = ctx.spec.db().secondsPerIo();
        cache = ctx.cache;
        poolOn = ctx.tenants.data.hasBufferPool();
        arrivals = new ArrivalQueue(tenants.n);
        retry = new RetryPolicy[tenants.n];
        for (int t = 0; t < tenants.n; t++) {
            retry[t] = tenants.controls[t].client().retry();
        }
        roundTrip = roundTrips(tenants, ctx.spec.network());
        self = sim.register(this);
    }

    private static double[] roundTrips(TenantTable tenants, dev.tenantsim.engine.platform.StackSpec.Network network) {
        if (!network.isOn()) {
            return null;
        }
        double[] rtt = new double[tenants.n];
        for (int t = 0; t < tenants.n; t++) {
            rtt[t] = network.roundTrip(tenants.load[t].usersRegion());
        }
        return rtt;
    }

    /** Draws every tenant's first arrival and puts the earliest on the calendar. */
    void start() {
        for (int t = 0; t < tenants.n; t++) {
            double first = nextArrival(t, 0);
            if (first < horizon) {
                arrivals.add(t, first);
            }
        }
        if (!arrivals.isEmpty()) {
            sim.scheduleAt(arrivals.peekTime(), self, ARRIVAL, 0);
        }
        for (int t = 0; t < tenants.n; t++) {
            if (tenants.load[t].carriedIn() > 0) {
                sim.scheduleAt(0.0, self, CARRIED_IN, 0);
                break;
            }
        }
    }

    /**
     * A warm start: the requests each tenant had waiting when the window begins enter at time 0,
     * one tenant's after another's in turn (the order a shared FIFO backlog would have), each with
     * the tenant's mean work (no draw, so the window's own requests keep their common random
     * numbers). Their work counts in the tenant's load; they are not requests of the window.
     */
    private void carryIn() {
        int[] active = new int[tenants.n];
        int[] left = new int[tenants.n];
        int count = 0;
        for (int t = 0; t < tenants.n; t++) {
            if (tenants.load[t].carriedIn() > 0) {
                active[count] = t;
                left[count++] = tenants.load[t].carriedIn();
            }
        }
        while (count > 0) { // one request of each tenant that has some left, in turn
            int kept = 0;
            for (int i = 0; i < count; i++) {
                carryOne(active[i]);
                if (--left[i] > 0) {
                    active[kept] = active[i];
                    left[kept++] = left[i];
                }
            }
            count = kept;
        }
    }

    private void carryOne(int t) {
        int c = newCall(t, 0.0, true);
        dev.tenantsim.workload.RequestWork w = tenants.load[t].work();
        calls.app[c] = w.appCpuSeconds().mean();
        calls.db[c] = w.dbCpuSeconds().mean() * tenants.dbScale[t];
        calls.io[c] = w.dbIoOps().mean() * secondsPerIo * tenants.ioScale[t];
        calls.hold[c] = w.connectionHoldSeconds().mean();
        calls.hit[c] = false;
        calls.cls[c] = -1;
        calls.write[c] = false;
        ledger.demanded(t, calls.app[c] + calls.db[c] + calls.io[c]);
        startAttempt(c);
    }

    @Override
    public void handle(int kind, int arg) {
        switch (kind) {
            case ARRIVAL -> onArrival(arrivals.peekTenant());
            case RETRY -> startAttempt(arg);
            case CARRIED_IN -> carryIn();
            default -> throw new IllegalStateException("unknown client event kind " + kind);
        }
    }

    /** Next Poisson arrival after {@code from} with the tenant's piecewise-constant rate. */
    private double nextArrival(int t, double from) {
        double e = tenants.arrivalExp[t].sample();
        double rate = td[(t << 4) + TenantTable.D_RATE];
        if (rate >= 0) {
            return rate == 0 ? Double.POSITIVE_INFINITY : from + e / rate;
        }
        double now = from;
        while (now < horizon) {
            int m = (int) (now / MINUTE);
            double r = tenants.load[t].rate().at(m);
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
        int c = newCall(t, now, false);
        int k = -1;
        boolean write = false;
        double a;
        double d;
        double ops;
        if (mix == null) {
            a = tenants.sampleWork(t, 0);
            d = tenants.sampleWork(t, 1);
            ops = tenants.sampleWork(t, 2);
        } else {
            k = mix.draw(t);
            write = mix.isWrite(t, k);
            a = mix.work(t, k, 0);
            d = mix.work(t, k, 1);
            ops = mix.work(t, k, 2);
        }
        double io = ops * secondsPerIo;
        double h = tenants.sampleWork(t, 3);
        int i = t << 4;
        // The app cache's draw comes from the tenant's own cache stream: common random numbers hold.
        boolean hit = false;
        if (ti[i + TenantTable.I_CACHEABLE] != 0) {
            hit = tenants.cacheUniform[t].nextDouble() < td[i + TenantTable.D_HIT];
            cache.lookups[t]++;
            cache.hits[t] += hit ? 1 : 0;
        }
        if (ti[i + TenantTable.I_SCALED] != 0) { // the data path: query cost growth, buffer-pool misses
            if (!hit && poolOn) {
                double reads = ops * tenants.dbScale[t];
                cache.pageReads[t] += reads;
                cache.pageHits[t] += reads - ops * tenants.ioScale[t];
            }
            d *= tenants.dbScale[t];
            io *= tenants.ioScale[t];
        }
        calls.app[c] = a;
        calls.db[c] = d;
        calls.io[c] = io;
        calls.hold[c] = h;
        calls.hit[c] = hit;
        calls.cls[c] = k;
        calls.write[c] = write;
        ledger.offered(t, hit ? a : a + d + io);
        startAttempt(c);
    }

    /** A new call of tenant t started at {@code start}, with no attempt yet; its work is set by the caller. */
    private int newCall(int t, double start, boolean carried) {
        int c = calls.alloc();
        calls.tenant[c] = t;
        calls.start[c] = start;
        calls.attempts[c] = 0;
        calls.job[c] = JobSlots.NO_CALL;
        calls.carried[c] = carried;
        return c;
    }

    /** Sends an attempt of call c inward: a fresh job slot carrying the call's work. */
    private void startAttempt(int c) {
        int t = calls.tenant[c];
        calls.attempts[c]++;
        if (!calls.carried[c]) {
            ledger.attempt(t);
        }
        int j = jobs.alloc();
        jobs.call[j] = c;
        jobs.tenant[j] = t;
        jobs.bg[j] = -1;
        jobs.app[j] = calls.app[c];
        jobs.db[j] = calls.db[c];
        jobs.io[j] = calls.io[c];
        jobs.hold[j] = calls.hold[c];
        jobs.hit[j] = calls.hit[c];
        jobs.cls[j] = calls.cls[c];
        jobs.write[j] = calls.write[c];
        jobs.holdTimer[j] = -1;
        inner.accept(j);
    }

    /** The client is where attempts start; nothing sends it one. */
    @Override
    void accept(int job) {
        throw new IllegalStateException("the client is the outermost stage; job " + job + " cannot enter it");
    }

    /** An attempt came back: free its slot and, unless its client gave up on it, act on the result. */
    @Override
    void ended(int j, int cause) {
        int c = jobs.call[j];
        int t = jobs.tenant[j];
        jobs.free(j);
        if (c == JobSlots.NO_CALL) {
            return; // orphan: its client already gave up
        }
        if (calls.carried[c]) {
            calls.free(c); // carried in: it loaded the stack, it is not one of the window's requests
            return;
        }
        if (cause == SUCCESS) {
            double latency = sim.now() - calls.start[c];
            double seen = roundTrip == null ? latency : latency + roundTrip[t];
            ledger.completed(t, seen);
            if (mix != null) {
                mix.completed(calls.cls[c], seen);
            }
            calls.free(c);
        } else {
            attemptFailed(c, cause);
        }
    }

    /** The client saw this attempt fail: retry by its policy, or give up and count the error. */
    void attemptFailed(int c, int cause) {
        if (calls.carried[c]) {
            calls.free(c); // carried in: gone (timed out or shed), and not one of the window's requests
            return;
        }
        int t = calls.tenant[c];
        RetryPolicy p = retry[t];
        int done = calls.attempts[c];
        if (done < p.maxAttempts() && cause != ErrorCause.CIRCUIT_OPEN.ordinal()) {
            double delay = p.kind() == RetryPolicy.Kind.BACKOFF_JITTER ? p.delay(done, tenants.retryUniform[t].nextDouble()) : 0;
            sim.schedule(delay, self, RETRY, c);
            return;
        }
        ledger.failed(t, cause);
        if (mix != null) {
            mix.failed(calls.cls[c], cause);
        }
        calls.free(c);
    }
}
