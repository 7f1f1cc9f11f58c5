package dev.tenantsim.engine.fluid;

import dev.tenantsim.engine.platform.migration.MigrationTimeline;

/**
 * What one move did to its source and target stacks, from the fluid pass: the DB IO utilization
 * over the move's busy time (its attempts' copy, dual-write and verification) without and with the
 * migrations then running on the stack, and the rise of the stack's p99 that follows.
 *
 * @param timeline         the move
 * @param busyHours        hours of its attempts (copy + dual-write + verification, all attempts)
 * @param sourceIoBefore   source DB IO utilization over the busy time, without migrations
 * @param sourceIoDuring   the same with every migration then touching the source
 * @param targetIoBefore   target DB IO utilization, without migrations
 * @param targetIoDuring   the same with every migration then touching the target
 * @param sourceP99Rise    relative rise of the source's p99 (0.1: +10%)
 * @param targetP99Rise    relative rise of the target's p99
 */
public record MoveImpact(MigrationTimeline timeline, double busyHours, double sourceIoBefore, double sourceIoDuring,
                         double targetIoBefore, double targetIoDuring, double sourceP99Rise, double targetP99Rise) {

    /**
     * The observed impact the report ranks against the rebalancer's risk: degraded stack-hours, the
     * source's and target's p99 rises summed and multiplied by the busy hours.
     */
    public double observedImpact() {
        return (sourceP99Rise + targetP99Rise) * busyHours;
    }
}
