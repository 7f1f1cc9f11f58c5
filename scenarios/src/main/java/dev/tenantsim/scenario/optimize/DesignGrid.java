package dev.tenantsim.scenario.optimize;

import dev.tenantsim.scenario.Problem;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.cost.ScenarioCosts;
import dev.tenantsim.scenario.runner.fluid.HorizonRunner;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.scenario.sweep.Setting;
import dev.tenantsim.scenario.sweep.SweepPoints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid of the axes: every combination (the first axis varying slowest), each point validated as a
 * scenario file is (every bad value reported before anything runs) and priced from its topology.
 */
public final class DesignGrid {
    /** Most points one grid may have. */
    public static final int MAX_POINTS = 5000;

    private DesignGrid() {
    }

    /**
     * @throws IllegalArgumentException when the grid is too large or a path cannot be set
     * @throws ScenarioException every point's problems, each naming the point
     */
    public static List<Candidate> of(ScenarioLoader.Source src, List<Axis> axes) {
        long size = 1;
        for (Axis a : axes) {
            size *= a.values().size();
            if (size > MAX_POINTS) {
                throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points; give fewer values");
            }
        }
        List<Candidate> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] coords = new int[axes.size()];
        for (int i = 0; i < size; i++) {
            int rest = i;
            for (int a = axes.size() - 1; a >= 0; a--) {
                coords[a] = rest % axes.get(a).values().size();
                rest /= axes.get(a).values().size();
            }
            List<Setting> settings = new ArrayList<>();
            List<Integer> cs = new ArrayList<>();
            for (int a = 0; a < axes.size(); a++) {
                settings.add(new Setting(axes.get(a).path(), axes.get(a).values().get(coords[a])));
                cs.add(coords[a]);
            }
            try {
                Scenario s = SweepPoints.scenario(src, settings);
                out.add(new Candidate(i, settings, cs, price(s)));
            } catch (ScenarioException ex) {
                String name = SweepPoints.label(settings);
                ex.problems().forEach(p -> problems.add(new Problem(p.location(), p.path(), p.found(), p.rule() + " (design " + name + ")")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(src.name(), problems.stream().distinct().toList());
        }
        return out;
    }

    /** The monthly bill of materials of the scenario's topology, without simulating (as {@code tenantsim price}). */
    public static BigDecimal price(Scenario s) {
        ScenarioModel m = HorizonRunner.usesFluid(s) ? ScenarioModels.forFluid(s, s.seed()) : ScenarioModels.forRequestLevel(s, s.seed());
        return ScenarioCosts.bill(m).total().toBigDecimal();
    }
}
