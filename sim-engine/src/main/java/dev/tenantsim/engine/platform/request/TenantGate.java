package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.TenantFaults;
import java.util.List;

/**
 * The tenants' own down windows ({@link TenantFaults#downs()}), at the edge: an attempt of a tenant
 * arriving inside one fails at once with the window's cause (a control-plane outage: its cached
 * tenant→cell mapping expired; a region outage it may not fail over from). Only on a stack with
 * such windows; each tenant's windows are resolved once, by local index.
 */
final class TenantGate extends Stage {
    private final Simulation sim;
    private final JobSlots jobs;
    /** Per local tenant: its windows as from, to, cause triples (null: none). */
    private final double[][] windows;

    TenantGate(StackContext ctx) {
        sim = ctx.sim;
        jobs = ctx.jobs;
        TenantTable table = ctx.tenants;
        windows = new double[table.n][];
        List<TenantFaults.Down> downs = ctx.spec.faults().tenants().downs();
        for (int t = 0; t < table.n; t++) {
            String id = table.load[t].id();
            List<TenantFaults.Down> own = downs.stream().filter(d -> d.tenant().equals(id)).toList();
            if (own.isEmpty()) {
                continue;
            }
            double[] w = new double[3 * own.size()];
            for (int k = 0; k < own.size(); k++) {
                w[3 * k] = own.get(k).fromSecond();
                w[3 * k + 1] = own.get(k).toSecond();
                w[3 * k + 2] = own.get(k).cause().ordinal();
            }
            windows[t] = w;
        }
    }

    static boolean needed(StackContext ctx) {
        return !ctx.spec.faults().tenants().downs().isEmpty();
    }

    @Override
    void accept(int j) {
        double[] w = windows[jobs.tenant[j]];
        if (w != null) {
            double now = sim.now();
            for (int k = 0; k < w.length; k += 3) {
                if (now >= w[k] && now < w[k + 1]) {
                    outer.ended(j, (int) w[k + 2]);
                    return;
                }
            }
        }
        inner.accept(j);
    }
}
