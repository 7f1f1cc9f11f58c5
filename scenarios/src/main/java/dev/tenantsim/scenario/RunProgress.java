package dev.tenantsim.scenario;

/**
 * How a runner reports progress: a total amount of work, then increments. The command line shows
 * it as a progress bar with ETA; tests and scripts pass {@link #NONE}.
 */
public interface RunProgress {
    RunProgress NONE = new RunProgress() {
        @Override
        public void start(String what, long totalUnits) {
        }

        @Override
        public void advance(long units) {
        }
    };

    /** Announces a phase of {@code totalUnits} units (e.g. simulated minutes × replications). */
    void start(String what, long totalUnits);

    void advance(long units);

    /** The phase finished. */
    default void done() {
    }
}
