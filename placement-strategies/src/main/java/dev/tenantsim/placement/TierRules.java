package dev.tenantsim.placement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which kinds of cell each tier may be placed on. Tiers not named get the default kinds.
 *
 * @param allowedKinds per tier name, the kinds of cell it may use
 * @param defaultKinds kinds for tiers not in the map
 */
public record TierRules(Map<String, Set<CellKind>> allowedKinds, Set<CellKind> defaultKinds) {

    public TierRules {
        if (allowedKinds == null || defaultKinds == null) {
            throw new IllegalArgumentException("tier rules (null) must name allowed kinds and default kinds");
        }
        Map<String, Set<CellKind>> copy = new TreeMap<>();
        allowedKinds.forEach((tier, kinds) -> {
            if (kinds == null || kinds.isEmpty()) {
                throw new IllegalArgumentException("tierRules." + tier + " (" + kinds + ") must allow at least one cell kind");
            }
            copy.put(tier, Set.copyOf(EnumSet.copyOf(kinds)));
        });
        if (defaultKinds.isEmpty()) {
            throw new IllegalArgumentException("tierRules.default ([]) must allow at least one cell kind");
        }
        allowedKinds = Map.copyOf(copy);
        defaultKinds = Set.copyOf(EnumSet.copyOf(defaultKinds));
    }

    /** The platform's usual rule: enterprise → dedicated or isolated; every other tier → shared or performance. */
    public static TierRules standard() {
        return new TierRules(Map.of("enterprise", EnumSet.of(CellKind.DEDICATED, CellKind.ISOLATED)),
                EnumSet.of(CellKind.SHARED, CellKind.PERFORMANCE));
    }

    /** No tier rule: every tier may use every kind. */
    public static TierRules none() {
        return new TierRules(Map.of(), EnumSet.allOf(CellKind.class));
    }

    public Set<CellKind> kindsFor(String tier) {
        return allowedKinds.getOrDefault(tier, defaultKinds);
    }

    public boolean allows(String tier, CellKind kind) {
        return kindsFor(tier).contains(kind);
    }
}
