package dev.tenantsim.workload.trace;

import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;

/**
 * A trace turned into tenants: {@code signatures[i]} replays {@code population.get(i)}.
 *
 * @param population        one tenant per traced VM / tenant id, sorted by id
 * @param signatures        replaying signatures, by dense index
 * @param report            what reading did (rows, rejections by cause)
 * @param gapMinutes        minutes filled by the gap policy, by dense index
 * @param originEpochSecond the instant of minute 0
 */
public record TraceWorkload(Population population, Signature[] signatures, TraceReadReport report, int[] gapMinutes,
                            long originEpochSecond) {
}
