package dev.tenantsim.engine.platform.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds incidents (docs/metrics.md): windows of at least {@code minMinutes} consecutive minutes in
 * which at least {@code minShare} of a stack's tenants are in violation at once. The rule lives in
 * {@link Tracker}, which both passes feed: the request-level pass through {@link #detect} over its
 * per-minute violator counts, the fluid pass step by step as it runs (it keeps no per-minute series).
 */
public final class IncidentDetector {
    public static final double DEFAULT_MIN_SHARE = 0.05;
    public static final int DEFAULT_MIN_MINUTES = 5;

    /** Minutes [start, end) and the highest share of tenants in violation inside. */
    public record Window(int start, int end, double peakShare) {
    }

    private IncidentDetector() {
    }

    public static List<Window> detect(int[] violatorsPerMinute, int tenantCount) {
        return detect(violatorsPerMinute, tenantCount, DEFAULT_MIN_SHARE, DEFAULT_MIN_MINUTES);
    }

    public static List<Window> detect(int[] violatorsPerMinute, int tenantCount, double minShare, int minMinutes) {
        Tracker tracker = new Tracker(tenantCount, minShare, minMinutes);
        List<Window> out = new ArrayList<>();
        if (tenantCount <= 0) {
            return out;
        }
        for (int v : violatorsPerMinute) {
            tracker.feed(v, 1);
            if (tracker.ended() != null) {
                out.add(tracker.ended());
            }
        }
        Window last = tracker.finish();
        if (last != null) {
            out.add(last);
        }
        return out;
    }

    /**
     * The incident rule over a stream of minutes, one stack: feed it the number of tenants in
     * violation, a span of minutes at a time; after each {@link #feed} it says whether those minutes
     * are hot (part of a candidate run), whether the feed opened a run, and which incident (if any)
     * the feed ended. Allocates only the {@link Window} of an incident that ends.
     */
    public static final class Tracker {
        private final int tenantCount;
        private final double minShare;
        private final int minMinutes;
        private int minute;
        private int start = -1;
        private double peak;
        private boolean opened;
        private Window ended;

        public Tracker(int tenantCount) {
            this(tenantCount, DEFAULT_MIN_SHARE, DEFAULT_MIN_MINUTES);
        }

        public Tracker(int tenantCount, double minShare, int minMinutes) {
            if (!(minShare > 0 && minShare <= 1)) {
                throw new IllegalArgumentException("incident.minShare (" + minShare + ") must be in (0, 1]");
            }
            if (minMinutes < 1) {
                throw new IllegalArgumentException("incident.minMinutes (" + minMinutes + ") must be >= 1");
            }
            this.tenantCount = tenantCount;
            this.minShare = minShare;
            this.minMinutes = minMinutes;
        }

        /**
         * Feeds {@code minutes} consecutive minutes with {@code violators} tenants in violation in
         * each; returns whether they are hot (at least one violator and at least minShare of the
         * stack's tenants).
         */
        public boolean feed(int violators, int minutes) {
            opened = false;
            ended = null;
            double share = tenantCount > 0 ? (double) violators / tenantCount : 0;
            boolean hot = violators > 0 && share >= minShare;
            if (hot) {
                if (start < 0) {
                    start = minute;
                    peak = 0;
                    opened = true;
                }
                peak = Math.max(peak, share);
            } else if (start >= 0) {
                ended = close(minute);
            }
            minute += minutes;
            return hot;
        }

        /** Whether the last {@link #feed} started a candidate run. */
        public boolean opened() {
            return opened;
        }

        /** The incident the last {@link #feed} ended (a run of at least minMinutes), else null. */
        public Window ended() {
            return ended;
        }

        /** Ends the stream: the incident still open at its end, if it is long enough, else null. */
        public Window finish() {
            ended = start >= 0 ? close(minute) : null;
            return ended;
        }

        private Window close(int end) {
            Window w = end - start >= minMinutes ? new Window(start, end, peak) : null;
            start = -1;
            return w;
        }
    }
}
