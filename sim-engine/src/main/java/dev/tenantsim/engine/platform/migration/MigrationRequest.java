package dev.tenantsim.engine.platform.migration;

/**
 * One move to make: a tenant (by dense index) from one stack (by topology index) to another,
 * starting at a time of the run.
 *
 * @param tenant      dense tenant index
 * @param tenantId    its id (names its random stream and its row in the report)
 * @param source      stack it leaves
 * @param target      stack it goes to (not the source)
 * @param startSecond when the first attempt starts, seconds of the run
 * @param dataGb      data to copy
 * @param risk        the rebalancer's predicted risk score in [0, 1], NaN when the move was not planned by it
 */
public record MigrationRequest(int tenant, String tenantId, int source, int target, double startSecond, double dataGb, double risk) {
    public MigrationRequest {
        if (tenant < 0 || source < 0 || target < 0) {
            throw new IllegalArgumentException("migration of " + tenantId + ": tenant (" + tenant + "), source (" + source
                    + ") and target (" + target + ") must be indices >= 0");
        }
        if (source == target) {
            throw new IllegalArgumentException("migration of " + tenantId + ": target (" + target + ") must differ from the source");
        }
        if (!(startSecond >= 0) || Double.isInfinite(startSecond)) {
            throw new IllegalArgumentException("migration of " + tenantId + ": start (" + startSecond + " s) must be finite and >= 0");
        }
        if (!(dataGb >= 0) || Double.isInfinite(dataGb)) {
            throw new IllegalArgumentException("migration of " + tenantId + ": dataGb (" + dataGb + ") must be finite and >= 0");
        }
    }

    /** The same move starting at another time. */
    public MigrationRequest at(double second) {
        return new MigrationRequest(tenant, tenantId, source, target, second, dataGb, risk);
    }
}
