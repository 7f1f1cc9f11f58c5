package dev.tenantsim.placement.spread;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.placement.GreedyPlacement;
import dev.tenantsim.placement.LoadBasis;
import dev.tenantsim.placement.PlacementProblem;
import org.apache.commons.rng.UniformRandomProvider;

/** Tenants in index order, each on a cell drawn uniformly among those that fit (named stream "placement/random"). */
public final class RandomStrategy extends GreedyPlacement {
    /** The name used in YAML ({@code placement.strategy}). */
    public static final String NAME = "random";
    /** Its line in {@code tenantsim list strategies}. */
    public static final String DESCRIPTION = "uniformly random stack, seeded";
    private final long seed;

    public RandomStrategy(LoadBasis basis, long seed) {
        super(NAME, basis);
        this.seed = seed;
    }

    @Override
    protected int[] order(PlacementProblem problem) {
        return indexOrder(problem);
    }

    @Override
    protected Chooser chooser(PlacementProblem problem) {
        UniformRandomProvider rng = RandomStreams.of(seed).stream("placement/random");
        int[] candidates = new int[problem.cells().size()];
        return (loads, t) -> {
            int n = 0;
            for (int c = 0; c < loads.cellCount(); c++) {
                if (loads.fits(t, c)) {
                    candidates[n++] = c;
                }
            }
            return n == 0 ? -1 : candidates[rng.nextInt(n)];
        };
    }
}
