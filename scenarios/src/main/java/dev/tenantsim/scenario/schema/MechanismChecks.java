package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.Tree.list;
import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.node;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.report.Formats;
import dev.tenantsim.scenario.model.RegionRoundTrips;
import dev.tenantsim.scenario.runner.model.ScheduledJobs;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-field rules of the request path's dependencies and of regions, and the report windows
 * against the horizon: a per-tier share or failure rate must name a tier; a stack's region must
 * be one the round-trip table knows (or have a {@code roundTrip} of its own); every explicit
 * tenant's users' region must be one each regional stack knows the round trip from; a report
 * window must start inside the horizon; a stack's {@code sizing} needs {@code size: auto}.
 */
final class MechanismChecks {
    private final Problems problems;

    MechanismChecks(Problems problems) {
        this.problems = problems;
    }

    void check(YMap root, Set<String> tiers) {
        YMap deps = map(map(root, "request"), "dependencies");
        if (deps != null && tiers != null) {
            for (YMap.Entry e : deps.entries()) {
                String path = "request.dependencies." + e.key();
                SemanticChecks.tierKeys(problems, map(e.value(), "shareByTier"), path + ".shareByTier", tiers);
                SemanticChecks.tierKeys(problems, map(e.value(), "failureRateByTier"), path + ".failureRateByTier", tiers);
            }
        }
        checkRegions(root);
        checkSizing(root);
        checkWindows(root);
        new ClassChecks(problems).check(map(root, "request"));
    }

    /** Every stack node of the topology, by its path. */
    private static Map<String, YMap> stacks(YMap topology) {
        Map<String, YMap> out = new LinkedHashMap<>();
        if (topology == null) {
            return out;
        }
        for (String k : List.of("pooled", "dedicated")) {
            if (map(topology, k) != null) {
                out.put("topology." + k, map(topology, k));
            }
        }
        YMap hybrid = map(topology, "hybrid");
        for (String k : List.of("pool", "dedicated")) {
            if (map(hybrid, k) != null) {
                out.put("topology.hybrid." + k, map(hybrid, k));
            }
        }
        YMap cells = map(topology, "cells");
        if (cells != null) {
            for (YMap.Entry e : cells.entries()) {
                if (e.value() instanceof YMap m) {
                    out.put("topology.cells." + e.key(), m);
                }
            }
        }
        return out;
    }

    /** {@code sizing:} is the rule of {@code size: auto}; on a fixed stack it would be silently ignored. */
    private void checkSizing(YMap root) {
        for (Map.Entry<String, YMap> s : stacks(map(root, "topology")).entrySet()) {
            if (map(s.getValue(), "sizing") != null && !"auto".equals(value(s.getValue(), "size"))) {
                problems.add(node(s.getValue(), "sizing"), s.getKey() + ".sizing", "given", "applies only with size: auto (the stack's size is "
                        + (value(s.getValue(), "size") == null ? "fixed by default" : value(s.getValue(), "size")) + "); add size: auto or remove sizing");
            }
        }
    }

    private void checkRegions(YMap root) {
        List<Set<String>> knownPerStack = new ArrayList<>();
        for (Map.Entry<String, YMap> s : stacks(map(root, "topology")).entrySet()) {
            if (!(value(s.getValue(), "region") instanceof String region)) {
                continue;
            }
            YMap own = map(s.getValue(), "roundTrip");
            Set<String> known = new TreeSet<>();
            if (RegionRoundTrips.known().contains(region)) {
                known.addAll(RegionRoundTrips.known());
            } else if (own == null) {
                problems.add(node(s.getValue(), "region"), s.getKey() + ".region", region, "unknown region (no round trips known; "
                        + "give the stack a roundTrip table for a region of your own); " + Suggest.hint(region, RegionRoundTrips.known()));
                continue;
            }
            known.add(region);
            if (own != null) {
                known.addAll(own.keys());
            }
            knownPerStack.add(known);
        }
        if (knownPerStack.isEmpty()) {
            return;
        }
        int i = 0;
        for (YNode t : list(map(root, "tenants"), "explicit")) {
            String key = t instanceof YMap m && m.has("usersRegion") ? "usersRegion" : "region";
            if (value(t, key) instanceof String r) {
                for (Set<String> known : knownPerStack) {
                    if (!known.contains(r)) {
                        problems.add(node(t, key), "tenants.explicit[" + i + "]." + key, r, "unknown region: no round trip to its stack"
                                + ("region".equals(key) ? " (set usersRegion to where its users sit)" : "") + "; " + Suggest.hint(r, known));
                        break;
                    }
                }
            }
            i++;
        }
    }

    /** A report window that starts at or after the horizon's end can show nothing: an error. */
    private void checkWindows(YMap root) {
        YMap horizon = map(root, "horizon");
        if (!(value(horizon, "length") instanceof Duration len)) {
            return;
        }
        OffsetDateTime start = value(horizon, "start") instanceof OffsetDateTime o ? o : null;
        dev.tenantsim.scenario.model.Horizon h = new dev.tenantsim.scenario.model.Horizon(start, len, Duration.ofMinutes(1));
        int i = 0;
        for (YNode w : list(map(root, "report"), "windows")) {
            if (value(w, "from") instanceof LocalTime from && ScheduledJobs.offsetSeconds(h, from) >= h.lengthSeconds()) {
                LocalTime begin = start == null ? LocalTime.MIDNIGHT : start.toLocalTime();
                problems.add(node(w, "from"), "report.windows[" + i + "].from", from.toString(), "must lie within the horizon, which runs "
                        + Formats.span(h.lengthSeconds()) + " from " + begin + " (until " + begin.plusSeconds((long) Math.min(h.lengthSeconds(), 86_399))
                        + (h.lengthSeconds() >= 86_400 ? " on a later day" : "") + ")");
            }
            i++;
        }
    }
}
