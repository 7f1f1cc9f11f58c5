package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.schema.Tree.list;
import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.node;

import dev.tenantsim.scenario.schema.Problems;
import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import dev.tenantsim.scenario.yaml.YamlTreeReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a tier's SLO from an OpenSLO {@code SLO} document ({@code slo: { openslo: checkout-slo.yaml }},
 * relative to the scenario file) into the tier's own keys before validation: {@code
 * spec.budgetingMethod} (Occurrences or Timeslices) becomes {@code method}; the one objective's
 * {@code target} (or {@code targetPercent}) becomes {@code target}, its {@code value} with {@code op:
 * lte} (milliseconds) the occurrences {@code threshold} or the timeslices {@code p99};
 * {@code spec.timeWindow[0].duration} becomes {@code window}. A timeslices objective must judge a
 * 1-minute slice on its p99 ({@code timeSliceTarget: 0.99}, {@code timeSliceWindow: 1m}) — the
 * per-minute rule tenantsim simulates. The imported values are then validated like the file's own,
 * at the {@code openslo:} line.
 */
final class OpenSloImport {
    private final Problems problems;
    private final Path baseDir;

    OpenSloImport(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    /** Expands every {@code openslo:} of the base's and the variants' tiers in place. */
    void expand(YMap root) {
        expandTiers(map(root, "tiers"), "tiers");
        YMap variants = map(root, "variants");
        if (variants != null) {
            for (YMap.Entry v : variants.entries()) {
                expandTiers(map(v.value(), "tiers"), "variants." + v.key() + ".tiers");
            }
        }
    }

    private void expandTiers(YMap tiers, String path) {
        if (tiers == null) {
            return;
        }
        for (YMap.Entry t : tiers.entries()) {
            YMap slo = map(t.value(), "slo");
            if (slo != null && node(slo, "openslo") instanceof YScalar ref && ref.type() == YScalar.Type.STRING) {
                expand(slo, ref, path + "." + t.key() + ".slo");
            }
        }
    }

    private void expand(YMap slo, YScalar ref, String path) {
        Path file = baseDir.resolve(ref.text()).normalize();
        String at = path + ".openslo";
        if (!Files.isRegularFile(file)) {
            problems.add(ref, at, ref.text(), "file not found (looked for " + file.toAbsolutePath() + ")");
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(ref, at, ref.text(), "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return;
        }
        String name = file.getFileName().toString();
        YamlTreeReader.Result r = YamlTreeReader.read(text);
        if (!r.problems().isEmpty()) {
            YamlTreeReader.ReadProblem p = r.problems().get(0);
            problems.add(ref, at, where(name, p.location(), p.path()) + " " + p.found(), p.rule());
            return;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        String problem = read(r.root(), name, keys);
        if (problem != null) {
            problems.add(ref, at, ref.text(), problem);
            return;
        }
        for (Map.Entry<String, String> k : keys.entrySet()) {
            YNode own = node(slo, k.getKey());
            if (own != null && own.location().equals(ref.location())) {
                continue; // imported by an earlier expansion of the same tree (a sweep binds it again)
            }
            if (own != null) {
                problems.add(node(slo, k.getKey()), path + "." + k.getKey(), ((YScalar) node(slo, k.getKey())).text(),
                        "is given by the OpenSLO document " + ref.text() + "; remove it here");
            } else {
                slo.put(k.getKey(), ref.location(), new YScalar(ref.location(), k.getValue(), YScalar.Type.STRING));
            }
        }
    }

    /** The scenario keys of an OpenSLO SLO document, or what is wrong with it ("file:line:col: path: found — rule"). */
    private static String read(YNode root, String file, Map<String, String> keys) {
        YMap doc = root instanceof YMap m ? m : null;
        if (doc == null || !"SLO".equals(text(doc, "kind"))) {
            return where(file, root == null ? Location.NONE : root.location(), "kind") + " must be SLO (an OpenSLO SLO document)";
        }
        YMap spec = map(doc, "spec");
        if (spec == null) {
            return where(file, doc.location(), "spec") + " missing: an OpenSLO SLO has a spec";
        }
        String method = text(spec, "budgetingMethod");
        if (!"Occurrences".equals(method) && !"Timeslices".equals(method)) {
            return where(file, location(spec, "budgetingMethod"), "spec.budgetingMethod") + " (" + method
                    + ") must be Occurrences or Timeslices (RatioTimeslices is not simulated)";
        }
        boolean occurrences = "Occurrences".equals(method);
        keys.put("method", method.toLowerCase(Locale.ROOT));
        List<YNode> objectives = list(spec, "objectives");
        if (objectives.size() != 1 || !(objectives.get(0) instanceof YMap o)) {
            return where(file, location(spec, "objectives"), "spec.objectives") + " must hold exactly one objective (found "
                    + objectives.size() + ")";
        }
        String op = text(o, "op");
        if (op != null && !"lte".equals(op) && !"lt".equals(op)) {
            return where(file, location(o, "op"), "spec.objectives[0].op") + " (" + op + ") must be lte or lt: latency within the value";
        }
        BigDecimal value = number(o, "value");
        if (value == null) {
            return where(file, o.location(), "spec.objectives[0].value") + " missing: the latency objective in milliseconds";
        }
        keys.put(occurrences ? "threshold" : "p99", value.stripTrailingZeros().toPlainString() + "ms");
        BigDecimal target = number(o, "target");
        BigDecimal percent = number(o, "targetPercent");
        if (target == null && percent == null) {
            return where(file, o.location(), "spec.objectives[0].target") + " missing: the share of good events, e.g. 0.999";
        }
        BigDecimal pct = percent != null ? percent : target.movePointRight(2);
        keys.put("target", pct.stripTrailingZeros().toPlainString() + "%");
        if (!occurrences) {
            BigDecimal slice = number(o, "timeSliceTarget");
            if (slice != null && slice.compareTo(new BigDecimal("0.99")) != 0) {
                return where(file, location(o, "timeSliceTarget"), "spec.objectives[0].timeSliceTarget") + " (" + slice.toPlainString()
                        + ") must be 0.99: a slice is judged on its p99";
            }
            String window = text(o, "timeSliceWindow");
            if (window != null && !"1m".equals(window)) {
                keys.put("slice", window);
            }
        }
        if (list(spec, "timeWindow").size() > 0 && list(spec, "timeWindow").get(0) instanceof YMap w && text(w, "duration") != null) {
            keys.put("window", text(w, "duration"));
        }
        return null;
    }

    private static String text(YMap m, String key) {
        return node(m, key) instanceof YScalar s && s.type() != YScalar.Type.NULL ? s.text() : null;
    }

    private static BigDecimal number(YMap m, String key) {
        if (node(m, key) instanceof YScalar s && (s.type() == YScalar.Type.INTEGER || s.type() == YScalar.Type.FLOAT)) {
            try {
                return new BigDecimal(s.text());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Location location(YMap m, String key) {
        YNode n = node(m, key);
        return n == null ? m.location() : n.location();
    }

    private static String where(String file, Location l, String path) {
        return file + (l.known() ? ":" + l.line() + ":" + l.column() : "") + ": " + path;
    }
}
