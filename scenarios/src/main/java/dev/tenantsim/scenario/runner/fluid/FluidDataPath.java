package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.engine.fluid.WorkMoments;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.cache.DataAccess;
import dev.tenantsim.engine.platform.cache.StackDataModel;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.workload.Signature;

/**
 * The stacks' data paths in the fluid pass: per stack with a cache or a query-cost law, the same
 * {@link StackDataModel} the request level uses, solved once over the tenants' mean rates (sampled
 * at up to {@value #SAMPLES} minutes of the horizon), and each tenant's work moments through it
 * ({@link WorkMoments#throughData}): app-cache hits skip the database, DB IO per request is the
 * buffer pool's misses, DB CPU and IO follow the query-cost growth. Scans are background jobs,
 * which the fluid pass does not model: their eviction shows in the request-level windows.
 */
final class FluidDataPath {
    static final int SAMPLES = 2_000;

    private FluidDataPath() {
    }

    /** Each tenant's work (by dense index) through its stack's data path. */
    static WorkMoments[] apply(ScenarioModel model, Signature[] sigs, WorkMoments[] work, int horizonMinutes) {
        WorkMoments[] out = work.clone();
        int[] stackOf = model.layout().stackOf();
        var stacks = model.layout().stacks();
        for (int s = 0; s < stacks.size(); s++) {
            StackSpec spec = stacks.get(s).spec();
            if (spec.dataPath().isOff()) {
                continue;
            }
            int count = 0;
            for (int t = 0; t < stackOf.length; t++) {
                count += stackOf[t] == s ? 1 : 0;
            }
            int[] members = new int[count];
            int k = 0;
            for (int t = 0; t < stackOf.length; t++) {
                if (stackOf[t] == s) {
                    members[k++] = t;
                }
            }
            int[] shard = new int[count];
            DataAccess[] access = new DataAccess[count];
            double[] rate = new double[count];
            double[] io = new double[count];
            for (int j = 0; j < count; j++) {
                int t = members[j];
                shard[j] = spec.db().shardOf(model.workload().tenant(t).id());
                access[j] = model.workload().access(t);
                rate[j] = meanRate(sigs[t], horizonMinutes);
                io[j] = work[t].dbIo().mean();
            }
            StackDataModel data = new StackDataModel(spec.dataPath(), spec.db().shards(), shard, access, rate, io);
            for (int j = 0; j < count; j++) {
                out[members[j]] = work[members[j]].throughData(data.appHit(j), data.cpuFactor(j), data.ioFactor(j));
            }
        }
        return out;
    }

    private static double meanRate(Signature sig, int minutes) {
        int samples = Math.min(SAMPLES, Math.max(1, minutes));
        double sum = 0;
        for (int i = 0; i < samples; i++) {
            sum += sig.rate((int) ((long) i * minutes / samples));
        }
        return sum / samples;
    }
}
