package dev.tenantsim.scenario.runner;

import dev.tenantsim.cost.sla.Availability;
import dev.tenantsim.cost.sla.SlaCreditCalculator;
import dev.tenantsim.cost.sla.SlaCredits;
import dev.tenantsim.engine.platform.metrics.EventImpact;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.report.model.DrillOutcome;
import dev.tenantsim.scenario.model.EventSpec;
import dev.tenantsim.scenario.runner.cost.ScenarioCosts;
import dev.tenantsim.scenario.runner.model.DrillPlan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A drill's per-tenant account over its window's minutes {@code [m0, m1)} of the measured span:
 * down minutes from its {@link DrillPlan} (a minute in which the tenant's requests failed on
 * arrival at least half of the minute: its requests arrive evenly, so half or more of them failed),
 * availability per tier from the measured violation minutes in the window, and the incident's SLA
 * credits through the one SLA rule ({@link ScenarioCosts#monthAvailability}, the tier schedules of
 * {@link ScenarioCosts#contracts}, {@link SlaCreditCalculator}) with only the window's violation
 * minutes counted.
 */
final class DrillOutcomes {
    private DrillOutcomes() {
    }

    static DrillOutcome of(ScenarioModel model, DrillPlan plan, List<Measurements> runs, int m0, int m1, EventImpact impact) {
        int n = model.tenantCount();
        int offset = runs.get(0).fromMinute();
        Map<String, Integer> down = new LinkedHashMap<>();
        for (int t = 0; t < n; t++) {
            int d = plan.downMinutes(t, offset + m0, offset + m1);
            if (d > 0) {
                down.put(id(model, t), d);
            }
        }
        List<Availability[]> availability = new ArrayList<>();
        TreeMap<String, double[]> tierSums = new TreeMap<>();
        for (Measurements r : runs) {
            Availability[] a = new Availability[n];
            for (int t = 0; t < n; t++) {
                int v = 0;
                for (int minute : r.tenant(t).violations().toArray()) {
                    if (minute >= m0 && minute < m1) {
                        v++;
                    }
                }
                a[t] = ScenarioCosts.monthAvailability(v, m1 - m0);
                double[] sum = tierSums.computeIfAbsent(model.workload().tenant(t).tier(), k -> new double[2]);
                sum[0] += 1 - (double) v / (m1 - m0);
                sum[1]++;
            }
            availability.add(a);
        }
        Map<String, Double> byTier = new LinkedHashMap<>();
        tierSums.forEach((tier, s) -> byTier.put(tier, s[0] / s[1]));
        SlaCredits credits = SlaCreditCalculator.credits(ScenarioCosts.roster(model), ScenarioCosts.contracts(model), availability);
        Map<String, BigDecimal> creditsByTier = new LinkedHashMap<>();
        credits.byTier().forEach((tier, money) -> creditsByTier.put(tier, money.mean().toBigDecimal()));
        EventSpec e = plan.event();
        long changes = e.kind() == EventSpec.Kind.CONTROL_PLANE_OUTAGE
                ? Math.round(e.drill().changesPerHour() * (e.toSeconds() - e.fromSeconds()) / 3600) : 0;
        List<String> moved = plan.moves().stream().map(mv -> id(model, mv.tenant())).distinct().toList();
        List<String> blocked = plan.residencyBlocked().stream().map(t -> id(model, t)).toList();
        List<String> pairDown = plan.pairDown().stream().map(t -> id(model, t)).toList();
        String summary = DrillSummary.sentence(model, plan, down, moved.size(), blocked.size(), changes, impact);
        return new DrillOutcome(summary, moved, blocked, pairDown, down, byTier, credits.total().mean().toBigDecimal(),
                creditsByTier, changes);
    }

    private static String id(ScenarioModel model, int t) {
        return model.workload().tenant(t).id();
    }
}
