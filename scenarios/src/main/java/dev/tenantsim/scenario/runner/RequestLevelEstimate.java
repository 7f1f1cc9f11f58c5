package dev.tenantsim.scenario.runner;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.runner.model.RequestSpan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.workload.Signature;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * What a request-level run ({@link PlatformRunner}) of a scenario will cost, before it runs: the
 * requests it expects (each tenant's rate over the span it simulates, {@link RequestSpans}), and
 * from them an approximate wall time and heap.
 *
 * <p>The constants are <b>approximate</b>, measured on the bundled scenarios with one
 * replication (see {@link #NANOS_PER_REQUEST}, {@link #BYTES_PER_TENANT_MINUTE}); a run's real cost
 * depends on how congested its stacks are (queues, retries) and on the machine, so read an
 * estimate as "within a factor of two or three". Stacks run in parallel, so the time is set by
 * the busiest stack or by the total over the threads, whichever is larger.
 *
 * @param tenants      tenants simulated
 * @param stacks       stacks they are on
 * @param minutes      minutes of the horizon simulated request by request, per replication
 * @param replications replications
 * @param requests     expected API requests per replication (jobs and retries not counted)
 * @param seconds      estimated wall time of the whole run
 * @param heapBytes    estimated heap the run needs at its peak
 */
public record RequestLevelEstimate(String scenario, int tenants, int stacks, int minutes, int replications, double requests,
                                   double seconds, long heapBytes) {
    /**
     * Wall time per simulated request, nanoseconds, noisy-neighbor solo runs included (approximate).
     * Measured with one replication on a 2-core machine, fidelity request: quickstart (41 tenants, one
     * pooled stack) 2.2 to 2.9 µs a request over 4 to 24 h; megacorp-export (801 tenants, one
     * congested stack) 3.3 to 3.6 µs over 4 to 12 h; acmedocs-capstone (12,000 tenants, 8 cells on
     * 2 threads) 2.4 µs of wall time a request over 30 min. Congested minutes cost more.
     */
    static final double NANOS_PER_REQUEST = 3_500;
    /**
     * Heap per tenant, simulated minute and replication (its rate, its per-minute load and SLO
     * bookkeeping), approximate: megacorp-export's live heap grew by about 116 bytes per tenant-minute
     * from 4 h to 12 h, and by about 146 with a second replication.
     */
    static final double BYTES_PER_TENANT_MINUTE = 128;
    /** Heap per tenant and replication (latency histograms, counters), approximate: about 15 KB measured. */
    static final double BYTES_PER_TENANT = 16_000;
    /** Heap of the run before any tenant (the model, the report's tables): about 20 MB measured. */
    static final long BASE_BYTES = 32L << 20;
    /**
     * Days sampled for the request count of a span longer than this many days: each weekday twice
     * (within a few percent of the exact count; 55,000 tenants over 30 days: about 5 s, model included).
     */
    static final int SAMPLED_DAYS = 14;

    /** The estimate of a request-level run of {@code s} at that seed, with stacks spread over {@code threads}. */
    public static RequestLevelEstimate of(Scenario s, long seed, int replications, int threads) {
        ScenarioModel model = ScenarioModels.forRequestLevel(s, seed);
        RequestSpan span = RequestSpans.of(s, new ArrayList<>());
        int n = model.tenantCount();
        int stacks = model.layout().stacks().size();
        double[] perStack = new double[stacks];
        double[] perTenant = new double[n];
        for (int t = 0; t < n; t++) {
            perTenant[t] = requests(model.workload().signature(t), span);
            perStack[model.layout().stackOf(t)] += perTenant[t];
        }
        double total = 0;
        double busiest = 0;
        for (double r : perStack) {
            total += r;
            busiest = Math.max(busiest, r);
        }
        Arrays.sort(perTenant);
        double solo = 0;
        for (int k = 0; k < Math.min(NoisyNeighbors.TOP_K, n); k++) {
            solo += perTenant[n - 1 - k];
        }
        double perReplication = Math.max(busiest, total / Math.max(1, threads)) + solo;
        double seconds = replications * perReplication * NANOS_PER_REQUEST / 1e9;
        long heap = BASE_BYTES + (long) ((double) replications * n * (BYTES_PER_TENANT + span.minutes() * BYTES_PER_TENANT_MINUTE));
        return new RequestLevelEstimate(s.name(), n, stacks, span.minutes(), replications, total, seconds, heap);
    }

    /**
     * Expected requests of one signature over the span: exact up to {@link #SAMPLED_DAYS} days; beyond,
     * {@link #SAMPLED_DAYS} whole days at the midpoints of as many equal parts of the span, each moved
     * by at most three days so that every weekday is sampled equally, scaled to the span's length.
     */
    static double requests(Signature sig, RequestSpan span) {
        int day = 1440;
        if (span.minutes() <= SAMPLED_DAYS * day) {
            return sum(sig, span.fromMinute(), span.minutes());
        }
        int days = span.minutes() / day;
        double sampled = 0;
        for (int i = 0; i < SAMPLED_DAYS; i++) {
            int d = (int) ((i + 0.5) * days / SAMPLED_DAYS);
            int shift = Math.floorMod(i - d, 7);
            d += shift > 3 ? shift - 7 : shift;
            d = d < 0 ? d + 7 : d >= days ? d - 7 : d;
            sampled += sum(sig, span.fromMinute() + d * day, day);
        }
        return sampled * span.minutes() / ((double) SAMPLED_DAYS * day);
    }

    private static double sum(Signature sig, int from, int minutes) {
        double[] rates = new double[Math.min(minutes, 1440)];
        double perSecond = 0;
        for (int m = 0; m < minutes; m += rates.length) {
            int len = Math.min(rates.length, minutes - m);
            sig.fillRates(from + m, rates, 0, len);
            for (int k = 0; k < len; k++) {
                perSecond += rates[k];
            }
        }
        return perSecond * Signature.STEP_SECONDS;
    }
}
