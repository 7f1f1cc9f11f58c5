package dev.tenantsim.cost.showback;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.Meter;
import java.util.Objects;

/**
 * What one tenant (or the platform) is charged for one resource of one stack: its share of the
 * used part and its share of the idle part. Overhead lines carry {@link Meter#OVERHEAD}.
 *
 * @param tenant dense tenant index, or {@link #PLATFORM} for the platform's own line
 */
public record ShowbackLine(int tenant, String stackId, Meter meter, Money used, Money idle) {
    /** The tenant index of the platform's line. */
    public static final int PLATFORM = -1;

    public ShowbackLine {
        Objects.requireNonNull(stackId, "stackId");
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(idle, "idle");
        if (tenant < PLATFORM) {
            throw new IllegalArgumentException("tenant (" + tenant + ") must be a tenant index or PLATFORM");
        }
    }

    public boolean isPlatform() {
        return tenant == PLATFORM;
    }

    public Money total() {
        return used.plus(idle);
    }
}
