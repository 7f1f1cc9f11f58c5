package dev.tenantsim.engine.kernel.queue;

/**
 * First in, first out over all keys: the oldest queued job whose key is below its cap starts next.
 *
 * <p>Global arrival order is kept as a heap of the eligible keys ranked by the arrival sequence of
 * their head job: within a key, jobs are FIFO, so the oldest eligible job overall is the head of
 * the top key. A capped key leaves the heap, so a backlog of 100,000 capped jobs costs nothing to
 * skip (O(log keys) per operation). Sizes and weights are ignored.
 */
public final class FifoDiscipline extends AbstractQueueDiscipline {
    /** The name used in scenario files ({@code workers.discipline}). */
    public static final String NAME = "fifo";
    /** Its line in {@code tenantsim list disciplines}. */
    public static final String DESCRIPTION = "first come, first served";
    private final EligibleKeyHeap eligible;

    public FifoDiscipline(int keyCount) {
        super(keyCount);
        eligible = new EligibleKeyHeap(keyCount);
    }

    @Override
    int nextEligibleKey() {
        return eligible.peek();
    }

    @Override
    void dequeued(int key, double size) {
        keyChanged(key);
    }

    @Override
    void keyChanged(int key) {
        if (eligible(key)) {
            eligible.put(key, 0.0, queues.headSeq(key));
        } else {
            eligible.remove(key);
        }
    }
}
