package dev.tenantsim.engine.kernel.queue;

/**
 * Weighted fair queueing with virtual time, in its <b>self-clocked</b> variant (SCFQ, Golestani
 * 1994): each key's head job carries a virtual finish tag
 * <pre>  F = max(V, lastFinish[key]) + size / weight[key]</pre>
 * and the eligible key with the smallest tag is served (ties: older head job first). The system
 * virtual time {@code V} is the tag of the job most recently started, so it never decreases.
 *
 * <p><b>Why this variant.</b> Packet-by-packet WFQ (PGPS) defines {@code V} by simulating the fluid
 * GPS server alongside, which needs the server's rate and the set of backlogged flows at every
 * instant; for a pool of {@code c} workers whose keys are throttled by concurrency caps that fluid
 * reference is not well defined, and tracking it costs O(keys) per event. SCFQ needs only the tags
 * (O(log keys) per operation), keeps the WFQ long-run shares exactly — two backlogged keys receive
 * work in the ratio of their weights, within one maximum job size per key at any moment — and
 * like start-time fair queueing it does not need the service rate. Its known cost, a larger delay
 * bound for low-rate keys when very many keys are active, matters little for background jobs.
 *
 * <p><b>Caps.</b> A key's head tag is computed when the key becomes eligible (a job queued on an
 * idle key, or a slot freed under its cap) and after each of its jobs starts. A key blocked at its
 * cap is out of the heap and banks no credit: when it returns, {@code max(V, …)} puts it level with
 * the others, so a capped tenant cannot later burst past its fair share. Weight changes apply to
 * tags computed afterwards.
 */
public final class WeightedFairQueueing extends AbstractQueueDiscipline {
    /** The name used in scenario files ({@code workers.discipline}). */
    public static final String NAME = "wfq";
    /** Its line in {@code tenantsim list disciplines}. */
    public static final String DESCRIPTION = "weighted fair queueing, weights by tier";
    private final EligibleKeyHeap eligible;
    private final double[] lastFinish;
    private double virtualTime;

    public WeightedFairQueueing(int keyCount) {
        super(keyCount);
        eligible = new EligibleKeyHeap(keyCount);
        lastFinish = new double[keyCount];
    }

    /** The system virtual time: the finish tag of the job most recently started. */
    public double virtualTime() {
        return virtualTime;
    }

    @Override
    int nextEligibleKey() {
        return eligible.peek();
    }

    @Override
    void dequeued(int key, double size) {
        double finish = eligible.rank(key);
        if (finish > virtualTime) {
            virtualTime = finish;
        }
        lastFinish[key] = finish;
        if (eligible(key)) {
            tag(key);
        } else {
            eligible.remove(key);
        }
    }

    @Override
    void keyChanged(int key) {
        boolean in = eligible.contains(key);
        if (eligible(key)) {
            if (!in) {
                tag(key);
            }
        } else if (in) {
            eligible.remove(key);
        }
    }

    private void tag(int key) {
        double start = Math.max(virtualTime, lastFinish[key]);
        eligible.put(key, start + queues.headSize(key) / weight[key], queues.headSeq(key));
    }
}
