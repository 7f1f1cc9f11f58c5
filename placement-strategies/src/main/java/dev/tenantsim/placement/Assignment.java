package dev.tenantsim.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * What a strategy decided: tenant → cell ({@code -1} when rejected), the rejections, and the load
 * basis its headroom checks used. The caller applies it; nothing is mutated.
 */
public final class Assignment {
    private final String strategy;
    private final LoadBasis basis;
    private final int[] cellOf;
    private final List<Rejection> rejections;

    public Assignment(String strategy, LoadBasis basis, int[] cellOf, List<Rejection> rejections) {
        if (strategy == null || basis == null || cellOf == null || rejections == null) {
            throw new IllegalArgumentException("assignment must name strategy, basis, cells and rejections");
        }
        this.strategy = strategy;
        this.basis = basis;
        this.cellOf = cellOf.clone();
        this.rejections = List.copyOf(rejections);
        int unplaced = 0;
        for (int c : this.cellOf) {
            if (c < 0) {
                unplaced++;
            }
        }
        if (unplaced != this.rejections.size()) {
            throw new IllegalArgumentException("unplaced tenants (" + unplaced + ") must equal rejections ("
                    + this.rejections.size() + ")");
        }
    }

    public String strategy() {
        return strategy;
    }

    public LoadBasis basis() {
        return basis;
    }

    public int tenantCount() {
        return cellOf.length;
    }

    /** The cell of tenant {@code t}, or -1 if it was rejected. */
    public int cellOf(int t) {
        return cellOf[t];
    }

    /** A copy of the tenant → cell array. */
    public int[] cells() {
        return cellOf.clone();
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    public boolean isComplete() {
        return rejections.isEmpty();
    }

    /** This assignment if every tenant was placed, else a {@link PlacementException} listing who and why. */
    public Assignment requireComplete() {
        if (!rejections.isEmpty()) {
            throw new PlacementException(strategy, rejections);
        }
        return this;
    }

    /** Number of distinct cells holding at least one tenant. */
    public int cellsUsed() {
        int max = -1;
        for (int c : cellOf) {
            max = Math.max(max, c);
        }
        boolean[] used = new boolean[max + 1];
        int n = 0;
        for (int c : cellOf) {
            if (c >= 0 && !used[c]) {
                used[c] = true;
                n++;
            }
        }
        return n;
    }

    /** Tenants on cell {@code c}, in index order. */
    public List<Integer> tenantsOn(int c) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < cellOf.length; t++) {
            if (cellOf[t] == c) {
                out.add(t);
            }
        }
        return out;
    }
}
