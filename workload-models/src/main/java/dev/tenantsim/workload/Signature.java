package dev.tenantsim.workload;

import java.util.List;

/**
 * A tenant's demand over time at a one-minute step: a deterministic function of (seed, tenant,
 * minute), so the fluid pass can stream any number of tenants minute by minute without holding the
 * matrix, and the request-level pass can draw the arrivals of any window ({@link Arrivals}).
 *
 * <p>Minute 0 is the horizon start. Only {@link #rate} is abstract; implementations override
 * {@link #fillRates} with a batch loop (it is the fluid pass's hot path).
 */
public interface Signature {
    /** Step of the rate series, seconds. */
    int STEP_SECONDS = 60;

    /** Requests per second averaged over minute {@code minute} (≥ 0). */
    double rate(int minute);

    /** Fills {@code out[offset .. offset+length)} with the rates of minutes {@code fromMinute ..}. */
    default void fillRates(int fromMinute, double[] out, int offset, int length) {
        for (int k = 0; k < length; k++) {
            out[offset + k] = rate(fromMinute + k);
        }
    }

    /** Fills all of {@code out} with the rates of minutes {@code fromMinute ..}. */
    default void fillRates(int fromMinute, double[] out) {
        fillRates(fromMinute, out, 0, out.length);
    }

    /** How rates become arrivals. */
    default ArrivalMode arrivalMode() {
        return ArrivalMode.INTENSITY;
    }

    /** Work per request. */
    default RequestWork work() {
        return RequestWork.DEFAULT;
    }

    /** Background jobs starting in minutes {@code [fromMinute, toMinute)}, ordered by start. */
    default List<ScheduledJob> jobs(int fromMinute, int toMinute) {
        return List.of();
    }
}
