package dev.tenantsim.engine.kernel.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class QueueingFormulasTest {
    @Test
    void erlangFormulasMatchHandComputedValues() {
        assertEquals(0.5, QueueingFormulas.erlangB(1, 1.0), 1e-15);
        // B(2, 1) = (1/2) / (1 + 1 + 1/2) = 0.2; C(2, 1) = 2 * 0.2 / (2 - 1 * 0.8) = 1/3.
        assertEquals(0.2, QueueingFormulas.erlangB(2, 1.0), 1e-15);
        assertEquals(1.0 / 3.0, QueueingFormulas.erlangC(2, 1.0), 1e-15);
        // M/M/1: probability of waiting is rho.
        assertEquals(0.8, QueueingFormulas.erlangC(1, 0.8), 1e-15);
        // Large c stays finite (no factorial overflow).
        assertEquals(0.0, QueueingFormulas.erlangC(2000, 1000.0), 1e-12);
    }

    @Test
    void meanWaitsMatchTheTextbookFormulas() {
        assertEquals(4.0, QueueingFormulas.mm1MeanWait(0.8, 1.0), 1e-12);
        assertEquals(2.0, QueueingFormulas.md1MeanWait(0.8, 1.0), 1e-12);
        assertEquals(4.0, QueueingFormulas.mg1MeanWait(0.8, 1.0, 1.0), 1e-12);
        assertEquals(5.0, QueueingFormulas.mg1PsMeanSojourn(0.8, 1.0), 1e-12);
        // M/M/2, lambda 1, mu 1: C = 1/3, Wq = (1/3) / (2 - 1).
        assertEquals(1.0 / 3.0, QueueingFormulas.mmcMeanWait(1.0, 1.0, 2), 1e-12);
        assertEquals(QueueingFormulas.mmcMeanWait(3, 1, 4), QueueingFormulas.allenCunneenMeanWait(3, 1, 4, 1, 1), 1e-12);
    }

    @Test
    void unstableOrInvalidInputsAreRejected() {
        assertEquals("offered load (1.0) must be in [0, servers=1) for a stable queue",
                assertThrows(IllegalArgumentException.class, () -> QueueingFormulas.mm1MeanWait(1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueueingFormulas.erlangB(0, 1));
        assertThrows(IllegalArgumentException.class, () -> QueueingFormulas.mg1MeanWait(0.5, 1, Double.NaN));
    }
}
