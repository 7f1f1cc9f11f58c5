package dev.tenantsim.engine.platform;

/**
 * A tenant's background jobs: how many were submitted and finished, how long they took from
 * submission to the end of their last part (seconds), and how many of their queries a statement
 * timeout killed.
 */
public record JobStats(long submitted, long completed, double meanSojourn, double maxSojourn, long queriesKilled) implements java.io.Serializable {
    public static final JobStats NONE = new JobStats(0, 0, Double.NaN, Double.NaN, 0);
}
