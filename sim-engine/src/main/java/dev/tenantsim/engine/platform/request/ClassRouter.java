package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.Routing;
import dev.tenantsim.engine.platform.StackSpec;
import java.util.Map;

/**
 * Where an attempt's database work goes, by its class's route: the primary ({@code inner}, the
 * {@link DataTier}), the read replica or a separate store ({@link SideDatabase}s, whose ends come
 * back through here). Writes and background queries always go to the primary. In the chain only
 * when the stack's {@link Routing} has other routes.
 */
final class ClassRouter extends Stage {
    private final JobSlots jobs;
    private final int[] route;
    private final SideDatabase[] side;

    ClassRouter(StackContext ctx, ClassMix mix) {
        jobs = ctx.jobs;
        route = mix.route;
        Routing r = ctx.spec.routing();
        side = new SideDatabase[r.routes().size() - 1];
        int i = 0;
        if (r.replica() != null) {
            side[i++] = new SideDatabase(ctx, Routing.REPLICA, r.replica(), true);
        }
        for (Map.Entry<String, StackSpec.Database> e : r.stores().entrySet()) {
            side[i++] = new SideDatabase(ctx, e.getKey(), e.getValue(), false);
        }
        for (SideDatabase s : side) {
            s.outer = this;
        }
    }

    /** Whether a stack with this routing needs a router: it has a route other than the primary. */
    static boolean needed(Routing r) {
        return r.routes().size() > 1;
    }

    @Override
    void accept(int j) {
        int k = jobs.cls[j];
        int r = k < 0 || jobs.write[j] ? 0 : route[k];
        if (r == 0) {
            inner.accept(j);
        } else {
            side[r - 1].accept(j);
        }
    }
}
