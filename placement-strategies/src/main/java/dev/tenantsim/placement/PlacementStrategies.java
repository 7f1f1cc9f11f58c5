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

/** The registry of strategies, keyed by the name used in YAML ({@code placement: { strategy: hash }}). */
public final class PlacementStrategies {
    private static final Map<String, Function<PlacementOptions, PlacementStrategy>> FACTORIES;

    static {
        Map<String, Function<PlacementOptions, PlacementStrategy>> m = new LinkedHashMap<>();
        m.put("round-robin", o -> new RoundRobinStrategy(o.basis()));
        m.put("random", o -> new RandomStrategy(o.basis(), o.seed()));
        m.put("hash", o -> new HashStrategy(o.basis()));
        m.put("first-fit-decreasing", o -> new FirstFitDecreasingStrategy(o.basis()));
        m.put("best-fit-decreasing", o -> new BestFitDecreasingStrategy(o.basis()));
        m.put("spiky-aware", o -> new SpikyAwareStrategy(o.basis(), o.spikyThreshold(), o.spikyPenalty()));
        m.put("correlation-aware", o -> new CorrelationAwareStrategy());
        FACTORIES = Collections.unmodifiableMap(m);
    }

    private PlacementStrategies() {
    }

    /** Names of every strategy, in a stable order. */
    public static Set<String> names() {
        return FACTORIES.keySet();
    }

    /** The strategy registered as {@code name}; an unknown name fails with the list of valid names. */
    public static PlacementStrategy create(String name, PlacementOptions options) {
        Function<PlacementOptions, PlacementStrategy> f = FACTORIES.get(name);
        if (f == null) {
            throw new IllegalArgumentException("placement.strategy (" + name + ") must be one of " + names());
        }
        return f.apply(options == null ? PlacementOptions.defaults() : options);
    }
}
