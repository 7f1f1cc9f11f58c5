package dev.tenantsim.engine.fluid;

/**
 * What one stack's fluid pass keeps of its utilization: per resource the peak and the sum (for the
 * mean), the downsampled series (mean and max per point), and the busiest windows by mean offered
 * load (top K, busiest first). Fed once per step; allocates nothing after construction.
 */
final class StackRecorder {
    private final int stepMinutes;
    private final int steps;
    private final int seriesSteps;

    final double[] peakUtil = new double[FluidResource.COUNT];
    final double[] sumUtil = new double[FluidResource.COUNT];
    final double[][] seriesMean;
    final double[][] seriesMax;

    private final int windowSteps;
    final int[] windowStart;
    final double[] windowScore;
    final double[] windowPeak;
    int windowCount;
    private double windowSum;
    private double windowMax;
    private int windowFill;
    private int windowsClosed;

    /** Each tenant's backlog at the start of the busiest series point (a warm start for a DES window there). */
    final BusiestPointBacklog busiest;

    StackRecorder(FluidOptions options, int tenants) {
        busiest = new BusiestPointBacklog(tenants);
        this.stepMinutes = options.stepMinutes();
        this.steps = options.steps();
        this.seriesSteps = options.seriesSteps();
        int points = (steps + seriesSteps - 1) / seriesSteps;
        seriesMean = new double[FluidResource.COUNT][points];
        seriesMax = new double[FluidResource.COUNT][points];
        windowSteps = options.windowSteps();
        int k = options.busiestWindows();
        windowStart = new int[k];
        windowScore = new double[k];
        windowPeak = new double[k];
    }

    /** Records step {@code stepIndex}; {@code backlog} is each tenant's backlog after it. */
    void record(int stepIndex, double uApp, double uConn, double uDb, double uIo, double offeredLoad, double[] backlog) {
        int point = stepIndex / seriesSteps;
        recordOne(0, point, uApp);
        recordOne(1, point, uConn);
        recordOne(2, point, uDb);
        recordOne(3, point, uIo);
        if (endsPoint(stepIndex)) {
            busiest.pointEnds(point, pointBottleneck(point));
            busiest.pointStarts(backlog); // what the next point starts from
        }
        double uMax = Math.max(Math.max(uApp, uConn), Math.max(uDb, uIo));
        windowSum += offeredLoad;
        windowMax = Math.max(windowMax, uMax);
        windowFill++;
        if (windowFill == windowSteps) {
            closeWindow();
        }
    }

    private void recordOne(int r, int point, double u) {
        sumUtil[r] += u;
        if (u > peakUtil[r]) {
            peakUtil[r] = u;
        }
        seriesMean[r][point] += u;
        if (u > seriesMax[r][point]) {
            seriesMax[r][point] = u;
        }
    }

    /**
     * Series point {@code point}'s bottleneck utilization once its last step is recorded: the
     * highest per-resource mean, capped at 1, computed exactly as the finished series gives it.
     */
    double pointBottleneck(int point) {
        int n = Math.min(seriesSteps, steps - point * seriesSteps);
        double u = 0;
        for (int r = 0; r < FluidResource.COUNT; r++) {
            u = Math.max(u, seriesMean[r][point] / n);
        }
        return Math.min(1.0, u);
    }

    /** Whether step {@code stepIndex} is the last of its series point. */
    boolean endsPoint(int stepIndex) {
        return (stepIndex + 1) % seriesSteps == 0 || stepIndex + 1 == steps;
    }

    /** After the last step: closes the last window and turns the series sums into means. */
    void finish() {
        closeWindow();
        int points = seriesMean[0].length;
        for (int p = 0; p < points; p++) {
            int n = Math.min(seriesSteps, steps - p * seriesSteps);
            for (int r = 0; r < FluidResource.COUNT; r++) {
                seriesMean[r][p] /= n;
            }
        }
    }

    /** Offers the window just finished to this stack's top-K (ties: the earlier window wins). */
    private void closeWindow() {
        if (windowFill == 0) {
            return;
        }
        int k = windowStart.length;
        double score = windowSum / windowFill;
        int startStep = windowsClosed * windowSteps;
        int pos = windowCount;
        while (pos > 0 && score > windowScore[pos - 1]) {
            pos--;
        }
        if (pos < k) {
            int last = Math.min(windowCount, k - 1);
            for (int i = last; i > pos; i--) {
                windowScore[i] = windowScore[i - 1];
                windowStart[i] = windowStart[i - 1];
                windowPeak[i] = windowPeak[i - 1];
            }
            windowScore[pos] = score;
            windowStart[pos] = startStep * stepMinutes;
            windowPeak[pos] = windowMax;
            windowCount = Math.min(windowCount + 1, k);
        }
        windowsClosed++;
        windowSum = 0;
        windowMax = 0;
        windowFill = 0;
    }

    int windowLengthMinutes(int i) {
        int startStep = windowStart[i] / stepMinutes;
        return Math.min(windowSteps, steps - startStep) * stepMinutes;
    }
}
