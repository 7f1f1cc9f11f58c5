package dev.tenantsim.engine.fluid;

/**
 * Each tenant's backlog at the start of the stack's busiest series point (the point whose
 * bottleneck utilization, capped at 1, is highest; ties go to the earlier point): the state a
 * request-level window over that point starts from (issue "DES windows warm-started from the
 * fluid pass"). Two arrays, copied once per series point; nothing is allocated while the pass runs.
 */
final class BusiestPointBacklog {
    private final double[] atPointStart;
    private final double[] best;
    private int bestPoint = -1;
    private double bestUtilization = -1;

    BusiestPointBacklog(int tenants) {
        atPointStart = new double[tenants];
        best = new double[tenants];
    }

    /** A series point begins: remember the backlog it starts from. */
    void pointStarts(double[] backlog) {
        System.arraycopy(backlog, 0, atPointStart, 0, atPointStart.length);
    }

    /** Series point {@code point} ended with bottleneck utilization {@code u} (capped at 1). */
    void pointEnds(int point, double u) {
        if (u > bestUtilization) {
            bestUtilization = u;
            bestPoint = point;
            System.arraycopy(atPointStart, 0, best, 0, best.length);
        }
    }

    /** The backlogs when the busiest point began, for the stack's {@code members}; a point is {@code minutesPerPoint} long. */
    WarmStart warmStart(int[] members, int minutesPerPoint) {
        return bestPoint < 0 ? WarmStart.NONE : new WarmStart(bestPoint * minutesPerPoint, members, best);
    }
}
