package dev.tenantsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tenantsim.report.PlainSummary;
import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunGap;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.sweep.LocalPoolEngine;
import dev.tenantsim.scenario.sweep.RunSpec;
import dev.tenantsim.scenario.sweep.ScenarioText;
import dev.tenantsim.scenario.sweep.Setting;
import dev.tenantsim.scenario.sweep.SweepEngine;
import dev.tenantsim.scenario.sweep.SweepTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One what-if: the base scenario and the same scenario with the form's settings, run as the CLI's
 * {@code sweep}/{@code compare} runs them (one {@link RunSpec} each, the same seed, so both see the
 * same random arrivals: common random numbers) and written as the CLI's comparison report.
 * Everything the user sent is checked before the run is queued: unknown fields, values the
 * validator refuses, replications out of range.
 */
final class WhatIf {
    static final int MAX_REPLICATIONS = 20;
    /** Replications are the runs' own (the same for base and what-if), not a setting over the scenario. */
    private static final String REPLICATIONS = "replications";

    private final String scenarioName;
    private final List<RunSpec> specs;

    private WhatIf(String scenarioName, List<RunSpec> specs) {
        this.scenarioName = scenarioName;
        this.specs = specs;
    }

    /** Parses and validates a request body: {@code {"scenario": ref, "settings": {path: value}, "replications": n}}. */
    static WhatIf of(JsonNode body, ScenarioSources sources) throws IOException {
        ScenarioText text = sources.text(body.path("scenario").asText(null));
        List<String> allowed = FormFields.allowed(text.source().root());
        List<Setting> settings = new ArrayList<>();
        String repsGiven = null;
        JsonNode given = body.path("settings");
        if (!given.isMissingNode() && !given.isObject()) {
            throw new BadRequest(400, "settings must be an object of field path to value");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!allowed.contains(e.getKey())) {
                throw new BadRequest(400, "settings." + e.getKey() + " is not a field of the what-if form for this scenario; allowed: "
                        + String.join(", ", allowed));
            }
            String v = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
            if (e.getKey().equals(REPLICATIONS)) {
                repsGiven = v.trim();
            } else if (!v.isBlank()) {
                settings.add(new Setting(e.getKey(), v));
            }
        }
        if (body.has(REPLICATIONS)) {
            repsGiven = body.get(REPLICATIONS).asText();
        }
        Scenario base = new RunSpec("base", text, null, List.of(), null, 0, 1).scenario();
        int reps = repsGiven == null || repsGiven.isEmpty() ? Math.min(base.replications(), MAX_REPLICATIONS) : parseReps(repsGiven);
        List<RunSpec> specs = new ArrayList<>();
        specs.add(new RunSpec("base", text, null, List.of(), null, base.seed(), reps));
        if (settings.isEmpty()) {
            throw new BadRequest(400, "change at least one field: a what-if of the base alone compares nothing");
        }
        RunSpec whatIf = new RunSpec("what-if", text, null, settings, null, base.seed(), reps);
        try {
            whatIf.scenario();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, e.getMessage());
        }
        specs.add(whatIf);
        return new WhatIf(base.name(), specs);
    }

    private static int parseReps(String text) {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_REPLICATIONS) {
            throw new BadRequest(400, "replications (" + text + ") must be a whole number from 1 to " + MAX_REPLICATIONS
                    + " (the page's limit; the command line allows 1000)");
        }
        return n;
    }

    String scenarioName() {
        return scenarioName;
    }

    List<RunSpec> specs() {
        return specs;
    }

    /** Runs both, writes the comparison into {@code runs/<folder>} and completes the job. */
    void run(RunJob job, WorkFolder work, int threads) {
        SweepTasks.Gathered g;
        try (SweepEngine engine = new LocalPoolEngine(threads)) {
            g = SweepTasks.run(specs, engine, job);
        }
        if (g.outcomes().size() < 2) {
            job.failed(g.outcomes().size() + " of " + specs.size() + " runs completed, too few to compare: "
                    + String.join("; ", g.gaps().stream().map(RunGap::describe).toList()));
            return;
        }
        Comparison c = new Comparison(scenarioName, g.outcomes(), g.gaps());
        String folder = work.newRunFolder(scenarioName, "whatif");
        try {
            new ReportWriter().writeComparison(c, work.runs().resolve(folder), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("summary", PlainSummary.of(c));
        figures.put("settings", specs.get(1).settings().stream().map(s -> s.path() + " = " + s.value()).toList());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = 0; i < g.outcomes().size(); i++) {
            runs.add(figures(specs.get(i).label(), g.outcomes().get(i)));
        }
        figures.put("runs", runs);
        job.finished(folder, figures);
    }

    /** The comparison's headline figures of one run, as the page's table shows them. */
    static Map<String, Object> figures(String label, RunOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("tenants", o.tenants().size());
        m.put("tenantsBreaching", o.blastRadius().tenantsBreaching());
        m.put("blastRadiusShare", o.blastRadius().shareOfTenants());
        if (o.cost() != null) {
            m.put("monthlyBill", cents(o.cost().monthlyBill()));
            m.put("slaCredits", cents(o.cost().slaCredits()));
        }
        Map<String, Object> p99 = new LinkedHashMap<>();
        for (TierResult t : o.tiers()) {
            p99.put(t.tier(), Double.isNaN(t.latency().p99Ms()) ? null : Math.round(t.latency().p99Ms() * 10) / 10.0);
        }
        m.put("p99MsByTier", p99);
        return m;
    }

    static String cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
