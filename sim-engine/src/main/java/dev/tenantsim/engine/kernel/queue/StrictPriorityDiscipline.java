package dev.tenantsim.engine.kernel.queue;

/**
 * Strict priority: among keys below their cap, the one with the highest priority level is served;
 * FIFO (global arrival order) among keys of equal level.
 *
 * <p>A key's level is its weight ({@link #setWeight} or its alias {@link #setPriority}; higher is
 * served first, default 1), so tier weights from a scenario work unchanged. Strict priority
 * starves lower levels while a higher level is backlogged and eligible — that is its definition;
 * a per-key cap on the high level is how to leave room for the others. Sizes are ignored.
 */
public final class StrictPriorityDiscipline extends AbstractQueueDiscipline {
    /** The name used in scenario files ({@code workers.discipline}). */
    public static final String NAME = "priority";
    /** Its line in {@code tenantsim list disciplines}. */
    public static final String DESCRIPTION = "strict priority by tier (enterprise first)";
    private final EligibleKeyHeap eligible;

    public StrictPriorityDiscipline(int keyCount) {
        super(keyCount);
        eligible = new EligibleKeyHeap(keyCount);
    }

    /** Sets the priority level of {@code key} (finite, {@code > 0}; higher is served first). Same as {@link #setWeight}. */
    public void setPriority(int key, double level) {
        setWeight(key, level);
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
            eligible.put(key, -weight[key], queues.headSeq(key));
        } else {
            eligible.remove(key);
        }
    }
}
