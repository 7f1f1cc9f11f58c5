package dev.tenantsim.placement;

import dev.tenantsim.placement.binpacking.BestFitDecreasingStrategy;
import dev.tenantsim.placement.binpacking.FirstFitDecreasingStrategy;
import dev.tenantsim.placement.correlation.CorrelationAwareStrategy;
import dev.tenantsim.placement.scoring.SpikyAwareStrategy;
import dev.tenantsim.placement.spread.HashStrategy;
import dev.tenantsim.placement.spread.RandomStrategy;
import dev.tenantsim.placement.spread.RoundRobinStrategy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The registry of strategies, keyed by the name used in YAML ({@code placement: { strategy: hash }}):
 * the one list of strategies, each strategy class carrying its own {@code NAME} and one-line
 * {@code DESCRIPTION}. Adding a strategy is one class and one line here.
 */
public final class PlacementStrategies {
    /** A registered strategy: its line in {@code tenantsim list} and how to build it from the options. */
    private record Entry(String description, Function<PlacementOptions, PlacementStrategy> factory) {
    }

    private static final Map<String, Entry> ENTRIES;

    static {
        Map<String, Entry> m = new LinkedHashMap<>();
        add(m, RoundRobinStrategy.NAME, RoundRobinStrategy.DESCRIPTION, o -> new RoundRobinStrategy(o.basis()));
        add(m, RandomStrategy.NAME, RandomStrategy.DESCRIPTION, o -> new RandomStrategy(o.basis(), o.seed()));
        add(m, HashStrategy.NAME, HashStrategy.DESCRIPTION, o -> new HashStrategy(o.basis()));
        add(m, FirstFitDecreasingStrategy.NAME, FirstFitDecreasingStrategy.DESCRIPTION,
                o -> new FirstFitDecreasingStrategy(o.basis()));
        add(m, BestFitDecreasingStrategy.NAME, BestFitDecreasingStrategy.DESCRIPTION,
                o -> new BestFitDecreasingStrategy(o.basis()));
        add(m, SpikyAwareStrategy.NAME, SpikyAwareStrategy.DESCRIPTION,
                o -> new SpikyAwareStrategy(o.basis(), o.spikyThreshold(), o.spikyPenalty()));
        add(m, CorrelationAwareStrategy.NAME, CorrelationAwareStrategy.DESCRIPTION, o -> new CorrelationAwareStrategy());
        ENTRIES = Collections.unmodifiableMap(m);
    }

    private PlacementStrategies() {
    }

    private static void add(Map<String, Entry> m, String name, String description,
                            Function<PlacementOptions, PlacementStrategy> factory) {
        if (m.putIfAbsent(name, new Entry(description, factory)) != null) {
            throw new IllegalStateException("placement strategy " + name + " is registered twice");
        }
    }

    /** Names of every strategy, in registration order. */
    public static Set<String> names() {
        return ENTRIES.keySet();
    }

    /** Strategy name → its one-line description, in registration order. */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        ENTRIES.forEach((name, e) -> m.put(name, e.description()));
        return Collections.unmodifiableMap(m);
    }

    /** The strategy {@code name} with the default options; an unknown name fails with the allowed ones. */
    public static PlacementStrategy named(String name) {
        return create(name, PlacementOptions.defaults());
    }

    /** The strategy registered as {@code name}, with {@code options} (defaults when null); unknown names fail as {@link #named}. */
    public static PlacementStrategy create(String name, PlacementOptions options) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("placement.strategy (" + name + ") must be one of " + String.join(", ", names()));
        }
        return e.factory().apply(options == null ? PlacementOptions.defaults() : options);
    }
}
