package dev.tenantsim.engine.platform.metrics;

import java.util.List;

/**
 * Load share (docs/metrics.md): a tenant's share of the load on its own stack, from its mean load
 * over replications; the shares of one stack's tenants sum to 1 (a stack without load: all 0).
 */
public final class LoadShares {
    private LoadShares() {
    }

    /** Per tenant (dense index), its share of its stack's load. */
    public static double[] of(List<Measurements> replications) {
        Measurements first = replications.get(0);
        double[] load = Replicated.meanLoad(replications);
        double[] stackLoad = new double[first.stacks().size()];
        for (int i = 0; i < load.length; i++) {
            stackLoad[first.tenant(i).stack()] += load[i];
        }
        double[] share = new double[load.length];
        for (int i = 0; i < load.length; i++) {
            int st = first.tenant(i).stack();
            share[i] = stackLoad[st] > 0 ? load[i] / stackLoad[st] : 0;
        }
        return share;
    }
}
