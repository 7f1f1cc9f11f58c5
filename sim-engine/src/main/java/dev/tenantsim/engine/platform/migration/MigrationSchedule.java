package dev.tenantsim.engine.platform.migration;

import dev.tenantsim.engine.kernel.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs moves through the copy model: spaces a wave at N tenants per day and draws each attempt's
 * verification outcome from the tenant's own stream ({@code migration/<tenantId>}), so the same
 * seed gives the same failures whatever else the scenario holds.
 */
public final class MigrationSchedule {
    private MigrationSchedule() {
    }

    /**
     * The moves of a wave, in order, started {@code perDay} a day from {@code startSecond}: move k at
     * {@code startSecond + k × 86,400 / perDay} (evenly spread over each day).
     */
    public static List<MigrationRequest> wave(List<MigrationRequest> moves, double perDay, double startSecond) {
        if (!(perDay > 0) || Double.isInfinite(perDay)) {
            throw new IllegalArgumentException("migration wave perDay (" + perDay + ") must be a finite number > 0");
        }
        List<MigrationRequest> out = new ArrayList<>(moves.size());
        double gap = 86_400.0 / perDay;
        for (int k = 0; k < moves.size(); k++) {
            out.add(moves.get(k).at(startSecond + k * gap));
        }
        return out;
    }

    /** Each move's timeline: attempts until one is verified or {@code maxAttempts} have failed. */
    public static List<MigrationTimeline> run(List<MigrationRequest> moves, CopyModel model, RandomStreams streams) {
        List<MigrationTimeline> out = new ArrayList<>(moves.size());
        for (MigrationRequest m : moves) {
            out.add(timeline(m, model, streams));
        }
        return out;
    }

    /** One move's timeline. */
    public static MigrationTimeline timeline(MigrationRequest m, CopyModel model, RandomStreams streams) {
        UniformRandomProvider rng = streams.stream("migration/" + m.tenantId());
        for (int k = 1; k <= model.maxAttempts(); k++) {
            if (rng.nextDouble() >= model.failureProbability()) {
                return new MigrationTimeline(m, model, k, true);
            }
        }
        return new MigrationTimeline(m, model, model.maxAttempts(), false);
    }
}
