package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.node;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YScalar;
import java.time.Duration;

/**
 * The rules of a tier's {@code slo:} that span its keys: which keys each budgeting method needs and
 * allows (timeslices: p99, one-minute slices; occurrences: target and threshold), and a target that
 * leaves an error budget.
 */
final class SloChecks {
    private final Problems problems;

    SloChecks(Problems problems) {
        this.problems = problems;
    }

    /** Checks the SLO of every tier of {@code tiers} (a mapping from tier name to tier). */
    void check(YMap tiers) {
        if (tiers == null) {
            return;
        }
        for (YMap.Entry e : tiers.entries()) {
            YMap slo = map(e.value(), "slo");
            if (slo != null) {
                check(slo, "tiers." + e.key() + ".slo");
            }
        }
    }

    private void check(YMap slo, String path) {
        boolean occurrences = "occurrences".equals(value(slo, "method"));
        boolean imported = slo.has("openslo"); // a document that could not be read is reported by the import alone
        if (occurrences) {
            if (!slo.has("target") && !imported) {
                problems.add(slo, path, "", "missing required key 'target' (an occurrences SLO counts good requests against a target, e.g. target: 99.9%)");
            }
            if (!slo.has("threshold") && !imported) {
                problems.add(slo, path, "", "missing required key 'threshold' (an occurrences SLO's good requests complete within it, e.g. threshold: 300ms)");
            }
            if (slo.has("slice")) {
                problems.add(node(slo, "slice"), path + ".slice", text(slo, "slice"), "applies to method timeslices only; an occurrences SLO counts requests");
            }
        } else {
            boolean meantOccurrences = !slo.has("p99") && !slo.has("method") && slo.has("threshold");
            if (meantOccurrences && !imported) {
                problems.add(slo, path, "", "missing required key 'p99' (p99 latency objective per minute); "
                        + "with a threshold, did you mean method: occurrences?");
            } else if (!slo.has("p99") && !imported) {
                problems.add(slo, path, "", "missing required key 'p99' (p99 latency objective per minute, e.g. 250ms)");
            }
            if (slo.has("threshold") && !meantOccurrences) {
                problems.add(node(slo, "threshold"), path + ".threshold", text(slo, "threshold"),
                        "applies to method occurrences only; a timeslices SLO judges each minute's p99 against p99");
            }
            if (value(slo, "slice") instanceof Duration slice && !slice.equals(Duration.ofMinutes(1))) {
                problems.add(node(slo, "slice"), path + ".slice", text(slo, "slice"),
                        "must be 1m: slices are the one-minute windows of the per-minute SLO rule");
            }
        }
        if (value(slo, "target") instanceof Double target && target >= 1) {
            problems.add(node(slo, "target"), path + ".target", text(slo, "target"),
                    "must be below 100%: a 100% target leaves no error budget");
        }
    }

    /** The value as written in the file. */
    private static String text(YMap map, String key) {
        return node(map, key) instanceof YScalar s ? s.text() : "";
    }
}
