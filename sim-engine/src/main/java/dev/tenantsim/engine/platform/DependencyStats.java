package dev.tenantsim.engine.platform;

/**
 * What one stack measured of one dependency over the simulated span.
 *
 * @param calls           calls that reached the dependency's queue (not those a breaker failed fast)
 * @param failed          calls that ended in the dependency's failure (its failure rate)
 * @param breakerRejected synchronous calls failed fast by an open circuit breaker
 * @param served          calls (tasks) whose service ended, failed or not
 * @param waitSeconds     total time served calls waited for a server
 * @param serviceSeconds  total service time of the calls a server took (those still in service included)
 * @param meanBacklog     time-weighted mean number of calls waiting for a server
 * @param peakBacklog     most calls waiting at once
 * @param endBacklog      calls waiting or in service when the span ended (asynchronous work left undone)
 */
public record DependencyStats(String name, boolean async, long calls, long failed, long breakerRejected, long served,
                              double waitSeconds, double serviceSeconds, double meanBacklog, int peakBacklog,
                              int endBacklog) implements java.io.Serializable {
    /** Mean wait for a server of the served calls, in seconds (NaN when none was served). */
    public double meanWaitSeconds() {
        return served == 0 ? Double.NaN : waitSeconds / served;
    }

    /** Failed calls over calls that ended (served); NaN when none ended. */
    public double errorRate() {
        return served == 0 ? Double.NaN : (double) failed / served;
    }
}
