package dev.tenantsim.placement.spread;

import dev.tenantsim.placement.CellSpec;
import dev.tenantsim.placement.GreedyPlacement;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.TenantDemand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hash sharding as many platforms do it today: the tenant id is hashed (FNV-1a 64, SplitMix64
 * finaliser) to one of the N cells it is eligible for (residency and tier), in index order. When
 * that shard has no room it probes the next eligible cell, so constraints still hold.
 */
public final class HashStrategy extends GreedyPlacement {
    /** The name used in YAML ({@code placement.strategy}). */
    public static final String NAME = "hash";
    /** Its line in {@code tenantsim list strategies}. */
    public static final String DESCRIPTION = "stack chosen by a hash of the tenant id (stable across runs)";

    public HashStrategy(LoadBasis basis) {
        super(NAME, basis);
    }

    @Override
    protected int[] order(PlacementProblem problem) {
        return indexOrder(problem);
    }

    @Override
    protected Chooser chooser(PlacementProblem problem) {
        return (loads, t) -> {
            List<Integer> shards = new ArrayList<>();
            for (CellSpec c : problem.cells()) {
                if (problem.eligible(t, c)) {
                    shards.add(c.index());
                }
            }
            if (shards.isEmpty()) {
                return -1;
            }
            int home = shardOf(t, shards.size());
            for (int k = 0; k < shards.size(); k++) {
                int c = shards.get((home + k) % shards.size());
                if (loads.fits(t, c)) {
                    return c;
                }
            }
            return -1;
        };
    }

    /** The shard in [0, n) a tenant id hashes to. */
    public static int shardOf(TenantDemand t, int n) {
        long h = 0xcbf29ce484222325L;
        for (byte b : t.id().getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (int) Math.floorMod(h, (long) n);
    }
}
