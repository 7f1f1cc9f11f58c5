package dev.tenantsim.engine.kernel.queue;

import java.util.Arrays;

/**
 * The bookkeeping every discipline shares: per-key FIFO queues, in-service counts, caps and
 * weights, and argument checks. A subclass only chooses the key to serve ({@link #nextEligibleKey})
 * and keeps its own structure in step through two hooks.
 */
abstract class AbstractQueueDiscipline implements QueueDiscipline {
    final int keyCount;
    final KeyedJobQueues queues;
    final int[] inService;
    final int[] cap;
    final double[] weight;
    private int waiting;
    private long nextSeq;

    AbstractQueueDiscipline(int keyCount) {
        if (keyCount < 1) {
            throw new IllegalArgumentException("keyCount (" + keyCount + ") must be >= 1");
        }
        this.keyCount = keyCount;
        this.queues = new KeyedJobQueues(keyCount, 1024);
        this.inService = new int[keyCount];
        this.cap = new int[keyCount];
        this.weight = new double[keyCount];
        Arrays.fill(cap, UNCAPPED);
        Arrays.fill(weight, 1.0);
    }

    /** An eligible key to serve next, or -1 if there is none. It may advance the subclass's own turn state. */
    abstract int nextEligibleKey();

    /** The head job of {@code key}, of the given size, has just gone into service. */
    abstract void dequeued(int key, double size);

    /** A job of the given size was appended to {@code key}'s queue. */
    void enqueued(int key, double size) {
        keyChanged(key);
    }

    /** Something about {@code key} changed (a job queued or completed, cap or weight set): re-check its eligibility. */
    abstract void keyChanged(int key);

    @Override
    public final void enqueue(int job, int key, double size) {
        if (job < 0) {
            throw new IllegalArgumentException("job (" + job + ") must be >= 0");
        }
        checkKey(key);
        if (!(size > 0) || size == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("size (" + size + ") of job " + job + " must be a finite number > 0");
        }
        queues.add(key, job, size, nextSeq++);
        waiting++;
        enqueued(key, size);
    }

    @Override
    public final int dequeue() {
        int key = nextEligibleKey();
        if (key < 0) {
            return NONE;
        }
        double size = queues.headSize(key);
        int job = queues.poll(key);
        inService[key]++;
        waiting--;
        dequeued(key, size);
        return job;
    }

    @Override
    public final void onComplete(int key) {
        checkKey(key);
        if (inService[key] == 0) {
            throw new IllegalStateException("onComplete(key " + key + ") but no job of that key is in service");
        }
        inService[key]--;
        keyChanged(key);
    }

    @Override
    public final int size() {
        return waiting;
    }

    @Override
    public final int queued(int key) {
        checkKey(key);
        return queues.count(key);
    }

    @Override
    public final int inService(int key) {
        checkKey(key);
        return inService[key];
    }

    @Override
    public final int keyCount() {
        return keyCount;
    }

    @Override
    public void setWeight(int key, double w) {
        checkKey(key);
        if (!(w > 0) || w == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("weight (" + w + ") of key " + key + " must be a finite number > 0");
        }
        weight[key] = w;
        keyChanged(key);
    }

    @Override
    public final double weight(int key) {
        checkKey(key);
        return weight[key];
    }

    @Override
    public final void setCap(int key, int maxInService) {
        checkKey(key);
        if (maxInService < 1) {
            throw new IllegalArgumentException("cap (" + maxInService + ") of key " + key
                    + " must be >= 1, or QueueDiscipline.UNCAPPED for no limit");
        }
        cap[key] = maxInService;
        keyChanged(key);
    }

    @Override
    public final int cap(int key) {
        checkKey(key);
        return cap[key];
    }

    /** A queued job and a free slot under the cap. */
    final boolean eligible(int key) {
        return queues.count(key) > 0 && inService[key] < cap[key];
    }

    final void checkKey(int key) {
        if (key < 0 || key >= keyCount) {
            throw new IllegalArgumentException("key (" + key + ") must be in 0.." + (keyCount - 1));
        }
    }
}
