package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

final class ProgressTest {
    private long now;

    @Test
    void aTerminalGetsABarWithAnEta() {
        StringWriter w = new StringWriter();
        Progress p = new Progress(new PrintWriter(w), false, true, () -> now);
        p.start("simulating x", 100);
        now = 1_000_000_000L;
        p.advance(25);
        // 25% in 1 s: 3 s left.
        assertTrue(w.toString().contains("simulating x [#######.......................]  25% ETA 0:03"), w.toString());
        now = 4_000_000_000L;
        p.advance(75);
        p.done();
        assertTrue(w.toString().contains("100% done in 4.0 s"), w.toString());
    }

    @Test
    void quietPrintsNothing() {
        StringWriter w = new StringWriter();
        Progress p = new Progress(new PrintWriter(w), true, true, () -> now);
        p.start("x", 10);
        now = 5_000_000_000L;
        p.advance(10);
        p.done();
        assertEquals("", w.toString());
    }

    @Test
    void aLogGetsAnOccasionalLineOnlyForLongRuns() {
        StringWriter w = new StringWriter();
        Progress p = new Progress(new PrintWriter(w), false, false, () -> now);
        p.start("x", 100);
        now = 100_000_000L;
        p.advance(50);
        assertEquals("", w.toString(), "short runs stay silent");
        now = 3_000_000_000L;
        p.advance(25);
        p.done();
        assertTrue(w.toString().contains("x: 75% done, about 0:01 left"), w.toString());
        assertTrue(w.toString().contains("x: done in 3.0 s"), w.toString());
    }
}
