package dev.tenantsim.workload.trace;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Checks that each tenant's timestamps strictly increase. */
public final class TimeOrder {
    private final Map<String, Long> last = new HashMap<>();

    /** Throws a located {@link BadRowCause#TIME_NOT_INCREASING} error if {@code t} is not after the tenant's last. */
    public void check(String tenant, long t, Path file, long line, int column, String columnName) {
        Long prev = last.get(tenant);
        if (prev != null && t <= prev) {
            throw new TraceFormatException(file, line, column, columnName, BadRowCause.TIME_NOT_INCREASING,
                    "time (" + t + ") of tenant " + tenant + " must be after its previous sample (" + prev + ")");
        }
    }

    /** Records an accepted sample's time. */
    public void accept(String tenant, long t) {
        last.put(tenant, t);
    }

    public int tenants() {
        return last.size();
    }
}
