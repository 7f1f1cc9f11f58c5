package dev.tenantsim.scenario.runner.model;

/**
 * The part of the horizon simulated request by request: whole minutes
 * {@code [fromMinute, fromMinute + minutes)} counted from the horizon start. Minute 0 of the
 * platform's run is {@code fromMinute} of the horizon.
 */
public record RequestSpan(int fromMinute, int minutes) {
    public RequestSpan {
        if (fromMinute < 0) {
            throw new IllegalArgumentException("span.fromMinute (" + fromMinute + ") must be >= 0");
        }
        if (minutes < 1) {
            throw new IllegalArgumentException("span.minutes (" + minutes + ") must be >= 1");
        }
    }

    public int toMinute() {
        return fromMinute + minutes;
    }

    public double seconds() {
        return minutes * 60.0;
    }

    public double fromSeconds() {
        return fromMinute * 60.0;
    }
}
