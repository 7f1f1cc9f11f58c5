package dev.tenantsim.workload.trace;

import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.Signature;

/** A signature replaying a resampled trace: one float per minute from minute {@code offset}. */
public final class ReplaySignature implements Signature {
    private final float[] rates;
    private final int offset;
    private final boolean repeat;
    private final RequestWork work;

    ReplaySignature(float[] rates, int offset, boolean repeat, RequestWork work) {
        this.rates = rates;
        this.offset = offset;
        this.repeat = repeat;
        this.work = work;
    }

    /** First minute covered by the trace. */
    public int firstMinute() {
        return offset;
    }

    /** Minutes covered by the trace. */
    public int tracedMinutes() {
        return rates.length;
    }

    @Override
    public double rate(int minute) {
        int k = minute - offset;
        if (k >= 0 && k < rates.length) {
            return rates[k];
        }
        return repeat && rates.length > 0 ? rates[Math.floorMod(k, rates.length)] : 0;
    }

    @Override
    public void fillRates(int fromMinute, double[] out, int off, int length) {
        int n = rates.length;
        for (int i = 0; i < length; i++) {
            int k = fromMinute + i - offset;
            if (k >= 0 && k < n) {
                out[off + i] = rates[k];
            } else {
                out[off + i] = repeat && n > 0 ? rates[Math.floorMod(k, n)] : 0;
            }
        }
    }

    @Override
    public RequestWork work() {
        return work;
    }
}
