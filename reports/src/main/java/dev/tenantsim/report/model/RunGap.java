package dev.tenantsim.report.model;

/**
 * A run of a comparison that did not complete (a sweep point or variant whose replication failed):
 * the report lists it where its column would be, and it has no outcome.
 *
 * @param variant     the variant or sweep point, as its column would be named
 * @param replication the replication that failed (0-based), or null when the run failed as a whole
 *                    (before any replication ran, or on an engine that runs replications together)
 * @param message     what went wrong, in the words of the failure
 */
public record RunGap(String variant, Integer replication, String message) implements java.io.Serializable {
    public RunGap {
        if (variant == null || message == null) {
            throw new IllegalArgumentException("variant and message (null) must be given");
        }
        if (replication != null && replication < 0) {
            throw new IllegalArgumentException("replication (" + replication + ") must be >= 0");
        }
    }

    /** "point x=1, replication 2: message" — one line of the report and the command's output. */
    public String describe() {
        return variant + (replication == null ? "" : ", replication " + replication) + ": " + message;
    }
}
