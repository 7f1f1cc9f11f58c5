package dev.tenantsim.engine.fluid;

/**
 * The per-tenant inputs of one stack's fluid pass, as primitive arrays indexed by the stack-local
 * tenant index, with the moments the step needs precomputed once.
 */
final class TenantParameters {
    final int[] members;
    final int m;
    final double[] app;
    final double[] db;
    final double[] io;     // IO busy seconds per request: ops * ioOpSeconds
    final double[] extra;  // connection held beyond DB CPU and IO (transaction think time)
    final double[] h0sq;   // E[H0^2] = H0^2 (1 + cs^2), H0 = zero-load connection occupancy
    final double[] uses;   // 1 if the request takes a connection at all, else 0
    final double[] ca;
    final double[] rl;
    final double[] quota;  // connection quota (connections), +inf if none
    final double[] conc;
    final double[] slo;
    final double[] budget;
    final double[] app2;   // squared means and second moments E[S^2] = mean^2 (1 + scv) of the PS parts
    final double[] app2k;
    final double[] db2;
    final double[] db2k;
    final double[] io2;
    final double[] io2k;
    final double[] varExtra; // variance of the extra hold
    final double[] work;
    final double[] slowThreshold; // NaN: slow requests not counted
    final boolean[] heavyTail; // response fitted by a lognormal (else a gamma) for the exceedance     // zero-load busy seconds of one request: app + DB CPU + IO + extra hold

    TenantParameters(int[] members, FluidModel model, StackCapacity cap) {
        this.members = members;
        this.m = members.length;
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
        work = new double[m];
        heavyTail = new boolean[m];
        slowThreshold = new double[m];
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
            work[j] = app[j] + db[j] + io[j] + extra[j];
            heavyTail[j] = model.heavyTail[t];
            slowThreshold[j] = model.slowThreshold[t];
        }
    }
}
