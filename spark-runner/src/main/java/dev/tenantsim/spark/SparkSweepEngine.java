package dev.tenantsim.spark;

import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.sweep.SweepEngine;
import dev.tenantsim.scenario.sweep.SweepTask;
import dev.tenantsim.scenario.sweep.TaskResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The tasks of a sweep on Apache Spark: one Spark task per sweep task (a (run, replication) pair, or
 * an assembly), each run on an executor by {@link TaskResult#of}, so a failing task comes back as a
 * failure and the job goes on; results are collected and put back in task order, so the outcome
 * does not depend on where or in what order the tasks ran.
 *
 * <p>The master is the one {@code spark-submit} (or {@code -Dspark.master=…}) gives, else an
 * embedded {@code local[*]}. Where executors find the scenario's files: {@code spark.tenantsim.files}
 * unset — the path the driver read them from (a local run, or a path mounted everywhere);
 * {@code shipped} — the folder {@code --files} copied them to on each executor
 * ({@code SparkFiles.getRootDirectory()}); any other value — that folder on every executor.
 */
public final class SparkSweepEngine implements SweepEngine {
    public static final String NAME = "spark";
    public static final String DESCRIPTION = "Apache Spark: an embedded local[*], or the master spark-submit names; one task per (run, replication)";
    /** The Spark setting naming where executors read the scenario's files. */
    public static final String FILES = "spark.tenantsim.files";

    private final String master;
    private final TaskOrder order;
    private JavaSparkContext context;

    /** How tasks are handed to Spark: as given, or reversed (a test that the result does not depend on it). */
    public enum TaskOrder { AS_GIVEN, REVERSED }

    /** The engine {@code --engine spark} finds. */
    public SparkSweepEngine() {
        this(null, TaskOrder.AS_GIVEN);
    }

    /** @param master a Spark master URL ({@code local[2]}), or null for the configured one */
    public SparkSweepEngine(String master, TaskOrder order) {
        this.master = master;
        this.order = order;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public <T extends Serializable> List<TaskResult<T>> runAll(List<? extends SweepTask<T>> tasks, RunProgress progress) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        JavaSparkContext sc = context(progress);
        List<Indexed<T>> indexed = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            indexed.add(new Indexed<>(i, tasks.get(i)));
        }
        if (order == TaskOrder.REVERSED) {
            java.util.Collections.reverse(indexed);
        }
        String files = sc.getConf().get(FILES, null);
        List<Indexed<T>> back;
        try {
            back = sc.parallelize(indexed, indexed.size()).map(t -> t.run(files)).collect();
        } catch (RuntimeException e) {
            throw new RunFailedException("the Spark job failed (" + sc.master() + "): " + rootMessage(e), e);
        }
        @SuppressWarnings("unchecked")
        TaskResult<T>[] out = new TaskResult[tasks.size()];
        for (Indexed<T> r : back) {
            out[r.index()] = r.result();
        }
        return Arrays.asList(out);
    }

    /** A task with its place in the list, and once run, its result. */
    record Indexed<T extends Serializable>(int index, SweepTask<T> task, TaskResult<T> result) implements Serializable {
        Indexed(int index, SweepTask<T> task) {
            this(index, task, null);
        }

        /** Runs on an executor; {@code files} is {@link #FILES}' value. */
        Indexed<T> run(String files) {
            SweepTask<T> t = task;
            if ("shipped".equals(files)) {
                t = t.withBaseDir(java.nio.file.Path.of(org.apache.spark.SparkFiles.getRootDirectory()));
            } else if (files != null && !files.isBlank()) {
                t = t.withBaseDir(java.nio.file.Path.of(files));
            }
            return new Indexed<>(index, null, TaskResult.of(t));
        }
    }

    private synchronized JavaSparkContext context(RunProgress progress) {
        if (context == null) {
            SparkConf conf = new SparkConf().setAppName("tenantsim sweep");
            String m = master != null ? master : conf.get("spark.master", System.getProperty("spark.master", "local[*]"));
            conf.setMaster(m);
            if (m.startsWith("local")) {
                conf.setIfMissing("spark.ui.enabled", "false");
                conf.setIfMissing("spark.driver.host", "127.0.0.1");
                conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            }
            try {
                context = new JavaSparkContext(conf);
            } catch (RuntimeException e) {
                throw new RunFailedException("Spark could not start with master " + m + ": " + rootMessage(e), e);
            }
            context.setLogLevel("ERROR");
            context.sc().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    synchronized (progress) {
                        progress.advance(1);
                    }
                }
            });
        }
        return context;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
