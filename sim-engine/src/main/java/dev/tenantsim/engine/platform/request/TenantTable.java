package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.TenantControls;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.engine.platform.cache.DataAccess;
import dev.tenantsim.engine.platform.cache.StackDataModel;
import dev.tenantsim.workload.WorkDistribution;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The tenants of one stack by local index 0..n-1: their loads, random streams and work samplers,
 * and what the hot path reads and writes per tenant, packed 16 ints ({@link #ti}) and 16 doubles
 * ({@link #td}) per tenant (one cache line each) instead of one array per field: with 12,000
 * tenants each array is a cache miss. A stage owns the fields it writes (the edge its in-flight
 * count, the breaker its failures and open-until time) and fills the set-up fields only it knows
 * (timeout rings, pool) through {@link #setInt}.
 */
final class TenantTable {
    static final int I_CAP = 0;
    static final int I_INFLIGHT = 1;
    static final int I_CLIENT_RING = 2;
    static final int I_STATEMENT_RING = 3;
    static final int I_POOL = 4;
    static final int I_SHARD = 5;
    static final int I_BREAKER = 6;
    static final int I_CACHEABLE = 7;
    static final int I_FAILURES = 8;
    static final int I_SHAPE = 9;
    /** 1 when the stack's data path scales the tenant's DB CPU and IO ({@link #dbScale}, {@link #ioScale}). */
    static final int I_SCALED = 13;
    static final int D_MEAN = 0;
    static final int D_MU = 4;
    static final int D_SIGMA = 8;
    static final int D_HIT = 12;
    static final int D_RATE = 13;
    static final int D_POOL_WAIT = 14;
    static final int D_OPEN_UNTIL = 15;

    final int n;
    /** Global (scenario) index of each local tenant. */
    final int[] globalOf;
    final TenantLoad[] load;
    /** Each tenant's controls, resolved once for the stack. */
    final TenantControls[] controls;
    final int[] ti;
    final double[] td;

    // Per tenant: random streams and samplers (named by tenant id: common random numbers).
    final ContinuousSampler[] arrivalExp;
    private final ContinuousSampler[] workGauss;
    private final ContinuousSampler[] workExp;
    final UniformRandomProvider[] workUniform;
    final UniformRandomProvider[] retryUniform;
    /** Per tenant: the app-cache hit draw (its own stream, so a cache changes no other draw); null without an app cache. */
    final UniformRandomProvider[] cacheUniform;
    /** The stack's caches and query cost over these tenants. */
    final StackDataModel data;
    /** Multipliers of each tenant's DB CPU and IO per query, read when {@link #I_SCALED} is set. */
    final double[] dbScale;
    final double[] ioScale;
    // Per tenant and quantity (APP, DB, IO, HOLD): WorkDistribution's draw code, scale ("mean"),
    // parameters a ("mu") and b ("sigma"), and the private stream of a gamma part (else null).
    private static final String[] WORK_PART = {"appCpu", "dbCpu", "dbIo", "connectionHold"};
    private static final int GAMMA = WorkDistribution.Shape.GAMMA.ordinal();
    private final byte[] wShape;
    private final double[] wMean;
    private final double[] wMu;
    private final double[] wSigma;
    private final WorkDistribution.PrivateStream[] workOwn;

    /**
     * @param tenants  global indices of the stack's tenants, ascending
     * @param loads    every tenant's load, by global index
     * @param controls every tenant's controls, by global index
     */
    TenantTable(Simulation sim, StackSpec spec, int[] tenants, List<TenantLoad> loads,
                Controls controls) {
        n = tenants.length;
        globalOf = tenants.clone();
        load = new TenantLoad[n];
        this.controls = new TenantControls[n];
        arrivalExp = new ContinuousSampler[n];
        workGauss = new ContinuousSampler[n];
        workExp = new ContinuousSampler[n];
        workUniform = new UniformRandomProvider[n];
        retryUniform = new UniformRandomProvider[n];
        wShape = new byte[4 * n];
        wMean = new double[4 * n];
        wMu = new double[4 * n];
        wSigma = new double[4 * n];
        workOwn = new WorkDistribution.PrivateStream[4 * n];
        ti = new int[16 * n];
        td = new double[16 * n];
        data = dataModel(spec, tenants, loads);
        cacheUniform = new UniformRandomProvider[n];
        dbScale = new double[n];
        ioScale = new double[n];
        for (int t = 0; t < n; t++) {
            TenantLoad l = loads.get(tenants[t]);
            TenantControls c = controls.of(tenants[t]);
            load[t] = l;
            this.controls[t] = c;
            String id = l.id();
            arrivalExp[t] = ZigguratSampler.Exponential.of(sim.streams().stream("tenant/" + id + "/arrivals"));
            UniformRandomProvider w = sim.streams().stream("tenant/" + id + "/work");
            workUniform[t] = w;
            workGauss[t] = ZigguratSampler.NormalizedGaussian.of(w);
            workExp[t] = ZigguratSampler.Exponential.of(w);
            retryUniform[t] = sim.streams().stream("tenant/" + id + "/retry");
            setWork(sim, t, 0, l.work().appCpuSeconds());
            setWork(sim, t, 1, l.work().dbCpuSeconds());
            setWork(sim, t, 2, l.work().dbIoOps());
            setWork(sim, t, 3, l.work().connectionHoldSeconds());
            int i = t << 4;
            ti[i + I_CAP] = c.concurrencyCap();
            ti[i + I_SHARD] = spec.db().shardOf(id);
            ti[i + I_BREAKER] = c.breaker().failures();
            ti[i + I_CACHEABLE] = data.hasAppCache() ? 1 : 0;
            if (data.hasAppCache()) {
                cacheUniform[t] = sim.streams().stream("tenant/" + id + "/cache");
            }
            for (int q = 0; q < 4; q++) {
                ti[i + I_SHAPE + q] = wShape[4 * t + q];
                td[i + D_MEAN + q] = wMean[4 * t + q];
                td[i + D_MU + q] = wMu[4 * t + q];
                td[i + D_SIGMA + q] = wSigma[4 * t + q];
            }
            td[i + D_HIT] = data.appHit(t);
            td[i + D_RATE] = l.rate().isConstant() ? l.rate().at(0) : -1;
            td[i + D_POOL_WAIT] = c.poolWaitTimeout();
        }
        refreshScales();
    }

    private static StackDataModel dataModel(StackSpec spec, int[] tenants, List<TenantLoad> loads) {
        int n = tenants.length;
        int[] shard = new int[n];
        DataAccess[] access = new DataAccess[n];
        double[] rate = new double[n];
        double[] io = new double[n];
        for (int t = 0; t < n; t++) {
            TenantLoad l = loads.get(tenants[t]);
            shard[t] = spec.db().shardOf(l.id());
            access[t] = l.data();
            rate[t] = l.meanRate();
            io[t] = l.work().dbIoOps().mean();
        }
        return new StackDataModel(spec.dataPath(), spec.db().shards(), shard, access, rate, io);
    }

    /** Reads the DB CPU and IO multipliers from the data model (at set-up, and when a scan starts or ends). */
    void refreshScales() {
        for (int t = 0; t < n; t++) {
            dbScale[t] = data.cpuFactor(t);
            ioScale[t] = data.ioFactor(t);
            ti[(t << 4) + I_SCALED] = dbScale[t] != 1 || ioScale[t] != 1 ? 1 : 0;
        }
    }

    /** Sets tenant t's packed int {@code field} (an {@code I_} constant) at set-up. */
    void setInt(int t, int field, int value) {
        ti[(t << 4) + field] = value;
    }

    int getInt(int t, int field) {
        return ti[(t << 4) + field];
    }

    private void setWork(Simulation sim, int t, int q, WorkDistribution d) {
        int i = 4 * t + q;
        wShape[i] = (byte) d.drawCode();
        wMean[i] = d.drawScale();
        wMu[i] = d.drawA();
        wSigma[i] = d.drawB();
        if (d.needsPrivateStream()) {
            workOwn[i] = new WorkDistribution.PrivateStream(
                    sim.streams().stream("tenant/" + load[t].id() + "/work/" + WORK_PART[q]));
        }
    }

    /** One draw for tenant t from another distribution's draw parameters (a request class's own work), on its work stream. */
    double sampleWork(int t, int code, double scale, double a, double b, WorkDistribution.PrivateStream own) {
        return WorkDistribution.draw(code, scale, a, b, workGauss[t], workExp[t], own);
    }

    int shard(int t) {
        return ti[(t << 4) + I_SHARD];
    }

    /**
     * One draw of quantity q for tenant t. Which draws happen depends only on the tenant's own
     * signature (a zero mean or a constant draws nothing), never on the topology, so a tenant's
     * k-th request gets the same work in every run with the same seed.
     */
    double sampleWork(int t, int q) {
        int i = (t << 4) + q;
        int code = ti[i + I_SHAPE];
        return WorkDistribution.draw(code, td[i + D_MEAN], td[i + D_MU], td[i + D_SIGMA], workGauss[t], workExp[t],
                code == GAMMA ? workOwn[4 * t + q] : null);
    }
}
