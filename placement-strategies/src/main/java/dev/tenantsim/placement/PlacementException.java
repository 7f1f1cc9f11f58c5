package dev.tenantsim.placement;

import java.util.List;

/** Thrown when a complete assignment was required and some tenants could not be placed. */
public final class PlacementException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Rejection> rejections;

    public PlacementException(String strategy, List<Rejection> rejections) {
        super(message(strategy, rejections));
        this.rejections = List.copyOf(rejections);
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    private static String message(String strategy, List<Rejection> rejections) {
        StringBuilder b = new StringBuilder();
        b.append(strategy).append(": ").append(rejections.size()).append(" tenant(s) cannot be placed");
        int shown = 0;
        for (Rejection r : rejections) {
            if (shown++ == 10) {
                b.append("\n  ... and ").append(rejections.size() - 10).append(" more");
                break;
            }
            b.append("\n  ").append(r.message());
        }
        return b.toString();
    }
}
