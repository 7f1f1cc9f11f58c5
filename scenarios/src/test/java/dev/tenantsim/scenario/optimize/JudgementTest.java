package dev.tenantsim.scenario.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A design meets a bound by its whole 95% interval (the default) or by its mean. */
final class JudgementTest {
    static final DesignConstraint P99_UNDER_250 = new DesignConstraint(Figure.P99, "pro", true, false, 250, "p99(pro)<=250ms");

    @Test
    void aMeanInsideTheBoundWithAnIntervalAcrossItMeetsItOnlyByTheMean() {
        // mean 240, sample sd 10 over 3 replications: half-width t(0.975, 2) x 10 / sqrt 3 = 4.303 x 5.774 = 24.84
        double[] v = {230, 240, 250};
        Judgement byInterval = Judgement.of(P99_UNDER_250, v, true);
        Judgement byMean = Judgement.of(P99_UNDER_250, v, false);
        assertEquals(240, byInterval.mean(), 1e-9);
        assertEquals(24.84, byInterval.halfWidth(), 0.01);
        assertFalse(byInterval.meets(), "240 + 24.84 > 250");
        assertTrue(byMean.meets());
        assertEquals(264.84, byInterval.judgedValue(), 0.01);
        assertTrue(byInterval.relativeSlack() < 0 && byMean.relativeSlack() > 0);
    }

    @Test
    void aLowerBoundIsJudgedAtTheIntervalsLowerEnd() {
        DesignConstraint availability = new DesignConstraint(Figure.AVAILABILITY, "pro", false, false, 0.999, "availability(pro)>=99.9%");
        Judgement tight = Judgement.of(availability, new double[] {0.9995, 0.9990, 0.9998}, true);
        assertTrue(tight.holds(), "the mean 0.99943 is above 0.999");
        assertFalse(tight.meets(), "its interval reaches below 0.999");
        Judgement sure = Judgement.of(availability, new double[] {0.9995, 0.9996, 0.9997}, true);
        assertTrue(sure.meets());
    }

    @Test
    void oneReplicationHasNoIntervalSoBothRulesAgree() {
        Judgement one = Judgement.of(P99_UNDER_250, new double[] {249}, true);
        assertTrue(one.meets());
        assertEquals(0, one.halfWidth());
    }
}
