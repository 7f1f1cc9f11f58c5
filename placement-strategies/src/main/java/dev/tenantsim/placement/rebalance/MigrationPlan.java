package dev.tenantsim.placement.rebalance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A rebalancing plan a change board can approve: the moves in order with gain, cost and risk, as
 * CSV and JSON (numbers with {@link Locale#ROOT}, money as exact decimal dollars).
 *
 * @param moves moves in order
 * @param basis the load basis peaks were judged on
 * @param worstPeakBefore worst cell peak utilization before the plan
 * @param worstPeakAfter worst cell peak utilization after all moves
 * @param copyRateGbPerHour copy rate used for migration times
 * @param finalAssignment tenant → cell after all moves
 */
public record MigrationPlan(List<Move> moves, String basis, double worstPeakBefore, double worstPeakAfter,
                            double copyRateGbPerHour, int[] finalAssignment) {

    static final String CSV_HEADER = "order,tenant,tier,from_cell,to_cell,worst_peak_before_pct,worst_peak_after_pct,"
            + "expected_gain_pct,data_gb,migration_hours,risk_score,monthly_revenue_usd";

    public MigrationPlan {
        moves = List.copyOf(moves);
        finalAssignment = finalAssignment.clone();
    }

    @Override
    public int[] finalAssignment() {
        return finalAssignment.clone();
    }

    /** Total data to copy. */
    public double totalDataGb() {
        double s = 0;
        for (Move m : moves) {
            s += m.dataGb();
        }
        return s;
    }

    public String toCsv() {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (Move m : moves) {
            b.append(m.order()).append(',').append(csv(m.tenantId())).append(',').append(csv(m.tier())).append(',')
                    .append(csv(m.fromCell())).append(',').append(csv(m.toCell())).append(',')
                    .append(fmt(100 * m.worstPeakBefore(), 2)).append(',').append(fmt(100 * m.worstPeakAfter(), 2)).append(',')
                    .append(fmt(100 * m.expectedGain(), 2)).append(',').append(fmt(m.dataGb(), 3)).append(',')
                    .append(fmt(m.migrationHours(), 3)).append(',').append(fmt(m.riskScore(), 4)).append(',')
                    .append(dollars(m.monthlyRevenueMicros())).append('\n');
        }
        return b.toString();
    }

    public String toJson() {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"basis\": ").append(json(basis))
                .append(",\n  \"copyRateGbPerHour\": ").append(fmt(copyRateGbPerHour, 3))
                .append(",\n  \"worstPeakBefore\": ").append(fmt(worstPeakBefore, 6))
                .append(",\n  \"worstPeakAfter\": ").append(fmt(worstPeakAfter, 6))
                .append(",\n  \"totalDataGb\": ").append(fmt(totalDataGb(), 3))
                .append(",\n  \"moves\": [");
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            b.append(i == 0 ? "\n" : ",\n");
            b.append("    {\"order\": ").append(m.order())
                    .append(", \"tenant\": ").append(json(m.tenantId()))
                    .append(", \"tier\": ").append(json(m.tier()))
                    .append(", \"fromCell\": ").append(json(m.fromCell()))
                    .append(", \"toCell\": ").append(json(m.toCell()))
                    .append(", \"worstPeakBefore\": ").append(fmt(m.worstPeakBefore(), 6))
                    .append(", \"worstPeakAfter\": ").append(fmt(m.worstPeakAfter(), 6))
                    .append(", \"expectedGain\": ").append(fmt(m.expectedGain(), 6))
                    .append(", \"dataGb\": ").append(fmt(m.dataGb(), 3))
                    .append(", \"migrationHours\": ").append(fmt(m.migrationHours(), 3))
                    .append(", \"riskScore\": ").append(fmt(m.riskScore(), 4))
                    .append(", \"monthlyRevenueUsd\": ").append(dollars(m.monthlyRevenueMicros()))
                    .append('}');
        }
        b.append(moves.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return b.toString();
    }

    public void writeCsv(Path file) {
        write(file, toCsv());
    }

    public void writeJson(Path file) {
        write(file, toJson());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plan to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String fmt(double v, int decimals) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("plan value (" + v + ") must be finite");
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String dollars(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
