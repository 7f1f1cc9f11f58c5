package dev.tenantsim.scenario.sweep;

import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.report.model.RunGap;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.runner.PlatformRunner;
import dev.tenantsim.scenario.runner.fluid.HorizonRunner;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison's runs as tasks, and their results gathered back. A request-level run becomes one
 * task per replication ({@link PlatformRunner#replication}: a pure function of the spec and the
 * replication), then one task that assembles them ({@link PlatformRunner#assemble}: the solo runs
 * of the tenants most affected, the cost, the outcome); a run through the fluid pass, whose
 * replications are its windows', is one task. What a run gives is equal, field by field, to
 * {@link HorizonRunner#run} of its scenario, whichever engine ran the tasks and in whatever order.
 *
 * <p>A run with a failed task has no outcome: each failure becomes a {@link RunGap} naming the run,
 * the replication (null for the fluid task and the assembly) and the message.
 */
public final class SweepTasks {
    private SweepTasks() {
    }

    /** The outcomes of the runs that completed (labelled, in run order) and the gaps of those that did not. */
    public record Gathered(List<RunOutcome> outcomes, List<RunGap> gaps) {
        public Gathered {
            outcomes = List.copyOf(outcomes);
            gaps = List.copyOf(gaps);
        }
    }

    /** Replication {@code r} of a request-level run. */
    record Replication(RunSpec spec, int r) implements SweepTask<Serializable> {
        @Override
        public Serializable call() {
            return runner().replication(spec.scenario(), spec.seed(), r);
        }

        @Override
        public SweepTask<Serializable> withBaseDir(Path dir) {
            return new Replication(spec.withSource(spec.source().withBaseDir(dir)), r);
        }
    }

    /** A run through the fluid pass, whole (its request-level windows run their replications inside). */
    record Whole(RunSpec spec) implements SweepTask<Serializable> {
        @Override
        public Serializable call() {
            return new HorizonRunner(runner()).run(spec.scenario(), spec.seed(), spec.replications(), RunProgress.NONE)
                    .withVariant(spec.label());
        }

        @Override
        public SweepTask<Serializable> withBaseDir(Path dir) {
            return new Whole(spec.withSource(spec.source().withBaseDir(dir)));
        }
    }

    /** The outcome of a request-level run from its replications. */
    record Assembly(RunSpec spec, List<Results> runs) implements SweepTask<RunOutcome> {
        Assembly {
            runs = List.copyOf(runs);
        }

        @Override
        public RunOutcome call() {
            return runner().assemble(spec.scenario(), spec.seed(), runs, RunProgress.NONE).outcome().withVariant(spec.label());
        }

        @Override
        public SweepTask<RunOutcome> withBaseDir(Path dir) {
            return new Assembly(spec.withSource(spec.source().withBaseDir(dir)), runs);
        }
    }

    /** Whether the run goes through the fluid pass; a spec that does not build is split, and each of its tasks says why. */
    private static boolean throughFluid(RunSpec s) {
        try {
            return HorizonRunner.usesFluid(s.scenario());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int countTrue(boolean[] a) {
        int n = 0;
        for (boolean b : a) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** One thread per task: the tasks are the parallelism (the result does not depend on it). */
    private static PlatformRunner runner() {
        return new PlatformRunner(1, PlatformRunner.NOISY_TOP_K);
    }

    /** Runs every spec on {@code engine}: the replications (and fluid runs) first, then the assemblies. */
    public static Gathered run(List<RunSpec> specs, SweepEngine engine, RunProgress progress) {
        List<SweepTask<Serializable>> first = new ArrayList<>();
        int[] firstOf = new int[specs.size()];
        boolean[] whole = new boolean[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            RunSpec s = specs.get(i);
            firstOf[i] = first.size();
            whole[i] = throughFluid(s);
            if (whole[i]) {
                first.add(new Whole(s));
            } else {
                for (int r = 0; r < s.replications(); r++) {
                    first.add(new Replication(s, r));
                }
            }
        }
        List<Assembly> second = new ArrayList<>();
        List<Integer> secondOf = new ArrayList<>();
        progress.start("running " + specs.size() + " runs as " + first.size() + " tasks on " + engine.name(),
                first.size() + (long) specs.size() - countTrue(whole));
        List<TaskResult<Serializable>> done = engine.runAll(first, progress);
        RunOutcome[] outcomes = new RunOutcome[specs.size()];
        List<List<RunGap>> gaps = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            RunSpec s = specs.get(i);
            List<RunGap> mine = new ArrayList<>();
            if (whole[i]) {
                TaskResult<Serializable> t = done.get(firstOf[i]);
                if (t.failed()) {
                    mine.add(new RunGap(s.label(), null, t.failure()));
                } else {
                    outcomes[i] = (RunOutcome) t.value();
                }
            } else {
                List<Results> runs = new ArrayList<>();
                for (int r = 0; r < s.replications(); r++) {
                    TaskResult<Serializable> t = done.get(firstOf[i] + r);
                    if (t.failed()) {
                        mine.add(new RunGap(s.label(), r, t.failure()));
                    } else {
                        runs.add((Results) t.value());
                    }
                }
                if (mine.isEmpty()) {
                    second.add(new Assembly(s, runs));
                    secondOf.add(i);
                }
            }
            gaps.add(mine);
        }
        List<TaskResult<RunOutcome>> assembled = engine.runAll(second, progress);
        for (int j = 0; j < second.size(); j++) {
            int i = secondOf.get(j);
            TaskResult<RunOutcome> t = assembled.get(j);
            if (t.failed()) {
                gaps.get(i).add(new RunGap(specs.get(i).label(), null, t.failure()));
            } else {
                outcomes[i] = t.value();
            }
        }
        progress.done();
        List<RunOutcome> ok = new ArrayList<>();
        List<RunGap> missing = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (outcomes[i] != null) {
                ok.add(outcomes[i]);
            }
            missing.addAll(gaps.get(i));
        }
        return new Gathered(ok, missing);
    }
}
