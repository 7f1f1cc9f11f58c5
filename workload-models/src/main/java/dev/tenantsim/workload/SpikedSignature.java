package dev.tenantsim.workload;

import java.util.List;

/**
 * A signature whose rate is multiplied by {@code factor} over the window {@code [fromSecond,
 * toSecond)} of the horizon (a load spike of the scenario's timeline): each minute's mean rate
 * is scaled by {@code 1 + (factor - 1) × overlap}, where {@code overlap} is the share of the minute
 * inside the window, so a minute half inside a ×5 spike carries ×3 its requests. Work per request,
 * the arrival mode and the jobs are the inner signature's.
 */
public final class SpikedSignature implements Signature {
    private final Signature inner;
    private final double fromSecond;
    private final double toSecond;
    private final double factor;

    public SpikedSignature(Signature inner, double fromSecond, double toSecond, double factor) {
        if (inner == null) {
            throw new IllegalArgumentException("signature (null) must be given");
        }
        if (!(fromSecond >= 0) || !(toSecond > fromSecond) || Double.isInfinite(toSecond)) {
            throw new IllegalArgumentException("spike window [" + fromSecond + ", " + toSecond + ") s must be finite, start at or"
                    + " after 0 and end after its start");
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("spike factor (" + factor + ") must be a finite number > 0");
        }
        this.inner = inner;
        this.fromSecond = fromSecond;
        this.toSecond = toSecond;
        this.factor = factor;
    }

    @Override
    public double rate(int minute) {
        return inner.rate(minute) * scale(minute);
    }

    @Override
    public void fillRates(int fromMinute, double[] out, int offset, int length) {
        inner.fillRates(fromMinute, out, offset, length);
        int first = Math.max(fromMinute, (int) Math.floor(fromSecond / STEP_SECONDS));
        int last = Math.min(fromMinute + length, (int) Math.ceil(toSecond / STEP_SECONDS));
        for (int m = first; m < last; m++) {
            out[offset + m - fromMinute] *= scale(m);
        }
    }

    /** The multiplier of minute {@code minute}: 1 outside the window, {@code factor} wholly inside. */
    double scale(int minute) {
        double start = (double) minute * STEP_SECONDS;
        double overlap = Math.max(0, Math.min(toSecond, start + STEP_SECONDS) - Math.max(fromSecond, start)) / STEP_SECONDS;
        return 1 + (factor - 1) * overlap;
    }

    @Override
    public ArrivalMode arrivalMode() {
        return inner.arrivalMode();
    }

    @Override
    public RequestWork work() {
        return inner.work();
    }

    @Override
    public List<ScheduledJob> jobs(int fromMinute, int toMinute) {
        return inner.jobs(fromMinute, toMinute);
    }
}
