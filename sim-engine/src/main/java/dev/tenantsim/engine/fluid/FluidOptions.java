package dev.tenantsim.engine.fluid;

/**
 * Options of a fluid run. Start from {@link #defaults(int)} and change what you need with the
 * {@code with...} methods.
 *
 * @param horizonMinutes length of the horizon in minutes (a quarter is 129,600)
 * @param stepSeconds step of the pass, a positive multiple of 60 (default 60)
 * @param seriesSteps steps per point of the kept utilization series (default 60: hourly mean and
 *     max per stack and resource); memory is {@code horizon / seriesSteps} points per stack
 * @param windowSteps length of a candidate busiest window in steps (default 60)
 * @param busiestWindows how many busiest windows to report over all stacks (default 10)
 * @param threads worker threads; 0 means {@code min(stacks, available processors)}
 * @param quantile the tail quantile reported per tenant (default 0.99)
 * @param rhoClip utilization at which waiting-time formulas are evaluated at most (default 0.99);
 *     above it the backlog, not the stationary formula, carries the delay
 * @param minRequestsPerMinute below this many served requests a minute is judged on errors only
 *     (docs/metrics.md, default 20)
 * @param erlangTableSize grid points of the Erlang C table of large stations (default 4096)
 * @param exactErlangMaxServers stations with at most this many servers get exact Erlang C at every
 *     step (default 64)
 * @param maxBlockValues largest number of rates buffered per stack at once (default 65,536: half a megabyte, so the block stays in cache)
 * @param seed seed of the draws that decide, minute by minute, whether a tenant whose minute has a
 *     chance of violating its SLO did (one stream per stack, so the result does not depend on threads)
 */
public record FluidOptions(int horizonMinutes, int stepSeconds, int seriesSteps, int windowSteps,
                           int busiestWindows, int threads, double quantile, double rhoClip,
                           double minRequestsPerMinute, int erlangTableSize, int exactErlangMaxServers,
                           int maxBlockValues, long seed) {

    /** Minutes in a 90-day quarter. */
    public static final int QUARTER_MINUTES = 90 * 24 * 60;

    public FluidOptions {
        positive("horizonMinutes", horizonMinutes);
        positive("stepSeconds", stepSeconds);
        if (stepSeconds % 60 != 0) {
            throw new IllegalArgumentException("stepSeconds (" + stepSeconds + ") must be a multiple of 60");
        }
        if ((horizonMinutes * 60L) % stepSeconds != 0) {
            throw new IllegalArgumentException("horizonMinutes (" + horizonMinutes
                    + ") must be a whole number of steps of " + stepSeconds + " s");
        }
        positive("seriesSteps", seriesSteps);
        positive("windowSteps", windowSteps);
        if (busiestWindows < 0) {
            throw new IllegalArgumentException("busiestWindows (" + busiestWindows + ") must be >= 0");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 0 (0 = automatic)");
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("quantile (" + quantile + ") must be in (0, 1)");
        }
        if (!(rhoClip > 0 && rhoClip < 1)) {
            throw new IllegalArgumentException("rhoClip (" + rhoClip + ") must be in (0, 1)");
        }
        if (!(minRequestsPerMinute >= 0) || Double.isInfinite(minRequestsPerMinute)) {
            throw new IllegalArgumentException("minRequestsPerMinute (" + minRequestsPerMinute
                    + ") must be a finite number >= 0");
        }
        positive("erlangTableSize", erlangTableSize);
        if (exactErlangMaxServers < 0) {
            throw new IllegalArgumentException("exactErlangMaxServers (" + exactErlangMaxServers + ") must be >= 0");
        }
        positive("maxBlockValues", maxBlockValues);
    }

    /** Defaults for a horizon of {@code horizonMinutes}. */
    public static FluidOptions defaults(int horizonMinutes) {
        return new FluidOptions(horizonMinutes, 60, 60, 60, 10, 0, 0.99, 0.99, 20, 4096, 64, 1 << 16, 0L);
    }

    public int steps() {
        return (int) (horizonMinutes * 60L / stepSeconds);
    }

    public int stepMinutes() {
        return stepSeconds / 60;
    }

    public FluidOptions withStepSeconds(int v) {
        return new FluidOptions(horizonMinutes, v, seriesSteps, windowSteps, busiestWindows, threads, quantile,
                rhoClip, minRequestsPerMinute, erlangTableSize, exactErlangMaxServers, maxBlockValues, seed);
    }

    public FluidOptions withSeriesSteps(int v) {
        return new FluidOptions(horizonMinutes, stepSeconds, v, windowSteps, busiestWindows, threads, quantile,
                rhoClip, minRequestsPerMinute, erlangTableSize, exactErlangMaxServers, maxBlockValues, seed);
    }

    public FluidOptions withBusiestWindows(int count, int lengthSteps) {
        return new FluidOptions(horizonMinutes, stepSeconds, seriesSteps, lengthSteps, count, threads, quantile,
                rhoClip, minRequestsPerMinute, erlangTableSize, exactErlangMaxServers, maxBlockValues, seed);
    }

    public FluidOptions withThreads(int v) {
        return new FluidOptions(horizonMinutes, stepSeconds, seriesSteps, windowSteps, busiestWindows, v, quantile,
                rhoClip, minRequestsPerMinute, erlangTableSize, exactErlangMaxServers, maxBlockValues, seed);
    }

    public FluidOptions withMinRequestsPerMinute(double v) {
        return new FluidOptions(horizonMinutes, stepSeconds, seriesSteps, windowSteps, busiestWindows, threads,
                quantile, rhoClip, v, erlangTableSize, exactErlangMaxServers, maxBlockValues, seed);
    }

    public FluidOptions withErlang(int tableSize, int exactMaxServers) {
        return new FluidOptions(horizonMinutes, stepSeconds, seriesSteps, windowSteps, busiestWindows, threads,
                quantile, rhoClip, minRequestsPerMinute, tableSize, exactMaxServers, maxBlockValues, seed);
    }

    public FluidOptions withMaxBlockValues(int v) {
        return new FluidOptions(horizonMinutes, stepSeconds, seriesSteps, windowSteps, busiestWindows, threads,
                quantile, rhoClip, minRequestsPerMinute, erlangTableSize, exactErlangMaxServers, v, seed);
    }

    private static void positive(String field, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(field + " (" + v + ") must be >= 1");
        }
    }

    public FluidOptions withSeed(long v) {
        return new FluidOptions(horizonMinutes, stepSeconds, seriesSteps, windowSteps, busiestWindows, threads,
                quantile, rhoClip, minRequestsPerMinute, erlangTableSize, exactErlangMaxServers, maxBlockValues, v);
    }
}
