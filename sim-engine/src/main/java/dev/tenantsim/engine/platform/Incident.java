package dev.tenantsim.engine.platform;

/**
 * A window of at least 5 consecutive minutes in which at least 5% of one stack's tenants were in
 * SLO violation at once (docs/metrics.md), minutes [startMinute, endMinute).
 *
 * @param aggressor     dense index of the stack's tenant that put the most load on it in the window:
 *                      work demanded (app CPU + DB CPU + DB IO seconds of the requests and background
 *                      jobs it started) plus DB connection-seconds held; -1 if none
 * @param peakShare     highest share of the stack's tenants in violation during the window
 */
public record Incident(int stack, int startMinute, int endMinute, int aggressor, String aggressorId, double peakShare) implements java.io.Serializable {
    public Incident {
        if (startMinute < 0 || endMinute <= startMinute) {
            throw new IllegalArgumentException("incident minutes [" + startMinute + ", " + endMinute + ") must be a non-empty window");
        }
    }

    public int durationMinutes() {
        return endMinute - startMinute;
    }
}
