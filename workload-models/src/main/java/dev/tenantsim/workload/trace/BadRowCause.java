package dev.tenantsim.workload.trace;

/** Why a row of a trace was rejected (counted per cause in {@link TraceReadReport}). */
public enum BadRowCause {
    /** A cell that is not a number. */
    NOT_A_NUMBER,
    /** The literal NaN or an infinity. */
    NAN_OR_INFINITE,
    /** A negative value (every metric is ≥ 0). */
    NEGATIVE,
    /** A tenant's timestamp not later than its previous one. */
    TIME_NOT_INCREASING,
    /** A timestamp that cannot be parsed. */
    BAD_TIMESTAMP,
    /** A row without a tenant id. */
    MISSING_TENANT,
    /** A row with more or fewer cells than the header. */
    WRONG_COLUMN_COUNT,
    /** A row split by another delimiter than the format's. */
    WRONG_DELIMITER,
    /**
     * The file ends early: a gzip stream cut off or corrupt, or a JSON document that stops inside
     * its structure. Nothing after it can be read; lenient counts it and keeps the rows before.
     */
    TRUNCATED,
    /** A header column the format does not know (always fatal: the file cannot be read). */
    UNKNOWN_COLUMN,
    /** A header that is missing or not the format's (always fatal). */
    BAD_HEADER
}
