package dev.tenantsim.engine.kernel.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.analytic.QueueingFormulas;
import dev.tenantsim.engine.kernel.stats.ConfidenceInterval;
import dev.tenantsim.engine.kernel.stats.Replications;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kernel against closed forms. Each test runs independent replications (streams
 * {@code replication(r)} of one seed), deletes a warm-up of the first customers in each, and
 * passes when the analytic value lies inside the Student-t 95% interval of the replication
 * means. A second assertion bounds the interval's relative half-width, so a test cannot pass
 * by being vague.
 */
final class QueueingTheoryValidationTest {
    private static final RandomStreams SEED = RandomStreams.of(20_251_123L);
    private static final int REPLICATIONS = 20;

    private static ConfidenceInterval ci(IntFunction<QueueModels.Output> replication,
                                         ToDoubleFunction<QueueModels.Output> metric) {
        return Replications.run(REPLICATIONS, r -> metric.applyAsDouble(replication.apply(r))).ci95();
    }

    private static void assertCovers(String what, ConfidenceInterval ci, double analytic, double maxRelativeHalfWidth) {
        String msg = what + ": analytic " + analytic + ", simulated " + ci;
        System.out.println(msg);
        assertTrue(ci.contains(analytic), msg);
        assertTrue(ci.relativeHalfWidth() < maxRelativeHalfWidth, msg + " (interval too wide)");
    }

    @ParameterizedTest(name = "rho = {0}")
    @ValueSource(doubles = {0.5, 0.8, 0.9})
    void mm1MeanWaitMatchesRhoOverMuMinusLambda(double rho) {
        double mu = 1.0;
        double lambda = rho * mu;
        int n = rho < 0.85 ? 60_000 : 200_000;
        ConfidenceInterval w = ci(r -> QueueModels.fcfs(SEED.replication(r), lambda, 1,
                QueueModels.exponentialService(1 / mu), n, n / 10), QueueModels.Output::meanDelay);
        assertCovers("M/M/1 Wq at rho " + rho, w, QueueingFormulas.mm1MeanWait(lambda, mu), 0.05);
    }

    @ParameterizedTest(name = "c = {0}")
    @ValueSource(ints = {4, 16})
    void mmcWaitProbabilityAndMeanWaitMatchErlangC(int c) {
        double mu = 1.0;
        double lambda = 0.85 * c * mu;
        int n = 40_000 * c / 4 + 60_000;
        QueueModels.Output[] runs = new QueueModels.Output[REPLICATIONS];
        IntFunction<QueueModels.Output> rep = r -> runs[r] = QueueModels.fcfs(SEED.replication(r), lambda, c,
                QueueModels.exponentialService(1 / mu), n, n / 10);
        ConfidenceInterval wait = ci(rep, QueueModels.Output::meanDelay);
        ConfidenceInterval pWait = ci(r -> runs[r], QueueModels.Output::fractionWaited);
        assertCovers("M/M/" + c + " P(wait)", pWait, QueueingFormulas.erlangC(c, lambda / mu), 0.03);
        assertCovers("M/M/" + c + " Wq", wait, QueueingFormulas.mmcMeanWait(lambda, mu, c), 0.05);
        // Time-weighted statistics after warm-up deletion: utilization rho, and Little's law Lq = lambda Wq.
        assertCovers("M/M/" + c + " utilization", ci(r -> runs[r], QueueModels.Output::utilization), 0.85, 0.01);
        assertCovers("M/M/" + c + " Lq", ci(r -> runs[r], QueueModels.Output::meanQueueLength),
                lambda * QueueingFormulas.mmcMeanWait(lambda, mu, c), 0.05);
    }

    @Test
    void md1MeanWaitIsHalfTheMm1Wait() {
        double lambda = 0.8;
        ConfidenceInterval w = ci(r -> QueueModels.fcfs(SEED.replication(r), lambda, 1,
                QueueModels.deterministicService(1.0), 60_000, 6_000), QueueModels.Output::meanDelay);
        assertCovers("M/D/1 Wq", w, QueueingFormulas.md1MeanWait(lambda, 1.0), 0.05);
    }

    @Test
    void mg1WithHighVarianceServiceMatchesPollaczekKhinchine() {
        double lambda = 0.7;
        double cv2 = 4.0;
        ConfidenceInterval w = ci(r -> QueueModels.fcfs(SEED.replication(r), lambda, 1,
                QueueModels.hyperexponentialService(1.0, cv2), 200_000, 20_000), QueueModels.Output::meanDelay);
        assertCovers("M/H2/1 Wq (cv2 4)", w, QueueingFormulas.mg1MeanWait(lambda, 1.0, cv2), 0.06);
    }

    @Test
    void mm1ProcessorSharingMeanSojournIsOneOverMuMinusLambda() {
        double lambda = 0.8;
        ConfidenceInterval t = ci(r -> QueueModels.processorSharing(SEED.replication(r), lambda, 1,
                QueueModels.exponentialService(1.0), 80_000, 8_000), QueueModels.Output::meanDelay);
        assertCovers("M/M/1-PS sojourn", t, 1 / (1.0 - lambda), 0.05);
    }

    @Test
    void processorSharingIsInsensitiveToTheServiceDistribution() {
        double lambda = 0.7;
        ConfidenceInterval t = ci(r -> QueueModels.processorSharing(SEED.replication(r), lambda, 1,
                QueueModels.hyperexponentialService(1.0, 4.0), 80_000, 8_000), QueueModels.Output::meanDelay);
        assertCovers("M/H2/1-PS sojourn", t, QueueingFormulas.mg1PsMeanSojourn(lambda, 1.0), 0.05);
    }

    @Test
    void processorSharingOnFourCoresHasTheMm4NumberInSystem() {
        // With exponential work, n jobs on c cores leave at rate min(n, c) mu, exactly as in M/M/c,
        // so the mean sojourn is the Erlang C wait plus the mean service time.
        double lambda = 0.85 * 4;
        ConfidenceInterval t = ci(r -> QueueModels.processorSharing(SEED.replication(r), lambda, 4,
                QueueModels.exponentialService(1.0), 80_000, 8_000), QueueModels.Output::meanDelay);
        assertCovers("M/M/4-PS sojourn", t, QueueingFormulas.mmcMeanWait(lambda, 1.0, 4) + 1.0, 0.03);
    }

    @Test
    void aCountedPoolWithoutQuotasIsAnMmcQueue() {
        double lambda = 0.85 * 4;
        QueueModels.Output[] runs = new QueueModels.Output[REPLICATIONS];
        ConfidenceInterval wait = ci(r -> runs[r] = QueueModels.pool(SEED.replication(r), lambda, 4, 1.0, 7,
                80_000, 8_000), QueueModels.Output::meanDelay);
        ConfidenceInterval pWait = ci(r -> runs[r], QueueModels.Output::fractionWaited);
        assertCovers("pool M/M/4 P(wait)", pWait, QueueingFormulas.erlangC(4, lambda), 0.03);
        assertCovers("pool M/M/4 Wq", wait, QueueingFormulas.mmcMeanWait(lambda, 1.0, 4), 0.06);
    }
}
