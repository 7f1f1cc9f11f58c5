package dev.tenantsim.workload.generator;

import dev.tenantsim.workload.ScheduledJob;
import java.util.List;

/** Background jobs of one tenant, a pure function of (seed, tenant, time). */
@FunctionalInterface
public interface JobSource {
    /** Adds the jobs starting in minutes {@code [fromMinute, toMinute)} to {@code out} (any order). */
    void jobs(int fromMinute, int toMinute, List<ScheduledJob> out);
}
