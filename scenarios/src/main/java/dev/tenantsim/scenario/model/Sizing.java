package dev.tenantsim.scenario.model;

/**
 * A stack's right-sizing rule ({@code size: auto} with {@code sizing:}): the stack gets the
 * smallest size whose every resource, at the peak of the summed demand of the tenants placed on
 * it, is at or below {@code target} utilization after that resource's headroom is added to the
 * demand: units = ceil(peak × (1 + headroom) / (unit capacity × target)), at least the counts
 * the stack writes. Units: app nodes of {@code coresPerNode} cores, DB cores, IOPS and DB
 * connections (per shard).
 *
 * @param target               peak utilization aimed at, in (0, 1]
 * @param appCpuHeadroom       share added to the app CPU peak, >= 0
 * @param dbCpuHeadroom        share added to the DB CPU peak, >= 0
 * @param iopsHeadroom         share added to the IOPS peak, >= 0
 * @param connectionsHeadroom  share added to the connections peak, >= 0
 */
public record Sizing(double target, double appCpuHeadroom, double dbCpuHeadroom, double iopsHeadroom,
                     double connectionsHeadroom) {
    /** Target when {@code sizing.target} is not given. */
    public static final double DEFAULT_TARGET = 0.7;

    public Sizing {
        if (!(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("sizing.target (" + target + ") must be in (0, 1]");
        }
        check("appCpu", appCpuHeadroom);
        check("dbCpu", dbCpuHeadroom);
        check("iops", iopsHeadroom);
        check("connections", connectionsHeadroom);
    }

    private static void check(String name, double h) {
        if (!(h >= 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("sizing.headroom." + name + " (" + h + ") must be a finite number >= 0");
        }
    }

    /** The rule in words, as the report states it. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "size: auto — peak of the placed tenants' summed demand × (1 + headroom) at ≤ %s utilization"
                        + " (headroom app CPU %s, DB CPU %s, IOPS %s, connections %s)",
                pct(target), pct(appCpuHeadroom), pct(dbCpuHeadroom), pct(iopsHeadroom), pct(connectionsHeadroom));
    }

    static String pct(double f) {
        return new java.math.BigDecimal(Double.toString(f * 100)).stripTrailingZeros().toPlainString() + "%";
    }
}
