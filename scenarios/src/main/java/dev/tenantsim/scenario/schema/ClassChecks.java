package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.node;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.report.Formats;
import dev.tenantsim.scenario.yaml.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cross-field rules of the request classes: their shares add up to 100%; a class's route is
 * {@code primary}, {@code replica} (when {@code request.replica} is given) or one of
 * {@code request.stores}, with a did-you-mean; a store is not named primary or replica.
 */
final class ClassChecks {
    private final Problems problems;

    ClassChecks(Problems problems) {
        this.problems = problems;
    }

    void check(YMap request) {
        if (request == null) {
            return;
        }
        List<String> routes = new ArrayList<>(List.of("primary"));
        if (map(request, "replica") != null) {
            routes.add("replica");
        }
        YMap stores = map(request, "stores");
        if (stores != null) {
            for (YMap.Entry e : stores.entries()) {
                if (e.key().equals("primary") || e.key().equals("replica")) {
                    problems.add(e.value(), "request.stores." + e.key(), e.key(), "a store must not be named primary or replica"
                            + " (those routes are the stack's own database and request.replica)");
                } else {
                    routes.add(e.key());
                }
            }
        }
        YMap classes = map(request, "classes");
        if (classes == null) {
            return;
        }
        double sum = 0;
        boolean allShares = true;
        for (YMap.Entry e : classes.entries()) {
            String path = "request.classes." + e.key();
            if (value(e.value(), "share") instanceof Double s) {
                sum += s;
            } else {
                allShares = false;
            }
            if (value(e.value(), "route") instanceof String route && !routes.contains(route)) {
                String why = route.equals("replica") ? "needs request.replica (a read replica of each shard); " : "";
                problems.add(node(e.value(), "route"), path + ".route", route, "unknown route: " + why + Suggest.hint(route, routes));
            }
        }
        if (allShares && Math.abs(sum - 1) > 1e-9) {
            problems.add(classes, "request.classes", String.format(Locale.ROOT, "shares adding up to %s%%", Formats.number(sum * 100)),
                    "the classes' shares must add up to 100%");
        }
    }
}
