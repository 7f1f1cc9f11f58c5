package dev.tenantsim.scenario.runner.fluid;

/**
 * Options of the fluid + DES path.
 *
 * @param busiestWindows busiest windows the fluid pass keeps (over all stacks)
 * @param threads fluid-pass and DES threads (0 = automatic)
 * @param desWindowMinutes length of each request-level window
 * @param maxDesWindows at most this many request-level windows (one per stack group, busiest groups first)
 * @param maxDesReplications replications of each window at most (the scenario's, capped)
 * @param desRequestBudget a window expected to hold more requests than this (by the fluid pass's
 *     offered rate) is shortened to fit it, down to one minute: it bounds the run time on big stacks
 * @param warmStart whether a window starts from the fluid pass's backlog at its first minute (the
 *     default) rather than empty
 */
public record FluidRunnerOptions(int busiestWindows, int threads, int desWindowMinutes, int maxDesWindows,
                                 int maxDesReplications, long desRequestBudget, boolean warmStart) {
    /** 10 windows kept, automatic threads, 30-minute DES windows, at most 6, at most 3 replications, 2 M requests, warm. */
    public static final FluidRunnerOptions DEFAULTS = new FluidRunnerOptions(10, 0, 30, 6, 3, 2_000_000L, true);

    public FluidRunnerOptions(int busiestWindows, int threads, int desWindowMinutes, int maxDesWindows,
                              int maxDesReplications, long desRequestBudget) {
        this(busiestWindows, threads, desWindowMinutes, maxDesWindows, maxDesReplications, desRequestBudget, true);
    }

    public FluidRunnerOptions {
        if (busiestWindows < 1 || threads < 0 || desWindowMinutes < 1 || maxDesWindows < 0 || maxDesReplications < 1
                || desRequestBudget < 1) {
            throw new IllegalArgumentException("fluid runner options (" + busiestWindows + ", " + threads + ", "
                    + desWindowMinutes + ", " + maxDesWindows + ", " + maxDesReplications + ") must be positive");
        }
    }

    public FluidRunnerOptions withDes(int windowMinutes, int maxWindows, int maxReplications) {
        return new FluidRunnerOptions(busiestWindows, threads, windowMinutes, maxWindows, maxReplications, desRequestBudget,
                warmStart);
    }

    /** The same options with windows started from the fluid backlog ({@code true}) or empty. */
    public FluidRunnerOptions withWarmStart(boolean warm) {
        return new FluidRunnerOptions(busiestWindows, threads, desWindowMinutes, maxDesWindows, maxDesReplications,
                desRequestBudget, warm);
    }
}
