package dev.tenantsim.engine.platform.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds incidents (docs/metrics.md): windows of at least {@code minMinutes} consecutive minutes in
 * which at least {@code minShare} of a stack's tenants are in violation at once.
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
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("incident.minShare (" + minShare + ") must be in (0, 1]");
        }
        if (minMinutes < 1) {
            throw new IllegalArgumentException("incident.minMinutes (" + minMinutes + ") must be >= 1");
        }
        List<Window> out = new ArrayList<>();
        if (tenantCount <= 0) {
            return out;
        }
        int start = -1;
        double peak = 0;
        for (int m = 0; m <= violatorsPerMinute.length; m++) {
            double share = m < violatorsPerMinute.length ? (double) violatorsPerMinute[m] / tenantCount : 0;
            boolean hot = m < violatorsPerMinute.length && violatorsPerMinute[m] > 0 && share >= minShare;
            if (hot) {
                if (start < 0) {
                    start = m;
                    peak = 0;
                }
                peak = Math.max(peak, share);
            } else if (start >= 0) {
                if (m - start >= minMinutes) {
                    out.add(new Window(start, m, peak));
                }
                start = -1;
            }
        }
        return out;
    }
}
