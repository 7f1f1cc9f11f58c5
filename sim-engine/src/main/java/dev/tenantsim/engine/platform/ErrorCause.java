package dev.tenantsim.engine.platform;

/** Why a request failed; failed requests count in the error rate, never in latency percentiles. */
public enum ErrorCause {
    /** 429 at the edge: the tenant's token bucket was empty or its concurrency cap reached. */
    RATE_LIMITED,
    /** Admission control rejected it because the stack's accept queue was too long. */
    SHED,
    /** No DB connection within the pool wait timeout. */
    POOL_TIMEOUT,
    /** The query ran past its statement timeout and was killed. */
    STATEMENT_TIMEOUT,
    /** A circuit breaker on the request's way was open: the tenant's towards the DB, or one towards a dependency. */
    CIRCUIT_OPEN,
    /** The client gave up waiting (the server may still be working on it). */
    CLIENT_TIMEOUT,
    /** A synchronous call to a dependency (email, object storage, KMS, search) failed. */
    DEPENDENCY_ERROR,
    /** A write waited for a shared lock (held by a long statement) past the lock-wait timeout. */
    LOCK_TIMEOUT,
    /** The stack was down (a stack outage of the scenario's timeline): the request failed on arrival. */
    STACK_DOWN,
    /**
     * No route: the tenant's tenant→cell mapping could not be resolved (the control plane was down and
     * its cached mapping had expired, or the lookup sits on the request path).
     */
    NO_ROUTE;

    private static final ErrorCause[] VALUES = values();

    public static ErrorCause of(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }
}
