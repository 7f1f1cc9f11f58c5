package dev.tenantsim.scenario;

import java.time.Duration;

/**
 * The values an optional key takes when a scenario leaves it out — the one place they are
 * written down (the JSON Schema's descriptions and the README repeat them).
 */
public final class Defaults {
    /** Seed of every random stream when the file gives none: results are still reproducible. */
    public static final long SEED = 1L;
    /** One replication: enough for a first look; use more for intervals. */
    public static final int REPLICATIONS = 1;
    /** Fluid-pass step and the width of per-minute statistics (docs/metrics.md judges SLOs per minute). */
    public static final Duration STEP = Duration.ofMinutes(1);
    /** Engine choice when the horizon names none: request level up to 6 h, fluid pass beyond. */
    public static final String FIDELITY = "auto";

    /** Budgeting method of a tier's SLO when it names none: good one-minute slices, the per-minute rule. */
    public static final String SLO_METHOD = "timeslices";
    /** Errors allowed per minute when a tier's SLO names no error budget. */
    public static final double ERROR_BUDGET = 0.01;
    /** Coefficient of variation of request work when not given (exponential-like). */
    public static final double CV = 1.0;
    /** Arrival pattern of tenants when not given. */
    public static final String PATTERN = "poisson";
    /** Tenant size distribution when not given. */
    public static final String USER_SHAPE = "lognormal";
    /** Placement strategy when not given. */
    public static final String STRATEGY = "round-robin";
    /** Worker queue discipline when not given. */
    public static final String DISCIPLINE = "fifo";
    /** Requests per user per minute for named tenants when neither they nor a generated population say. */
    public static final double REQUESTS_PER_USER_PER_MINUTE = 1.0;

    private Defaults() {
    }
}
