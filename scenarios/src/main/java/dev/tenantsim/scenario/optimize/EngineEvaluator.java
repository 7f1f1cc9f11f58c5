package dev.tenantsim.scenario.optimize;

import dev.tenantsim.report.model.RunGap;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.sweep.RunSpec;
import dev.tenantsim.scenario.sweep.ScenarioText;
import dev.tenantsim.scenario.sweep.SweepEngine;
import dev.tenantsim.scenario.sweep.SweepTasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs grid points as sweep tasks on a {@link SweepEngine} (the local pool or Spark, as {@code sweep} does):
 * replication {@code r} of a point is a one-replication run at seed {@code seed + r}.
 */
public final class EngineEvaluator implements Evaluator {
    private final ScenarioText text;
    private final String fidelity;
    private final long seed;
    private final SweepEngine engine;
    private final RunProgress progress;

    /** @param fidelity the {@code --fidelity} over the file's, or null */
    public EngineEvaluator(ScenarioText text, String fidelity, long seed, SweepEngine engine, RunProgress progress) {
        this.text = text;
        this.fidelity = fidelity;
        this.seed = seed;
        this.engine = engine;
        this.progress = progress;
    }

    @Override
    public List<Runs> run(List<Candidate> points, int from, int to) {
        List<RunSpec> specs = new ArrayList<>();
        for (Candidate c : points) {
            for (int r = from; r < to; r++) {
                specs.add(new RunSpec(label(c, r), text, null, c.settings(), fidelity, seed + r, 1));
            }
        }
        SweepTasks.Gathered g = SweepTasks.run(specs, engine, progress);
        Map<String, RunOutcome> byLabel = new HashMap<>();
        g.outcomes().forEach(o -> byLabel.put(o.info().variant(), o));
        Map<String, String> failures = new HashMap<>();
        for (RunGap gap : g.gaps()) {
            failures.putIfAbsent(gap.variant(), gap.message());
        }
        List<Runs> out = new ArrayList<>();
        for (Candidate c : points) {
            List<RunOutcome> mine = new ArrayList<>();
            String failure = null;
            for (int r = from; r < to; r++) {
                String l = label(c, r);
                if (byLabel.containsKey(l)) {
                    mine.add(byLabel.get(l));
                } else if (failure == null) {
                    failure = "replication " + r + ": " + failures.getOrDefault(l, "no outcome");
                }
            }
            out.add(new Runs(mine, failure));
        }
        return out;
    }

    private static String label(Candidate c, int r) {
        return c.label() + " #" + r;
    }
}
