package dev.tenantsim.workload.fingerprint;

import java.util.Arrays;

/**
 * Fingerprints of many tenants in one streaming pass over minutes. Feed it blocks of consecutive
 * minutes for all tenants ({@link #accept}); per-tenant state lives in primitive arrays indexed by
 * the dense tenant index, so nothing is allocated per minute and the tenant × minute matrix is never
 * held. Memory: about 1 KB of histogram per tenant, the aggregate (8 bytes per minute) and, for peak
 * coincidence, the histogram bins of every tenant at the aggregate's top 1% minutes (2 bytes per
 * tenant per such minute: a running top-K of the aggregate).
 */
public final class FingerprintAccumulator {
    private static final int DAY = 1440;
    private static final double[] COS = new double[DAY];
    private static final double[] SIN = new double[DAY];

    static {
        for (int i = 0; i < DAY; i++) {
            COS[i] = Math.cos(2 * Math.PI * i / DAY);
            SIN[i] = Math.sin(2 * Math.PI * i / DAY);
        }
    }

    private final int tenants;
    private final int horizon;
    private final int startMinuteOfDay;
    private final double[] sum;
    private final double[] sumSq;
    private final double[] sumXA;
    private final double[] sumCos;
    private final double[] sumSin;
    private final double[] max;
    private final int[] hist;
    private final double[] aggregate;
    private int minutesSeen;
    private double[] blockAggregate = new double[0];

    // running top-K minutes of the aggregate: a min-heap of (value, slot), bins per slot
    private final int topK;
    private final double[] heapValue;
    private final int[] heapSlot;
    private int heapSize;
    private final short[] topBins;

    /**
     * @param tenants          number of tenants (dense indices 0..tenants−1)
     * @param horizonMinutes   minutes that will be accepted (sizes the top-1% store)
     * @param startMinuteOfDay clock minute of day of minute 0 (for the diurnal phase), in [0, 1440)
     */
    public FingerprintAccumulator(int tenants, int horizonMinutes, int startMinuteOfDay) {
        if (tenants < 1) {
            throw new IllegalArgumentException("tenants (" + tenants + ") must be >= 1");
        }
        if (horizonMinutes < 1) {
            throw new IllegalArgumentException("horizon (" + horizonMinutes + " min) must be >= 1 minute");
        }
        if (startMinuteOfDay < 0 || startMinuteOfDay >= DAY) {
            throw new IllegalArgumentException("startMinuteOfDay (" + startMinuteOfDay + ") must be in [0, 1440)");
        }
        this.tenants = tenants;
        this.horizon = horizonMinutes;
        this.startMinuteOfDay = startMinuteOfDay;
        sum = new double[tenants];
        sumSq = new double[tenants];
        sumXA = new double[tenants];
        sumCos = new double[tenants];
        sumSin = new double[tenants];
        max = new double[tenants];
        hist = new int[tenants * LogBins.COUNT];
        aggregate = new double[horizonMinutes];
        topK = Math.max(1, (int) Math.ceil(0.01 * horizonMinutes));
        heapValue = new double[topK];
        heapSlot = new int[topK];
        topBins = new short[topK * tenants];
    }

    /**
     * Accepts minutes {@code fromMinute .. fromMinute+minutes−1} of every tenant, laid out tenant
     * major: the rate of tenant t at minute fromMinute+k is {@code block[t × minutes + k]}. Blocks
     * must come in order without gaps, starting at minute 0. Equivalent to {@link #acceptRow} for
     * every tenant, then {@link #endBlock}.
     */
    public void accept(int fromMinute, int minutes, double[] block) {
        if (block.length < tenants * minutes) {
            throw new IllegalArgumentException("block length (" + block.length + ") must be >= tenants × minutes ("
                    + (long) tenants * minutes + ")");
        }
        for (int t = 0; t < tenants; t++) {
            acceptRow(t, fromMinute, minutes, block, t * minutes);
        }
        endBlock(fromMinute, minutes, block);
    }

    /**
     * One tenant's minutes of the current block, {@code row[offset .. offset+minutes)}; call it while
     * the row is still in cache (right after filling it). Every tenant of the block must be given
     * once, then {@link #endBlock} with the whole block laid out as in {@link #accept}.
     */
    public void acceptRow(int tenant, int fromMinute, int minutes, double[] row, int offset) {
        if (fromMinute != minutesSeen) {
            throw new IllegalArgumentException("block starts at minute " + fromMinute + "; expected " + minutesSeen);
        }
        if (minutes < 1 || fromMinute + minutes > horizon) {
            throw new IllegalArgumentException("block of " + minutes + " minutes from " + fromMinute
                    + " must lie within the horizon of " + horizon + " minutes");
        }
        if (blockAggregate.length < minutes) {
            blockAggregate = Arrays.copyOf(blockAggregate, minutes);
        }
        double[] agg = blockAggregate;
        int hb = tenant * LogBins.COUNT;
        double s = 0;
        double s2 = 0;
        double sc = 0;
        double ss = 0;
        double mx = max[tenant];
        int c = (startMinuteOfDay + fromMinute) % DAY;
        for (int k = 0; k < minutes; k++) {
            double x = row[offset + k];
            s += x;
            s2 += x * x;
            sc += x * COS[c];
            ss += x * SIN[c];
            agg[k] += x;
            mx = Math.max(mx, x);
            hist[hb + LogBins.bin(x)]++;
            if (++c == DAY) {
                c = 0;
            }
        }
        sum[tenant] += s;
        sumSq[tenant] += s2;
        sumCos[tenant] += sc;
        sumSin[tenant] += ss;
        max[tenant] = mx;
    }

    /** Closes the block whose rows were given by {@link #acceptRow}: correlation terms and top minutes. */
    public void endBlock(int fromMinute, int minutes, double[] block) {
        if (fromMinute != minutesSeen) {
            throw new IllegalArgumentException("block starts at minute " + fromMinute + "; expected " + minutesSeen);
        }
        double[] agg = blockAggregate;
        for (int t = 0; t < tenants; t++) {
            int base = t * minutes;
            double sa = 0;
            for (int k = 0; k < minutes; k++) {
                sa += block[base + k] * agg[k];
            }
            sumXA[t] += sa;
        }
        for (int k = 0; k < minutes; k++) {
            aggregate[fromMinute + k] = agg[k];
            offerTop(agg[k], block, minutes, k);
            agg[k] = 0;
        }
        minutesSeen += minutes;
    }

    private void offerTop(double a, double[] block, int minutes, int k) {
        int slot;
        if (heapSize < topK) {
            slot = heapSize;
            heapValue[heapSize] = a;
            heapSlot[heapSize] = slot;
            siftUp(heapSize++);
        } else if (a > heapValue[0]) {
            slot = heapSlot[0];
            heapValue[0] = a;
            siftDown(0);
        } else {
            return;
        }
        int off = slot * tenants;
        for (int t = 0; t < tenants; t++) {
            topBins[off + t] = (short) LogBins.bin(block[t * minutes + k]);
        }
    }

    private void siftUp(int i) {
        while (i > 0) {
            int p = (i - 1) / 2;
            if (heapValue[p] <= heapValue[i]) {
                return;
            }
            swap(i, p);
            i = p;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < heapSize && heapValue[l] < heapValue[m]) {
                m = l;
            }
            if (r < heapSize && heapValue[r] < heapValue[m]) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(i, m);
            i = m;
        }
    }

    private void swap(int a, int b) {
        double v = heapValue[a];
        heapValue[a] = heapValue[b];
        heapValue[b] = v;
        int s = heapSlot[a];
        heapSlot[a] = heapSlot[b];
        heapSlot[b] = s;
    }

    /** Minutes accepted so far. */
    public int minutesSeen() {
        return minutesSeen;
    }

    /** The aggregate rate of the minutes seen (a copy). */
    public double[] aggregate() {
        return Arrays.copyOf(aggregate, minutesSeen);
    }

    /** Fingerprints of every tenant over the minutes seen. */
    public Fingerprint[] finish() {
        if (minutesSeen == 0) {
            throw new IllegalStateException("no minute was accepted");
        }
        int n = minutesSeen;
        double sumA = 0;
        double sumA2 = 0;
        for (int m = 0; m < n; m++) {
            sumA += aggregate[m];
            sumA2 += aggregate[m] * aggregate[m];
        }
        double meanA = sumA / n;
        double varA = Math.max(0, sumA2 / n - meanA * meanA);
        Fingerprint[] out = new Fingerprint[tenants];
        for (int t = 0; t < tenants; t++) {
            double mean = sum[t] / n;
            double var = Math.max(0, sumSq[t] / n - mean * mean);
            double sd = Math.sqrt(var);
            double cov = sumXA[t] / n - mean * meanA;
            double corr = var > 0 && varA > 0 ? clamp(cov / Math.sqrt(var * varA)) : 0;
            // others = A − x: cov(x, A − x) = cov(x, A) − var(x); var(A − x) = var(A) − 2 cov + var(x)
            double covO = cov - var;
            double varO = varA - 2 * cov + var;
            double corrO = var > 0 && varO > 1e-12 * Math.max(1, varA) ? clamp(covO / Math.sqrt(var * varO)) : 0;
            int hb = t * LogBins.COUNT;
            int b50 = binAtRank(hb, n, 0.50);
            int b95 = binAtRank(hb, n, 0.95);
            int b99 = binAtRank(hb, n, 0.99);
            double amp = diurnalAmplitude(sumCos[t], sumSin[t], n, mean);
            double phase = Math.atan2(sumSin[t], sumCos[t]);
            double peakHour = ((phase / (2 * Math.PI) * 24) % 24 + 24) % 24;
            double harmonic = amp * mean;
            double residualVar = Math.max(0, var - harmonic * harmonic / 2);
            out[t] = new Fingerprint(t, n, mean, value(b50, t), value(b95, t), value(b99, t), max[t],
                    mean > 0 ? max[t] / mean : 0, mean > 0 ? sd / mean : 0, mean > 0 ? 60 * var / mean : 0,
                    mean > 0 ? 60 * residualVar / mean : 0,
                    amp, amp > 0 ? peakHour : 0, corr, corrO, coincidence(t, b95), meanA > 0 ? mean / meanA : 0);
        }
        return out;
    }

    private double coincidence(int t, int b95) {
        int k = Math.min(heapSize, topK);
        if (b95 == 0) {
            return 0;
        }
        int hits = 0;
        for (int slot = 0; slot < k; slot++) {
            if (topBins[slot * tenants + t] >= b95) {
                hits++;
            }
        }
        return (double) hits / k;
    }

    private double value(int bin, int t) {
        return Math.min(LogBins.value(bin), max[t]);
    }

    private int binAtRank(int hb, int n, double q) {
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long cum = 0;
        for (int b = 0; b < LogBins.COUNT; b++) {
            cum += hist[hb + b];
            if (cum >= rank) {
                return b;
            }
        }
        return LogBins.OVERFLOW;
    }

    private static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }

    /**
     * The fingerprint's diurnal amplitude: the first daily harmonic's size relative to the mean,
     * {@code 2 |Σ y e^{iθ}| / n / mean}, from the sums of {@code y cos θ} and {@code y sin θ} over
     * {@code n} minutes ({@code θ} the minute's angle in the day); 0 for a zero mean.
     */
    public static double diurnalAmplitude(double sumCos, double sumSin, long n, double mean) {
        return mean > 0 ? 2 * Math.hypot(sumCos, sumSin) / n / mean : 0;
    }
}
