package dev.tenantsim.engine.platform;

/**
 * What a tenant's clients do when an attempt fails (an error response or their own timeout).
 *
 * @param kind        no retries, naive immediate retries, or bounded exponential backoff with
 *                    full jitter (delay uniform in [0, min(maxDelay, baseDelay * 2^(k-1))) before
 *                    retry k)
 * @param maxAttempts attempts per request including the first ({@code >= 1})
 * @param baseDelay   seconds, backoff only
 * @param maxDelay    seconds, backoff only
 */
public record RetryPolicy(Kind kind, int maxAttempts, double baseDelay, double maxDelay) {
    public enum Kind { NONE, IMMEDIATE, BACKOFF_JITTER }

    public static final RetryPolicy NONE = new RetryPolicy(Kind.NONE, 1, 0, 0);

    public RetryPolicy {
        if (kind == null) {
            throw new IllegalArgumentException("retry.kind (null) must be one of NONE, IMMEDIATE, BACKOFF_JITTER");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry.maxAttempts (" + maxAttempts + ") must be >= 1");
        }
        if (!(baseDelay >= 0) || Double.isInfinite(baseDelay)) {
            throw new IllegalArgumentException("retry.baseDelay (" + baseDelay + ") must be a finite duration >= 0 s");
        }
        if (!(maxDelay >= baseDelay) || Double.isInfinite(maxDelay)) {
            throw new IllegalArgumentException("retry.maxDelay (" + maxDelay + ") must be finite and >= baseDelay (" + baseDelay + ")");
        }
        if (kind == Kind.NONE && maxAttempts != 1) {
            throw new IllegalArgumentException("retry.maxAttempts (" + maxAttempts + ") must be 1 when kind is NONE");
        }
    }

    /** Naive clients: retry at once, up to {@code maxAttempts} attempts in all. */
    public static RetryPolicy immediate(int maxAttempts) {
        return new RetryPolicy(Kind.IMMEDIATE, maxAttempts, 0, 0);
    }

    /** Exponential backoff with full jitter. */
    public static RetryPolicy backoffWithJitter(int maxAttempts, double baseDelay, double maxDelay) {
        return new RetryPolicy(Kind.BACKOFF_JITTER, maxAttempts, baseDelay, maxDelay);
    }

    /**
     * Delay before retry number {@code retry} (1 for the first retry), given a uniform draw
     * {@code u} in [0, 1).
     */
    public double delay(int retry, double u) {
        if (kind != Kind.BACKOFF_JITTER) {
            return 0;
        }
        double cap = Math.min(maxDelay, baseDelay * Math.pow(2, retry - 1));
        return u * cap;
    }
}
