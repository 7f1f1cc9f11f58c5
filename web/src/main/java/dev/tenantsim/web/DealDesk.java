package dev.tenantsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.sla.SlaContracts;
import dev.tenantsim.cost.uplift.UpliftPricer;
import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunGap;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.runner.cost.ScenarioCosts;
import dev.tenantsim.scenario.runner.cost.UpliftSheets;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.scenario.sweep.LocalPoolEngine;
import dev.tenantsim.scenario.sweep.RunSpec;
import dev.tenantsim.scenario.sweep.ScenarioText;
import dev.tenantsim.scenario.sweep.SweepEngine;
import dev.tenantsim.scenario.sweep.SweepTasks;
import dev.tenantsim.scenario.yaml.YMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One deal-desk quote: the prospect placed three ways ({@link DealOptions}) among the scenario's
 * tenants, each run as a scenario of its own with the file's seed (common random numbers:
 * the same arrivals for everyone in all three), written as the CLI's comparison report plus
 * {@code deal.csv} and {@code deal.pdf}. Every figure is the product's: the prospect's p99,
 * violation minutes and availability from its {@link TenantResult}, our cost its showback, expected
 * SLA credits its tier's credit schedule ({@link ScenarioCosts#contracts}) applied to its
 * availability over a month ({@link ScenarioCosts#monthAvailability}), and the list price
 * {@link UpliftPricer#listPrice} of that cost at the target margin.
 */
final class DealDesk {
    static final String CSV = "deal.csv";
    static final String PDF = "deal.pdf";

    private final String scenarioName;
    private final Prospect prospect;
    private final List<RunSpec> specs;

    private DealDesk(String scenarioName, Prospect prospect, List<RunSpec> specs) {
        this.scenarioName = scenarioName;
        this.prospect = prospect;
        this.specs = specs;
    }

    /** Parses, builds and validates the three runs of a request body; nothing is queued when any of them is refused. */
    static DealDesk of(JsonNode body, ScenarioSources sources) throws IOException {
        ScenarioText text = sources.text(body.path("scenario").asText(null));
        Scenario base = new RunSpec("base", text, null, List.of(), null, 0, 1).scenario();
        Prospect p = Prospect.of(body, UpliftSheets.TARGET_MARGIN, Math.min(base.replications(), WhatIf.MAX_REPLICATIONS));
        List<RunSpec> specs = new ArrayList<>();
        for (Map.Entry<String, YMap> e : DealOptions.of(text.source().root(), p).entrySet()) {
            ScenarioText option = new ScenarioText(text.sourceName() + " with the deal " + e.getKey(), YamlFlow.of(e.getValue()), text.baseDir());
            RunSpec spec = new RunSpec(e.getKey(), option, null, List.of(), null, base.seed(), p.replications());
            try {
                spec.scenario();
            } catch (IllegalArgumentException ex) {
                throw new BadRequest(400, e.getKey() + ": " + ex.getMessage());
            }
            specs.add(spec);
        }
        return new DealDesk(base.name(), p, specs);
    }

    List<RunSpec> specs() {
        return specs;
    }

    /** Runs the three options, writes the report folder with the CSV and PDF, and completes the job. */
    void run(RunJob job, WorkFolder work, int threads) {
        SweepTasks.Gathered g;
        try (SweepEngine engine = new LocalPoolEngine(threads)) {
            g = SweepTasks.run(specs, engine, job);
        }
        if (g.outcomes().size() < specs.size()) {
            job.failed(g.outcomes().size() + " of " + specs.size() + " options ran: "
                    + String.join("; ", g.gaps().stream().map(RunGap::describe).toList()));
            return;
        }
        Scenario pooled = specs.get(0).scenario();
        SlaContracts contracts = ScenarioCosts.contracts(ScenarioModels.forRequestLevel(pooled, pooled.seed()));
        List<DealQuote> quotes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            quotes.add(quote(specs.get(i).label(), g.outcomes().get(i), contracts));
        }
        String folder = work.newRunFolder(scenarioName, "deal");
        Path dir = work.runs().resolve(folder);
        try {
            new ReportWriter().writeComparison(new Comparison(scenarioName, g.outcomes(), g.gaps()), dir, true);
            DealExport.writeCsv(quotes, dir.resolve(CSV));
            DealExport.writePdf(scenarioName, describe(), quotes, prospect.targetMargin(), dir.resolve(PDF));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("prospect", describe());
        figures.put("targetMargin", prospect.targetMargin().toPlainString());
        figures.put("options", quotes.stream().map(DealQuote::json).toList());
        figures.put("csv", "/reports/" + folder + "/" + CSV);
        figures.put("pdf", "/reports/" + folder + "/" + PDF);
        job.finished(folder, figures);
    }

    /** The prospect's figures in one option's run. */
    DealQuote quote(String option, RunOutcome o, SlaContracts contracts) {
        TenantResult t = o.tenants().stream().filter(x -> x.id().equals(prospect.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the run of " + option + " has no tenant " + prospect.id()));
        Money cost = t.showback() == null ? null : Money.of(t.showback());
        int spanMinutes = (int) Math.round(o.info().simulatedSeconds() / 60);
        Money fee = Money.of(t.monthlyRevenue());
        Money credits = contracts.schedule(t.tier()).credit(fee,
                ScenarioCosts.monthAvailability(Math.round(t.violationMinutes()), spanMinutes));
        Money price = cost == null ? null : UpliftPricer.listPrice(cost, prospect.targetMargin());
        return new DealQuote(option, t.stack(), t.latency().p99Ms(), t.sloP99Ms(), t.violationMinutes(), t.availability(),
                t.errorRate(), fee.toBigDecimal(), cost == null ? null : cost.toBigDecimal(), credits.toBigDecimal(),
                price == null ? null : price.toBigDecimal());
    }

    /** One line naming the prospect as the form gave it. */
    String describe() {
        Prospect p = prospect;
        List<String> parts = new ArrayList<>();
        parts.add(p.id());
        if (p.like() != null) {
            parts.add("like " + p.like());
        }
        if (p.users() > 0) {
            parts.add(p.users() + " users");
        }
        if (p.data() != null) {
            parts.add(p.data() + " data");
        }
        if (p.requestsPerUserPerMinute() != null) {
            parts.add(Prospect.fmt(p.requestsPerUserPerMinute()) + " requests/user/min");
        }
        if (p.region() != null) {
            parts.add("region " + p.region());
        }
        parts.add("SLO p99 <= " + Prospect.fmt(p.p99Ms()) + " ms"
                + (p.availabilityPercent() == null ? "" : ", availability " + Prospect.fmt(p.availabilityPercent()) + "%"));
        parts.add(p.replications() + " replication(s)");
        return String.join(", ", parts);
    }

    static BigDecimal cents(BigDecimal b) {
        return b == null ? null : b.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
}
