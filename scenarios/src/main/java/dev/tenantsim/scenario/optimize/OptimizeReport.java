package dev.tenantsim.scenario.optimize;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tenantsim.report.AtomicFolder;
import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.report.html.Html;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report folder of {@code optimize}: {@code index.html}, {@code designs.csv} (every grid point) and
 * {@code results.json} ({@code "format": "tenantsim-optimize/1"}), written all at once. The same
 * scenario, grid, constraints and seed give a byte-identical {@code results.json}.
 */
public final class OptimizeReport {
    public static final String FORMAT = "tenantsim-optimize/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** What the search was asked. */
    public record Question(String scenario, String objective, List<String> constraints, List<Axis> axes, long seed, String engine) {
    }

    /** One constraint of one design in results.json (null mean: not measured). */
    public record FigureDoc(String constraint, Double mean, Double halfWidth, boolean holds, boolean confident) {
    }

    /** One design in results.json. */
    public record DesignDoc(int point, String design, List<String> settings, String status, int replications, BigDecimal monthlyBill,
                            List<FigureDoc> figures, String binding, String note) {
    }

    /** results.json. */
    public record Document(String format, String scenario, String objective, List<String> constraints, String strategy, long seed,
                           int replications, int gridPoints, long runs, long fullGridRuns, DesignDoc chosen, List<DesignDoc> runnersUp,
                           DesignDoc cheapestInfeasible, List<String> whatItWouldTake, List<DesignDoc> designs) {
    }

    private OptimizeReport() {
    }

    public static Document document(Question q, SearchResult r) {
        List<DesignDoc> all = r.assessments().stream().map(OptimizeReport::design).toList();
        return new Document(FORMAT, q.scenario(), q.objective(), q.constraints(), r.strategy().word(), q.seed(),
                r.options().replications(), all.size(), r.runs(), r.fullGridRuns(), design(r.chosen()),
                r.runnersUp().stream().map(OptimizeReport::design).toList(), design(r.cheapestInfeasible()), r.whatItWouldTake(), all);
    }

    static DesignDoc design(Assessment a) {
        if (a == null) {
            return null;
        }
        List<FigureDoc> fs = a.judgements().stream().map(j -> new FigureDoc(j.constraint().describe(), finite(j.mean()),
                finite(j.halfWidth()), j.holds(), j.confident())).toList();
        Judgement b = a.binding();
        return new DesignDoc(a.candidate().index(), a.candidate().label(),
                a.candidate().settings().stream().map(s -> s.path() + "=" + s.value()).toList(), a.status().word(), a.replications(),
                a.cost(), fs, b == null ? null : b.constraint().describe(), a.note());
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Writes the folder (replacing a report there only with {@code force}). */
    public static WrittenReport write(Question q, SearchResult r, Path folder, boolean force) throws IOException {
        Document d = document(q, r);
        List<String> files = List.of("index.html", "designs.csv", "results.json");
        Path dest = AtomicFolder.write(folder, force, dir -> {
            MAPPER.writeValue(dir.resolve("results.json").toFile(), d);
            Files.writeString(dir.resolve("designs.csv"), csv(q, r), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("index.html"), html(q, r, d), StandardCharsets.UTF_8);
        });
        return new WrittenReport(dest, files);
    }

    static String csv(Question q, SearchResult r) {
        StringBuilder b = new StringBuilder("point");
        q.axes().forEach(a -> b.append(',').append(quote(a.path())));
        b.append(",status,replications,monthly_bill");
        List<DesignConstraint> cs = r.assessments().stream().filter(a -> !a.judgements().isEmpty()).findFirst()
                .map(a -> a.judgements().stream().map(Judgement::constraint).toList()).orElse(List.of());
        cs.forEach(c -> b.append(',').append(quote(c.subject() + " mean")).append(',').append(quote(c.subject() + " half-width")));
        b.append('\n');
        for (Assessment a : r.assessments()) {
            b.append(a.candidate().index());
            a.candidate().settings().forEach(s -> b.append(',').append(quote(s.value())));
            b.append(',').append(a.status().word()).append(',').append(a.replications()).append(',').append(a.cost().toPlainString());
            for (int i = 0; i < cs.size(); i++) {
                if (a.judgements().isEmpty()) {
                    b.append(",,");
                } else {
                    Judgement j = a.judgements().get(i);
                    b.append(',').append(num(j.mean())).append(',').append(num(j.halfWidth()));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String html(Question q, SearchResult r, Document d) {
        Html h = new Html().raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .text("optimize " + q.scenario()).raw("</title></head><body>\n");
        h.el("h1", "The cheapest design of " + q.scenario() + " that meets the objectives");
        h.el("p", "Objective: the lowest monthly bill of materials (" + q.objective() + "), subject to " + String.join(", ", q.constraints())
                + ". Search: " + r.strategy().word() + ", " + r.runs() + " runs of the " + r.fullGridRuns() + " a full grid of "
                + r.assessments().size() + " designs × " + r.options().replications() + " replications would take; seed " + q.seed()
                + ", engine " + q.engine() + ". A design is feasible when every constraint holds at the mean over its replications.");
        h.el("h2", "In plain words");
        for (String line : words(r)) {
            h.el("p", line);
        }
        List<String> take = r.whatItWouldTake();
        if (!take.isEmpty()) {
            h.el("h2", "What the cheapest infeasible design lacks");
            take.forEach(t -> h.el("p", t));
        }
        h.el("h2", "Every design");
        List<String[]> rows = new ArrayList<>();
        for (Assessment a : r.assessments()) {
            rows.add(new String[] {a.candidate().label(), SearchResult.money(a.cost()), a.status().word(), Integer.toString(a.replications()),
                    String.join("; ", a.judgements().stream().map(Judgement::describe).toList()), a.note()});
        }
        h.table(new String[] {"design", "monthly bill", "status", "replications", "figures", "note"}, rows);
        h.el("p", "Files: index.html, designs.csv, results.json (" + FORMAT + ").");
        return h.raw("</body></html>\n").toString();
    }

    /** The headline lines: the chosen design, its figures and binding constraint, the runners-up, how sure. */
    public static List<String> words(SearchResult r) {
        List<String> out = new ArrayList<>();
        Assessment c = r.chosen();
        if (c == null) {
            out.add("No design of the grid meets every constraint" + (r.cheapestInfeasible() == null ? "."
                    : "; the cheapest one run, " + r.cheapestInfeasible().candidate().label() + ", is closest in price (below)."));
        } else {
            out.add("Cheapest feasible design: " + c.candidate().label() + " at " + SearchResult.money(c.cost()) + "/month ("
                    + c.replications() + " replication" + (c.replications() == 1 ? "" : "s") + ").");
            c.judgements().forEach(j -> out.add("  " + j.describe() + (j.confident() ? "" : " — holds at the mean only, not over its 95% interval")));
            out.add("Binding constraint: " + c.binding().constraint().describe() + ".");
            if (c.replications() == 1) {
                out.add("One replication: the figures carry no interval; give --replications 3 or more to see how sure they are.");
            } else {
                out.add(c.confident() ? "Every constraint also holds over its 95% interval." : "Some constraint holds at the mean but not over"
                        + " its whole 95% interval (judged at the mean, --feasibility mean): more replications would say whether it holds.");
            }
        }
        for (Assessment a : r.runnersUp()) {
            out.add("Runner-up: " + a.candidate().label() + " at " + SearchResult.money(a.cost()) + "/month (binding "
                    + a.binding().constraint().describe() + ").");
        }
        out.add(String.format(Locale.ROOT, "Runs: %d of the full grid's %d (%s search).", r.runs(), r.fullGridRuns(), r.strategy().word()));
        return out;
    }
}
