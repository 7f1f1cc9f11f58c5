package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.Routing;
import dev.tenantsim.engine.platform.RoutingStats;
import dev.tenantsim.engine.platform.WorkloadClass;
import dev.tenantsim.workload.WorkDistribution;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A stack's {@link Routing} resolved for the hot path: each request's class (drawn by the classes'
 * shares) and whether it is a write (by its class's write share), both from the tenant's own
 * {@code tenant/<id>/class} stream, two draws per request whatever they decide, so two variants
 * that only route a class elsewhere see the same classes, writes and work; the class's work where
 * it has its own (else the tenant's); and per class the completed requests, errors by cause and a
 * latency histogram. Without declared classes there is one implicit class (the tenants' own work,
 * the routing's write share) whose figures are not reported.
 */
final class ClassMix {
    private static final String[] PART = {"appCpu", "dbCpu", "dbIo"};

    final int k;
    final boolean declared;
    final String[] name;
    /** Each class's route: 0 the primary, 1.. the routing's other routes in order. */
    final int[] route;
    final boolean[] holdsLocks;
    final double[] clientTimeout;
    private final double[] cumulative;
    private final double[] writeShare;
    private final double[] p99Objective;
    // Per class and part (appCpu, dbCpu, dbIo): the class's own draw (code < 0: the tenant's).
    private final int[] code;
    private final double[] scale;
    private final double[] a;
    private final double[] b;
    /** Private gamma streams by (class, part) then tenant; null where not gamma. */
    private final WorkDistribution.PrivateStream[][] own;
    private final UniformRandomProvider[] uniform;
    private final TenantTable tenants;
    private final long[] completed;
    private final long[] errors;
    private final AbstractHistogram[] latency;

    ClassMix(Simulation sim, Routing routing, TenantTable tenants) {
        this.tenants = tenants;
        List<WorkloadClass> classes = new ArrayList<>(routing.classes());
        declared = !classes.isEmpty();
        if (!declared) {
            classes.add(WorkloadClass.of("all", 1));
        }
        k = classes.size();
        name = new String[k];
        route = new int[k];
        holdsLocks = new boolean[k];
        clientTimeout = new double[k];
        cumulative = new double[k];
        writeShare = new double[k];
        p99Objective = new double[k];
        code = new int[3 * k];
        scale = new double[3 * k];
        a = new double[3 * k];
        b = new double[3 * k];
        own = new WorkDistribution.PrivateStream[3 * k][];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            WorkloadClass wc = classes.get(c);
            name[c] = wc.name();
            route[c] = routing.routeIndex(wc.route());
            holdsLocks[c] = wc.holdsLocks() && routing.locks().isOn();
            clientTimeout[c] = wc.clientTimeoutSeconds();
            sum += wc.share();
            cumulative[c] = c == k - 1 ? 1.0 : sum;
            writeShare[c] = Double.isNaN(wc.writeShare()) ? routing.writeShare() : wc.writeShare();
            p99Objective[c] = wc.p99ObjectiveSeconds();
            WorkDistribution[] parts = {wc.appCpu(), wc.dbCpu(), wc.dbIoOps()};
            for (int q = 0; q < 3; q++) {
                int i = 3 * c + q;
                WorkDistribution d = parts[q];
                code[i] = d == null ? -1 : d.drawCode();
                if (d != null) {
                    scale[i] = d.drawScale();
                    a[i] = d.drawA();
                    b[i] = d.drawB();
                    if (d.needsPrivateStream()) {
                        own[i] = new WorkDistribution.PrivateStream[tenants.n];
                        for (int t = 0; t < tenants.n; t++) {
                            own[i][t] = new WorkDistribution.PrivateStream(sim.streams().stream(
                                    "tenant/" + tenants.load[t].id() + "/class/" + wc.name() + "/" + PART[q]));
                        }
                    }
                }
            }
        }
        uniform = new UniformRandomProvider[tenants.n];
        for (int t = 0; t < tenants.n; t++) {
            uniform[t] = sim.streams().stream("tenant/" + tenants.load[t].id() + "/class");
        }
        completed = new long[k];
        errors = new long[k * ErrorCause.count()];
        latency = new AbstractHistogram[k];
    }

    /** Tenant t's next request's class. */
    int draw(int t) {
        double u = uniform[t].nextDouble();
        int c = 0;
        while (c < k - 1 && u >= cumulative[c]) {
            c++;
        }
        return c;
    }

    /** Whether tenant t's request of class c is a write (always one draw). */
    boolean isWrite(int t, int c) {
        return uniform[t].nextDouble() < writeShare[c];
    }

    /** One draw of part q (0 appCpu, 1 dbCpu, 2 dbIo ops) of a class-c request of tenant t. */
    double work(int t, int c, int q) {
        int i = 3 * c + q;
        if (code[i] < 0) {
            return tenants.sampleWork(t, q);
        }
        return tenants.sampleWork(t, code[i], scale[i], a[i], b[i], own[i] == null ? null : own[i][t]);
    }

    void completed(int c, double latencySeconds) {
        completed[c]++;
        AbstractHistogram h = latency[c];
        if (h == null) {
            h = TenantLedger.newMergeHistogram();
            latency[c] = h;
        }
        h.recordValue(Math.max(1L, Math.round(latencySeconds * 1e6)));
    }

    void failed(int c, int cause) {
        errors[c * ErrorCause.count() + cause]++;
    }

    /** The declared classes' figures (empty without declared classes). */
    List<RoutingStats.ClassStats> stats(List<String> routes) {
        List<RoutingStats.ClassStats> out = new ArrayList<>();
        if (!declared) {
            return out;
        }
        int causes = ErrorCause.count();
        for (int c = 0; c < k; c++) {
            long[] e = new long[causes];
            System.arraycopy(errors, c * causes, e, 0, causes);
            out.add(new RoutingStats.ClassStats(name[c], routes.get(route[c]), completed[c], e,
                    TenantLedger.summary(latency[c]), p99Objective[c]));
        }
        return out;
    }
}
