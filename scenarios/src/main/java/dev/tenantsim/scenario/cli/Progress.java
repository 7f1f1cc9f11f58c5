package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.RunProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: on a terminal, a bar with percentage and ETA redrawn in place (at most ten
 * times a second, and only once a phase has run for half a second); otherwise, for logs and
 * pipes, a line at each quarter of a phase that runs longer than two seconds. Silent when quiet.
 */
public final class Progress implements RunProgress {
    static final int WIDTH = 30;
    static final long TTY_DELAY_NANOS = 500_000_000L;
    static final long TTY_REDRAW_NANOS = 100_000_000L;
    static final long LINE_DELAY_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean tty;
    private final LongSupplier clock;
    private String what = "";
    private long total;
    private long done;
    private long startedAt;
    private long lastDrawAt;
    private int lastQuarter;
    private boolean drawn;

    public Progress(PrintWriter err, boolean quiet, boolean tty, LongSupplier nanoClock) {
        this.err = err;
        this.quiet = quiet;
        this.tty = tty;
        this.clock = nanoClock;
    }

    /** Progress for the real terminal: a bar when stderr is a console. */
    public static Progress forTerminal(PrintWriter err, boolean quiet) {
        return new Progress(err, quiet, System.console() != null, System::nanoTime);
    }

    @Override
    public void start(String phase, long totalUnits) {
        what = phase;
        total = Math.max(1, totalUnits);
        done = 0;
        startedAt = clock.getAsLong();
        lastDrawAt = startedAt;
        lastQuarter = 0;
        drawn = false;
    }

    @Override
    public void advance(long units) {
        done = Math.min(total, done + units);
        if (quiet) {
            return;
        }
        long now = clock.getAsLong();
        long elapsed = now - startedAt;
        if (tty) {
            if (elapsed >= TTY_DELAY_NANOS && now - lastDrawAt >= TTY_REDRAW_NANOS) {
                err.print("\r" + bar(elapsed));
                err.flush();
                lastDrawAt = now;
                drawn = true;
            }
        } else {
            int quarter = (int) (4 * done / total);
            if (elapsed >= LINE_DELAY_NANOS && quarter > lastQuarter && quarter < 4) {
                err.println(what + ": " + (quarter * 25) + "% done, about " + eta(elapsed) + " left");
                err.flush();
                drawn = true;
            }
            lastQuarter = Math.max(lastQuarter, quarter);
        }
    }

    @Override
    public void done() {
        if (quiet) {
            return;
        }
        long elapsed = clock.getAsLong() - startedAt;
        done = total;
        if (tty && drawn) {
            err.println("\r" + bar(elapsed));
        } else if (!tty && drawn) {
            err.println(what + ": done in " + seconds(elapsed));
        }
        err.flush();
    }

    /** "simulating x [#########.....] 60% ETA 0:12". */
    String bar(long elapsedNanos) {
        int filled = (int) (WIDTH * done / total);
        String b = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String tail = done >= total ? "done in " + seconds(elapsedNanos) : "ETA " + eta(elapsedNanos);
        return String.format(Locale.ROOT, "%s [%s] %3d%% %s", what, b, (int) (100 * done / total), tail);
    }

    private String eta(long elapsedNanos) {
        if (done == 0) {
            return "?";
        }
        long remaining = (long) (elapsedNanos * (double) (total - done) / done);
        long s = Math.round(remaining / 1e9);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
