/**
 * Sweeps and comparisons as tasks: a {@link dev.tenantsim.scenario.sweep.RunSpec} is one run (the base,
 * a variant or a sweep point) as data — the scenario's text, what to apply over it, the seed — so
 * that any machine can rebuild and run it. {@link dev.tenantsim.scenario.sweep.SweepTasks} splits the
 * runs into (run, replication) tasks, pure functions of their spec, and gathers their results into
 * the outcomes of a comparison; a {@link dev.tenantsim.scenario.sweep.SweepEngine} runs the tasks:
 * the local pool ({@link dev.tenantsim.scenario.sweep.LocalPoolEngine}), or one found by
 * {@link java.util.ServiceLoader} (Apache Spark, in the {@code spark-runner} module).
 */
package dev.tenantsim.scenario.sweep;
