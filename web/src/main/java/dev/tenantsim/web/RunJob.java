package dev.tenantsim.web;

import dev.tenantsim.scenario.RunProgress;
import java.util.List;
import java.util.Map;

/**
 * One background run of the page: its state, progress and, when done, the report folder it wrote
 * (relative to the work folder's {@code runs/}) and the figures the page shows. Thread-safe: the
 * worker writes, the status endpoint reads.
 */
final class RunJob implements RunProgress {
    enum State { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private volatile State state = State.QUEUED;
    private volatile String phase = "queued";
    private volatile long total;
    private volatile long done;
    private volatile String message;
    private volatile String folder;
    private volatile Map<String, Object> result = Map.of();

    RunJob(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    State state() {
        return state;
    }

    @Override
    public synchronized void start(String what, long totalUnits) {
        phase = what;
        total = Math.max(0, totalUnits);
        done = 0;
    }

    @Override
    public synchronized void advance(long units) {
        done = Math.min(total, done + Math.max(0, units));
    }

    void running() {
        state = State.RUNNING;
        phase = "starting";
    }

    void finished(String reportFolder, Map<String, Object> figures) {
        folder = reportFolder;
        result = Map.copyOf(figures);
        done = total;
        state = State.DONE;
        phase = "done";
    }

    void failed(String why) {
        message = why;
        state = State.FAILED;
        phase = "failed";
    }

    /** Share done, 0 to 1 (1 once finished). */
    synchronized double fraction() {
        if (state == State.DONE) {
            return 1;
        }
        return total == 0 ? 0 : (double) done / total;
    }

    /** The JSON of the status endpoint. */
    Map<String, Object> status() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", id);
        m.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        m.put("phase", phase);
        m.put("progress", fraction());
        if (message != null) {
            m.put("message", message);
        }
        if (folder != null) {
            m.put("report", "/reports/" + folder + "/index.html");
            m.put("folder", "runs/" + folder);
        }
        m.putAll(result);
        return m;
    }

    static List<String> states() {
        return List.of("queued", "running", "done", "failed");
    }
}
