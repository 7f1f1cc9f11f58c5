package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The agreement matrix's figures for one scenario run both ways over the same hours and seed
 * (docs/VALIDATION.md): the request level's value, the fluid pass's, the band and whether the
 * fluid value is inside it. One place computes them, for the {@code agreement} command and for
 * the tests that hold the fluid pass to its bands.
 */
public record Agreement(List<Row> rows) {

    /** One figure: its name, the two values, the band in words and whether it holds. */
    public record Row(String figure, double requestLevel, double fluid, String band, boolean within) {
        String line() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", figure, format(requestLevel), format(fluid), band,
                    within ? "yes" : "**no**");
        }

        private static String format(double v) {
            return Math.abs(v) < 1 && v != 0 ? String.format(Locale.ROOT, "%.4f", v) : String.format(Locale.ROOT, "%.2f", v);
        }
    }

    public Agreement {
        rows = List.copyOf(rows);
    }

    /** The figures of {@code requestLevel} and {@code fluid}, two runs of the same scenario, hours and seed. */
    public static Agreement of(RunOutcome requestLevel, RunOutcome fluid) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("utilization (mean of stacks)", utilization(requestLevel), utilization(fluid), "± 1 point", 0, 0.01));
        for (int k = 0; k < requestLevel.tiers().size(); k++) {
            rows.add(row("violation minutes, " + requestLevel.tiers().get(k).tier(), requestLevel.tiers().get(k).violationMinutes(),
                    fluid.tiers().get(k).violationMinutes(), "± 15% or ± 2", 0.15, 2));
        }
        rows.add(row("tenants with a violation minute", tenantsWithViolation(requestLevel), tenantsWithViolation(fluid),
                "± 15% or ± 1", 0.15, 1));
        double a = availability(requestLevel);
        double shortfall = 1 - a;
        rows.add(shortfall > 0.05
                ? row("availability (mean of tenants)", a, availability(fluid), "± 15% of the shortfall", 0, 0.15 * shortfall)
                : row("availability (mean of tenants)", a, availability(fluid), "± 0.2 points", 0, 0.002));
        rows.add(row("SLA credits per month", requestLevel.cost().slaCredits().doubleValue(), fluid.cost().slaCredits().doubleValue(),
                "± 15% or ± $1", 0.15, 1));
        return new Agreement(rows);
    }

    /** Whether every figure is inside its band. */
    public boolean allWithin() {
        return rows.stream().allMatch(Row::within);
    }

    /** The table in Markdown, as docs/VALIDATION.md shows it. */
    public String markdown() {
        StringBuilder b = new StringBuilder("| figure | request level | fluid pass | band | in band |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append(r.line()).append('\n');
        }
        return b.toString();
    }

    /** |fluid - des| <= max(relative |des|, absolute). */
    public static boolean within(double fluid, double des, double relative, double absolute) {
        return Math.abs(fluid - des) <= Math.max(relative * Math.abs(des), absolute);
    }

    private static Row row(String figure, double des, double fluid, String band, double relative, double absolute) {
        return new Row(figure, des, fluid, band, within(fluid, des, relative, absolute));
    }

    static double utilization(RunOutcome o) {
        double sum = 0;
        for (StackResult st : o.stacks()) {
            double u = 0;
            for (double x : st.utilization()) {
                u += x / st.utilization().size();
            }
            sum += u;
        }
        return o.stacks().isEmpty() ? 0 : sum / o.stacks().size();
    }

    static int tenantsWithViolation(RunOutcome o) {
        int with = 0;
        for (TenantResult t : o.tenants()) {
            with += t.violationMinutes() > 0 ? 1 : 0;
        }
        return with;
    }

    static double availability(RunOutcome o) {
        double a = 0;
        for (TenantResult t : o.tenants()) {
            a += t.availability() / o.tenants().size();
        }
        return a;
    }
}
