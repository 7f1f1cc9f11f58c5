package dev.tenantsim.engine.kernel.resource;

import java.util.Arrays;

/**
 * Many token buckets, one per key (per-tenant rate limits), on primitive arrays. Same semantics
 * as {@link TokenBucket}; a key without a limit ({@link #unlimit(int)}, the initial state)
 * admits everything.
 */
public final class TokenBuckets {
    private final double[] rate;
    private final double[] burst;
    private final double[] tokens;
    private final double[] last;

    public TokenBuckets(int keyCount) {
        if (keyCount < 1) {
            throw new IllegalArgumentException("keyCount (" + keyCount + ") must be >= 1");
        }
        rate = new double[keyCount];
        burst = new double[keyCount];
        tokens = new double[keyCount];
        last = new double[keyCount];
        Arrays.fill(rate, Double.POSITIVE_INFINITY);
        Arrays.fill(last, Double.NEGATIVE_INFINITY);
    }

    /** Limits {@code key} to {@code ratePerSecond} with bucket size {@code burst}; the bucket starts full. */
    public void limit(int key, double ratePerSecond, double burst) {
        checkKey(key);
        if (!(ratePerSecond > 0) || ratePerSecond == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("rateLimit[" + key + "].rate (" + ratePerSecond + "/s) must be a finite number > 0");
        }
        if (!(burst >= 1) || burst == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("rateLimit[" + key + "].burst (" + burst + ") must be a finite number >= 1");
        }
        this.rate[key] = ratePerSecond;
        this.burst[key] = burst;
        this.tokens[key] = burst;
        this.last[key] = Double.NEGATIVE_INFINITY;
    }

    /** Removes the key's limit. */
    public void unlimit(int key) {
        checkKey(key);
        rate[key] = Double.POSITIVE_INFINITY;
    }

    public boolean isLimited(int key) {
        checkKey(key);
        return rate[key] != Double.POSITIVE_INFINITY;
    }

    public boolean tryAcquire(int key, double now) {
        return tryAcquire(key, now, 1.0);
    }

    public boolean tryAcquire(int key, double now, double n) {
        double r = rate[key];
        if (r == Double.POSITIVE_INFINITY) {
            return true;
        }
        double t = tokens[key];
        double l = last[key];
        if (now > l) {
            if (l != Double.NEGATIVE_INFINITY) {
                t = Math.min(burst[key], t + (now - l) * r);
            }
            last[key] = now;
        } else if (now < l) {
            throw new IllegalArgumentException("now (" + now + ") must not be before the previous call (" + l + ") for key " + key);
        }
        if (t + TokenBucket.EPSILON >= n) {
            tokens[key] = Math.max(0.0, t - n);
            return true;
        }
        tokens[key] = t;
        return false;
    }

    public int keyCount() {
        return rate.length;
    }

    private void checkKey(int key) {
        if (key < 0 || key >= rate.length) {
            throw new IllegalArgumentException("key (" + key + ") must be in 0.." + (rate.length - 1));
        }
    }
}
