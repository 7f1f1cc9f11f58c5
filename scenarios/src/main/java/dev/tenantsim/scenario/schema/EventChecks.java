package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.Tree.list;
import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.node;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.report.Formats;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the {@code events:} timeline beyond each field's shape: every window inside the
 * horizon ({@code at} from its start, {@code for} or {@code until} to at most its end), exactly one
 * of {@code for} and {@code until}, the parameters each kind needs and no others, tenants among
 * {@code tenants.explicit}, stacks among the topology's (by report name), and no fault the fluid
 * pass cannot apply on a horizon the fluid pass runs.
 */
final class EventChecks {
    /** Parameters each kind takes; the first {@code required} of them it needs. */
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "loadSpike", List.of("tenant", "factor"),
            "dbDegradation", List.of("stack", "cpu", "iops"),
            "stackOutage", List.of("stack", "failover"),
            "regionOutage", List.of("region", "failover"),
            "controlPlaneOutage", List.of("mapping", "ttl", "changesPerHour"),
            "dependencyOutage", List.of("dependency", "tenant"));
    private static final Map<String, Integer> REQUIRED = Map.of("loadSpike", 2, "dbDegradation", 1, "stackOutage", 1,
            "regionOutage", 1, "controlPlaneOutage", 0, "dependencyOutage", 1);
    private static final List<String> ALL_PARAMETERS = List.of("tenant", "factor", "stack", "cpu", "iops", "region", "failover",
            "dependency", "mapping", "ttl", "changesPerHour");
    /** Kinds the fluid pass does not apply (request level only). */
    private static final Set<String> REQUEST_LEVEL_ONLY = Set.of("dbDegradation", "stackOutage", "regionOutage",
            "controlPlaneOutage", "dependencyOutage");
    /** The horizon beyond which fidelity auto runs the fluid pass (HorizonRunner.REQUEST_LEVEL_LIMIT). */
    private static final Duration AUTO_FLUID_BEYOND = Duration.ofHours(6);

    private final Problems problems;

    EventChecks(Problems problems) {
        this.problems = problems;
    }

    void check(YMap root, Set<String> tenantIds) {
        List<YNode> events = list(root, "events");
        if (events.isEmpty()) {
            return;
        }
        YMap horizon = map(root, "horizon");
        Duration length = value(horizon, "length") instanceof Duration d ? d : null;
        OffsetDateTime start = value(horizon, "start") instanceof OffsetDateTime t ? t : null;
        Set<String> stacks = stackNames(map(root, "topology"));
        boolean fluid = fluid(horizon, length);
        int i = 0;
        for (YNode e : events) {
            if (e instanceof YMap m) {
                check(m, "events[" + i + "]", length, start, tenantIds, stacks, fluid, root);
            }
            i++;
        }
    }

    private void check(YMap e, String path, Duration length, OffsetDateTime start, Set<String> tenantIds, Set<String> stacks,
                       boolean fluid, YMap root) {
        Duration at = moment(e, "at", path, start);
        if (at != null && length != null && (at.isNegative() || at.compareTo(length) >= 0)) {
            problems.add(node(e, "at"), path + ".at", text(node(e, "at")), "must be inside the horizon: from its start (0s) to before"
                    + " its end (" + Formats.span(seconds(length)) + ")");
            at = null;
        }
        boolean hasFor = e.has("for");
        boolean hasUntil = e.has("until");
        if (hasFor == hasUntil) {
            problems.add(e, path, hasFor ? "for and until" : "", hasFor ? "give either for or until, not both"
                    : "needs for (a duration, e.g. 20m) or until (a time, like at) to say when it ends");
        }
        Duration end = null;
        if (hasFor && !hasUntil && at != null && value(e, "for") instanceof Duration f) {
            end = at.plus(f);
        } else if (hasUntil && !hasFor && at != null) {
            Duration u = moment(e, "until", path, start);
            if (u != null && u.compareTo(at) <= 0) {
                problems.add(node(e, "until"), path + ".until", text(node(e, "until")), "must be after at (" + text(node(e, "at")) + ")");
            } else {
                end = u;
            }
        }
        if (end != null && length != null && end.compareTo(length) > 0) {
            String key = hasFor ? "for" : "until";
            problems.add(node(e, key), path + "." + key, text(node(e, key)), "ends at " + Formats.span(seconds(end))
                    + " from the start, after the horizon's end (" + Formats.span(seconds(length)) + ")");
        }
        if (!(value(e, "kind") instanceof String kind)) {
            return;
        }
        List<String> own = PARAMETERS.get(kind);
        for (String p : ALL_PARAMETERS) {
            if (e.has(p) && !own.contains(p)) {
                problems.add(node(e, p), path + "." + p, text(node(e, p)), "is not a parameter of " + kind + "; it takes "
                        + String.join(", ", own));
            }
        }
        for (String p : own.subList(0, REQUIRED.get(kind))) {
            if (!e.has(p)) {
                problems.add(e, path + "." + p, "", kind + " needs " + p + " (" + describe(p) + ")");
            }
        }
        if ("dbDegradation".equals(kind) && !e.has("cpu") && !e.has("iops")) {
            problems.add(e, path, "", "dbDegradation needs cpu or iops (the share of the DB's cores or IOPS left, e.g. 30%)");
        }
        if (value(e, "tenant") instanceof String id && own.contains("tenant") && !tenantIds.contains(id)) {
            problems.add(node(e, "tenant"), path + ".tenant", id, tenantIds.isEmpty()
                    ? "unknown tenant; only tenants listed under tenants.explicit can be named"
                    : "unknown tenant; " + Suggest.hint(id, tenantIds));
        }
        if (value(e, "stack") instanceof String s && own.contains("stack") && stacks != null && !stacks.contains(s)) {
            problems.add(node(e, "stack"), path + ".stack", s, stacks.isEmpty()
                    ? "this topology has no stack an event can name (name the pool or a cell)"
                    : "unknown stack; " + Suggest.hint(s, stacks));
        }
        new DrillChecks(problems).check(e, path, kind, root, stacks);
        if (fluid && REQUEST_LEVEL_ONLY.contains(kind)) {
            problems.add(node(e, "kind"), path + ".kind", kind, "the fluid pass (horizon.fidelity fluid, or auto beyond 6 h) does"
                    + " not apply " + kind + "; set horizon.fidelity: request or a horizon of at most 6 h (loadSpike works in both)");
        }
    }

    /** A moment as time from the horizon's start, or null (with a problem when it cannot be placed). */
    private Duration moment(YMap e, String key, String path, OffsetDateTime start) {
        Object v = value(e, key);
        if (v instanceof Duration d) {
            return d;
        }
        if (v instanceof OffsetDateTime t) {
            if (start == null) {
                problems.add(node(e, key), path + "." + key, t.toString(), "a date-time needs horizon.start; give horizon.start or a"
                        + " time from the start, e.g. 2h30m");
                return null;
            }
            Duration d = Duration.between(start, t);
            if (d.isNegative()) {
                problems.add(node(e, key), path + "." + key, t.toString(), "is before horizon.start (" + start + ")");
                return null;
            }
            return d;
        }
        return null;
    }

    private static boolean fluid(YMap horizon, Duration length) {
        Object f = value(horizon, "fidelity");
        if ("fluid".equals(f)) {
            return true;
        }
        return (f == null || "auto".equals(f)) && length != null && length.compareTo(AUTO_FLUID_BEYOND) > 0;
    }

    /** The report names of the topology's stacks an event may name: pool, or group-1 .. group-count; null when unknown. */
    static Set<String> stackNames(YMap topology) {
        if (topology == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        if (topology.has("pooled") || topology.has("hybrid")) {
            names.add("pool");
        }
        YMap cells = map(topology, "cells");
        if (cells != null) {
            for (YMap.Entry g : cells.entries()) {
                if (value(g.value(), "count") instanceof Long n) {
                    for (long k = 1; k <= Math.min(n, 10_000); k++) {
                        names.add(g.key() + "-" + k);
                    }
                }
            }
        }
        return names;
    }

    private static String describe(String parameter) {
        return switch (parameter) {
            case "tenant" -> "the tenant, one of tenants.explicit";
            case "factor" -> "the arrival rate multiplier, e.g. 5";
            case "stack" -> "the stack's report name, e.g. pool or shared-2";
            case "region" -> "the region whose stacks go down, e.g. eu-west-1";
            case "dependency" -> "the dependency, one of request.dependencies, e.g. kms";
            default -> parameter;
        };
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static String text(YNode n) {
        return n instanceof dev.tenantsim.scenario.yaml.YScalar s ? s.text() : "";
    }
}
