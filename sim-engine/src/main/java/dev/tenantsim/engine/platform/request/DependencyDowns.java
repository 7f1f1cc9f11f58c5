package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.Dependency;
import dev.tenantsim.engine.platform.TenantFaults;
import java.util.List;

/**
 * The stack's dependency outages ({@link TenantFaults#dependencyDowns()}) by (local tenant,
 * dependency): a call that ends inside one fails, whatever its failure draw said (which is still
 * drawn, so the other calls keep their random numbers). {@link #down} is false at once on a stack
 * without any.
 */
final class DependencyDowns {
    private final int count;
    /** Per (tenant t, dependency d) at t * count + d: from, to pairs (null: none). */
    private final double[][] windows;
    private final boolean any;

    DependencyDowns(StackContext ctx, List<Dependency> deps) {
        count = deps.size();
        TenantTable table = ctx.tenants;
        List<TenantFaults.DependencyDown> downs = ctx.spec.faults().tenants().dependencyDowns();
        windows = new double[downs.isEmpty() ? 0 : table.n * count][];
        boolean found = false;
        for (TenantFaults.DependencyDown dd : downs) {
            for (int d = 0; d < count; d++) {
                if (!deps.get(d).name().equals(dd.dependency())) {
                    continue;
                }
                for (int t = 0; t < table.n; t++) {
                    if (dd.tenant() == null || dd.tenant().equals(table.load[t].id())) {
                        double[] old = windows[t * count + d];
                        double[] w = old == null ? new double[2] : java.util.Arrays.copyOf(old, old.length + 2);
                        w[w.length - 2] = dd.fromSecond();
                        w[w.length - 1] = dd.toSecond();
                        windows[t * count + d] = w;
                        found = true;
                    }
                }
            }
        }
        any = found;
    }

    /** Whether tenant t's call to dependency d ending at {@code now} fails because the dependency is down for it. */
    boolean down(int t, int d, double now) {
        if (!any) {
            return false;
        }
        double[] w = windows[t * count + d];
        if (w == null) {
            return false;
        }
        for (int k = 0; k < w.length; k += 2) {
            if (now >= w[k] && now < w[k + 1]) {
                return true;
            }
        }
        return false;
    }
}
