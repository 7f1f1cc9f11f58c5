package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.runner.RequestLevelEstimate;

/**
 * How long and how big a request-level run the command line starts without {@code --force-long-run}:
 * the runs of one command together estimated at most {@code maxSeconds}, and each at most
 * {@code maxHeapShare} of the JVM's heap. An estimate of {@code noticeSeconds} or more is printed
 * before the run starts.
 *
 * @param maxHeapBytes the heap the JVM may use ({@link Runtime#maxMemory()})
 */
public record RunLimit(double maxSeconds, double maxHeapShare, long maxHeapBytes, double noticeSeconds) {
    /** Half an hour, three quarters of the heap; estimates of a minute or more are shown. */
    public static final double STANDARD_SECONDS = 30 * 60;
    public static final double STANDARD_HEAP_SHARE = 0.75;
    public static final double STANDARD_NOTICE_SECONDS = 60;

    public RunLimit {
        if (!(maxSeconds > 0) || !(maxHeapShare > 0) || maxHeapBytes < 1 || !(noticeSeconds >= 0)) {
            throw new IllegalArgumentException("run limit (" + maxSeconds + " s, " + maxHeapShare + " of " + maxHeapBytes
                    + " bytes, notice " + noticeSeconds + " s) must be positive");
        }
    }

    /** The standard limit on this JVM. */
    public static RunLimit standard() {
        return new RunLimit(STANDARD_SECONDS, STANDARD_HEAP_SHARE, Runtime.getRuntime().maxMemory(), STANDARD_NOTICE_SECONDS);
    }

    /** Largest heap a run may be estimated to need. */
    public long heapLimitBytes() {
        return (long) (maxHeapShare * maxHeapBytes);
    }

    boolean heapExceeded(RequestLevelEstimate e) {
        return e.heapBytes() > heapLimitBytes();
    }
}
