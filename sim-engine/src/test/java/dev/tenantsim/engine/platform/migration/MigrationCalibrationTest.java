package dev.tenantsim.engine.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The copy model against the MegaCorp-style source (issue 12): an average tenant took 23 minutes,
 * the 2.8 TB tenant 47 hours, 340 of 12,000 migrations failed and were retried. Data sizes are the
 * source's own: 12 GB on average and 2.8 TB for the largest tenant (the MegaCorp population that
 * {@code PopulationSpec.megacorp} reproduces). The throughput is {@link CopyModel#DEFAULT_COPY_MBPS},
 * stated once; nothing here is tuned per figure.
 */
final class MigrationCalibrationTest {
    private static final double AVERAGE_GB = 12.0;
    private static final double LARGEST_GB = 2_800.0;

    @Test
    void averageTenantMigratesInTwentyThreeMinutesWithinAQuarter() {
        MigrationTimeline t = new MigrationTimeline(move("avg", AVERAGE_GB, 0), CopyModel.defaults(), 1, true);
        double minutes = t.durationSeconds() / 60;
        assertEquals(23.0, minutes, 0.25 * 23.0, "average tenant: " + minutes + " min");
    }

    @Test
    void largestTenantMigratesInFortySevenHoursWithinAQuarter() {
        MigrationTimeline t = new MigrationTimeline(move("big", LARGEST_GB, 0), CopyModel.defaults(), 1, true);
        double hours = t.durationSeconds() / 3600;
        assertEquals(47.0, hours, 0.25 * 47.0, "2.8 TB tenant: " + hours + " h");
    }

    @Test
    void failuresOfTwelveThousandMigrationsLieInTheBinomialIntervalOfTheSource() {
        List<MigrationRequest> moves = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            moves.add(move("t" + i, AVERAGE_GB, i));
        }
        List<MigrationTimeline> run = MigrationSchedule.run(moves, CopyModel.defaults(), RandomStreams.of(20261207L));
        long failed = run.stream().filter(t -> t.failedAttempts() > 0).count();
        // 95% normal interval of Binomial(12,000, 340/12,000): 340 ± 1.96 × 18.2
        double p = 340.0 / 12_000;
        double half = 1.96 * Math.sqrt(12_000 * p * (1 - p));
        assertTrue(Math.abs(failed - 340) <= half, "failed and retried: " + failed + " of 12,000 (source 340 ± " + half + ")");
        assertTrue(run.stream().filter(t -> !t.succeeded()).count() <= 3, "three failures in a row are rare (p³ ≈ 2e-5)");
    }

    @Test
    void sameSeedGivesTheSameFailures() {
        List<MigrationRequest> moves = List.of(move("a", 1, 0), move("b", 1, 1), move("c", 1, 2));
        CopyModel flaky = CopyModel.defaults().withFailureProbability(0.5);
        assertEquals(MigrationSchedule.run(moves, flaky, RandomStreams.of(7)), MigrationSchedule.run(moves, flaky, RandomStreams.of(7)));
    }

    static MigrationRequest move(String id, double gb, int index) {
        return new MigrationRequest(index, id, 0, 1, 0, gb, Double.NaN);
    }
}
