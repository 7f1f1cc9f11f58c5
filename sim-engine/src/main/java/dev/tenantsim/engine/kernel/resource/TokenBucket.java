package dev.tenantsim.engine.kernel.resource;

/**
 * A token bucket rate limiter: tokens accrue at {@code ratePerSecond} up to {@code burst}; a
 * request takes tokens if enough are there, else it is rejected. Starts full. Pure arithmetic:
 * the caller passes the current time (seconds, never decreasing), so it needs no simulation.
 *
 * <p>Exactness: over any interval [0, T] starting full, the admitted tokens never exceed
 * {@code burst + rate * T}, and a saturating load gets exactly that (rounded down to whole
 * requests). To keep floating-point accrual from losing a request at an exact boundary (0.1
 * accrued ten times is 0.9999999999999999), a deficit below {@link #EPSILON} tokens counts as
 * zero.
 */
public final class TokenBucket {
    /** Token deficit treated as rounding noise. */
    public static final double EPSILON = 1e-9;

    private final double rate;
    private final double burst;
    private double tokens;
    private double last;

    /**
     * @param ratePerSecond tokens added per second (&gt; 0)
     * @param burst         bucket size in tokens (&gt;= 1, so one request can pass)
     */
    public TokenBucket(double ratePerSecond, double burst) {
        if (!(ratePerSecond > 0) || ratePerSecond == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("rateLimit.rate (" + ratePerSecond + "/s) must be a finite number > 0");
        }
        if (!(burst >= 1) || burst == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("rateLimit.burst (" + burst + ") must be a finite number >= 1");
        }
        this.rate = ratePerSecond;
        this.burst = burst;
        this.tokens = burst;
        this.last = Double.NEGATIVE_INFINITY;
    }

    /** Takes one token at time {@code now} if available. */
    public boolean tryAcquire(double now) {
        return tryAcquire(now, 1.0);
    }

    /** Takes {@code n} tokens at time {@code now} if available; otherwise takes nothing. */
    public boolean tryAcquire(double now, double n) {
        refill(now);
        if (tokens + EPSILON >= n) {
            tokens = Math.max(0.0, tokens - n);
            return true;
        }
        return false;
    }

    /**
     * Earliest time {@code >= now} at which {@code n} tokens will be available (for a limiter
     * that delays instead of rejecting); +Infinity if {@code n > burst}. Takes nothing.
     */
    public double availableAt(double now, double n) {
        refill(now);
        if (n > burst + EPSILON) {
            return Double.POSITIVE_INFINITY;
        }
        double missing = n - tokens;
        return missing <= EPSILON ? now : now + missing / rate;
    }

    /** Tokens in the bucket at time {@code now}. */
    public double tokens(double now) {
        refill(now);
        return tokens;
    }

    public double rate() {
        return rate;
    }

    public double burst() {
        return burst;
    }

    private void refill(double now) {
        if (now > last) {
            if (last != Double.NEGATIVE_INFINITY) {
                tokens = Math.min(burst, tokens + (now - last) * rate);
            }
            last = now;
        } else if (now < last) {
            throw new IllegalArgumentException("now (" + now + ") must not be before the previous call (" + last + ")");
        }
    }
}
