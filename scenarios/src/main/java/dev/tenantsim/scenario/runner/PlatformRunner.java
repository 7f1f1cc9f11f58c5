package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.PlatformSimulator;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.engine.platform.metrics.TenantMeasure;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioRunner;
import dev.tenantsim.scenario.runner.cost.UpliftSheets;
import dev.tenantsim.scenario.runner.model.RequestSpan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The request-level runner: the platform model's discrete-event simulation of every request
 * (edge → app → DB connection → DB CPU and IO → response, with quotas, timeouts, retries and
 * worker disciplines) over the scenario's horizon, or over its report windows when the horizon
 * is longer than four hours and the scenario's fidelity is not {@code request} ({@link RequestSpans}).
 *
 * <p>Replication {@code r} runs on {@code RandomStreams.of(seed).replication(r)}; streams are
 * named by tenant id, so variants of a scenario run with the same seed see the same arrivals and
 * work (common random numbers). After the replications, the {@link NoisyNeighbors#TOP_K} tenants
 * most affected get solo runs for their noisy-neighbor impact. The cost model then prices the
 * topology and attributes it ({@code ScenarioCosts}). The results become {@link Measurements} and
 * {@link OutcomeAssembler#assemble} maps them into a {@link RunOutcome}.
 */
public final class PlatformRunner implements ScenarioRunner {
    /** Tenants given solo runs for their noisy-neighbor impact, by default. */
    public static final int NOISY_TOP_K = NoisyNeighbors.TOP_K;

    private final int threads;
    private final int noisyTopK;

    /** Stacks on as many threads as the machine has cores; the result does not depend on it. */
    public PlatformRunner() {
        this(Runtime.getRuntime().availableProcessors(), NoisyNeighbors.TOP_K);
    }

    public PlatformRunner(int threads, int noisyTopK) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        if (noisyTopK < 0) {
            throw new IllegalArgumentException("noisyTopK (" + noisyTopK + ") must be >= 0");
        }
        this.threads = threads;
        this.noisyTopK = noisyTopK;
    }

    @Override
    public String name() {
        return "platform model: request-level DES";
    }

    @Override
    public RunOutcome run(Scenario s, long seed, int replications, RunProgress progress) {
        return runMeasured(s, seed, replications, progress).outcome();
    }

    /** The run, with the measurements of each replication that {@link OutcomeAssembler} read. */
    public MeasuredOutcome runMeasured(Scenario s, long seed, int replications, RunProgress progress) {
        if (replications < 1) {
            throw new RunFailedException("replications (" + replications + ") must be >= 1");
        }
        Prepared p = prepare(s, seed);
        int k = Math.min(noisyTopK, p.model().tenantCount());
        progress.start("simulating " + s.name(), (long) replications * (1 + k));
        List<Results> runs = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            runs.add(simulate(p, seed, r));
            progress.advance(1);
        }
        return finish(s, p, seed, runs, progress);
    }

    /**
     * Replication {@code r} alone: a pure function of (scenario, seed, r), so replications may run
     * anywhere, in any order ({@code spark-runner} runs one per task); {@link #assemble} then gives
     * the same outcome as {@link #run}.
     */
    public Results replication(Scenario s, long seed, int r) {
        if (r < 0) {
            throw new IllegalArgumentException("replication (" + r + ") must be >= 0");
        }
        return simulate(prepare(s, seed), seed, r);
    }

    /**
     * The run from its replications ({@code runs.get(r)} is {@link #replication}{@code (s, seed, r)}):
     * the solo runs of the tenants most affected, the cost and the outcome, equal to {@link #run}'s.
     */
    public MeasuredOutcome assemble(Scenario s, long seed, List<Results> runs, RunProgress progress) {
        if (runs.isEmpty()) {
            throw new RunFailedException("replications (0) must be >= 1");
        }
        Prepared p = prepare(s, seed);
        progress.start("solo runs of " + s.name(), (long) runs.size() * Math.min(noisyTopK, p.model().tenantCount()));
        return finish(s, p, seed, List.copyOf(runs), progress);
    }

    /** What every replication of a run shares, built from the scenario and seed alone. */
    private record Prepared(ScenarioModel model, List<String> notes, RequestSpan span, PlatformScenario ps) {
    }

    private static Prepared prepare(Scenario s, long seed) {
        ScenarioModel model = ScenarioModels.forRequestLevel(s, seed);
        List<String> notes = new ArrayList<>(model.notes());
        RequestSpan span = RequestSpans.of(s, notes);
        try {
            return new Prepared(model, notes, span, model.platformScenario(span));
        } catch (IllegalArgumentException e) {
            throw ScenarioException.of(s.name(), e.getMessage());
        }
    }

    private Results simulate(Prepared p, long seed, int r) {
        try {
            return PlatformSimulator.run(p.ps(), RandomStreams.of(seed).replication(r), threads);
        } catch (OutOfMemoryError e) {
            throw new RunFailedException("the run needs more memory than the JVM has (" + p.model().tenantCount() + " tenants x "
                    + p.span().minutes() + " min); shorten the span (report windows, a shorter horizon, or --fidelity fluid) or raise -Xmx");
        }
    }

    private MeasuredOutcome finish(Scenario s, Prepared p, long seed, List<Results> runs, RunProgress progress) {
        RandomStreams root = RandomStreams.of(seed);
        int k = Math.min(noisyTopK, p.model().tenantCount());
        int replications = runs.size();
        NoisyNeighbors.Solo solo = NoisyNeighbors.measure(p.ps(), runs, root, k, progress);
        progress.done();

        ScenarioModel model = p.model();
        RequestSpan span = p.span();
        List<Measurements> measured = Measurements.of(runs, span.fromMinute());
        var extras = OutcomeAssembler.Extras.requestLevel(name(), seed, replications, p.notes(), caveats(measured, k), solo.impact(),
                cost -> UpliftSheets.of(model, span, runs, solo.runs(), cost));
        return new MeasuredOutcome(OutcomeAssembler.assemble(s, model, measured, extras), measured);
    }

    private static List<String> caveats(List<Measurements> runs, int k) {
        List<String> notes = new ArrayList<>();
        long inFlight = 0;
        long killed = 0;
        for (Measurements r : runs) {
            for (TenantMeasure t : r.tenants()) {
                inFlight += (long) t.unfinishedAtEnd();
                killed += t.jobs().queriesKilled();
            }
        }
        if (inFlight > 0) {
            notes.add(String.format(Locale.ROOT, "%,d requests per replication were still in flight when the span ended: they have"
                    + " no latency and no error (docs/metrics.md: only completed requests have a latency).", inFlight / runs.size()));
        }
        if (killed > 0) {
            notes.add(String.format(Locale.ROOT, "Statement timeouts killed %,d background-job queries per replication.",
                    killed / runs.size()));
        }
        notes.add("Latency percentiles come from per-tenant HdrHistograms within 1% relative error; across replications each is"
                + " the mean, p99 with its Student-t 95% half-width. Shares of tenants (blast radius, windows) are means over"
                + " replications; the aggressor (excluded) is the tenant the incidents name.");
        if (k > 0) {
            notes.add("Noisy-neighbor impact was measured for the " + k + " tenants most affected (solo runs on a copy of their"
                    + " stack with the same arrivals); the others show none.");
        }
        return notes;
    }
}
