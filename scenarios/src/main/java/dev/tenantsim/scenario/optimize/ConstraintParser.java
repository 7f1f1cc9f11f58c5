package dev.tenantsim.scenario.optimize;

import dev.tenantsim.scenario.schema.Suggest;
import dev.tenantsim.scenario.unit.UnitException;
import dev.tenantsim.scenario.unit.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the constraint language of {@code --subject-to}: clauses separated by commas, each
 * {@code FIGURE[(TIER)] OP BOUND}: {@code p99(pro)<=slo, blastRadius<=2%, availability(enterprise)>=99.95%}.
 * FIGURE is one of {@link Figure#keys()}; TIER a tier of the scenario or {@code *} (every tier, one
 * constraint each); OP {@code <=}, {@code <}, {@code >=} or {@code >}; BOUND a duration or {@code slo}
 * (the tier's p99 objective) for latencies, a percentage or a fraction from 0 to 1 for shares. Every
 * problem is a {@link ConstraintSyntaxException} naming the column.
 */
public final class ConstraintParser {
    private final String source;
    private final Map<String, Double> sloP99Ms;

    /**
     * @param source   what messages call the text, e.g. {@code --subject-to}
     * @param sloP99Ms the scenario's tiers, in order, with their p99 objectives in milliseconds
     */
    public ConstraintParser(String source, Map<String, Double> sloP99Ms) {
        this.source = source;
        this.sloP99Ms = new LinkedHashMap<>(sloP99Ms);
    }

    /** The constraints of {@code text}, in order ({@code *} expanded in tier order). */
    public List<DesignConstraint> parse(String text) {
        List<DesignConstraint> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                String clause = text.substring(start, i);
                if (clause.isBlank()) {
                    throw new ConstraintSyntaxException(source, start + 1, clause, "empty constraint; write FIGURE OP BOUND,"
                            + " e.g. p99(pro)<=slo, separated by commas");
                }
                out.addAll(clause(clause, start));
                start = i + 1;
            }
        }
        return out;
    }

    private List<DesignConstraint> clause(String clause, int offset) {
        Cursor c = new Cursor(clause, offset);
        c.skipSpaces();
        int figureAt = c.pos;
        String name = c.word();
        Figure figure = Figure.ofKey(name);
        List<String> names = java.util.Arrays.stream(Figure.values()).map(Figure::key).toList();
        if (figure == null) {
            throw c.error(figureAt, name.isEmpty() ? "expected a figure; allowed: " + String.join(", ", Figure.keys())
                    : "unknown figure '" + name + "'; " + Suggest.hint(name, names).replace("allowed: " + String.join(", ", names),
                    "allowed: " + String.join(", ", Figure.keys())));
        }
        c.skipSpaces();
        List<String> tiers = new ArrayList<>();
        tiers.add(null);
        if (c.peek() == '(') {
            if (!figure.takesTier()) {
                throw c.error(c.pos, figure.key() + " is over the whole platform and takes no tier; write " + figure.key() + "<=2%");
            }
            c.pos++;
            c.skipSpaces();
            int tierAt = c.pos;
            String tier;
            if (c.peek() == '*') {
                c.pos++;
                tier = "*";
            } else {
                tier = c.word();
            }
            c.skipSpaces();
            if (c.peek() != ')') {
                throw c.error(c.pos, "expected ')' after the tier");
            }
            c.pos++;
            if (tier.equals("*")) {
                tiers = new ArrayList<>(sloP99Ms.keySet());
            } else if (sloP99Ms.containsKey(tier)) {
                tiers = List.of(tier);
            } else {
                throw c.error(tierAt, (tier.isEmpty() ? "expected a tier" : "unknown tier '" + tier + "'") + "; "
                        + Suggest.hint(tier, withStar()));
            }
        } else if (figure.needsTier()) {
            throw c.error(c.pos, figure.key() + " is per tier; write " + figure.key() + "(TIER) with TIER one of "
                    + String.join(", ", withStar()));
        }
        c.skipSpaces();
        int opAt = c.pos;
        String op = c.operator();
        if (op == null) {
            throw c.error(opAt, "expected a comparison after " + figure.key() + "; allowed: <=, <, >=, >");
        }
        c.skipSpaces();
        int boundAt = c.pos;
        String boundText = clause.substring(c.pos - offset).trim();
        if (boundText.isEmpty()) {
            throw c.error(boundAt, "expected a bound after " + op);
        }
        List<DesignConstraint> out = new ArrayList<>();
        for (String tier : tiers) {
            double bound = bound(figure, tier, boundText, c, boundAt);
            out.add(new DesignConstraint(figure, tier, op.startsWith("<"), op.length() == 1, bound, clause.trim()));
        }
        return out;
    }

    private List<String> withStar() {
        List<String> l = new ArrayList<>(sloP99Ms.keySet());
        l.add("*");
        return l;
    }

    private double bound(Figure figure, String tier, String text, Cursor c, int at) {
        if (figure.kind() == Figure.Kind.LATENCY) {
            if (text.equals("slo")) {
                return sloP99Ms.get(tier);
            }
            try {
                double ms = Units.duration(text).toNanos() / 1e6;
                if (!(ms > 0)) {
                    throw c.error(at, "bound (" + text + ") must be a positive duration");
                }
                return ms;
            } catch (UnitException e) {
                throw c.error(at, "bad unit in bound '" + text + "'; allowed: slo (the tier's p99 objective) or "
                        + Units.DURATION_EXAMPLE);
            }
        }
        boolean percent = text.endsWith("%");
        String number = percent ? text.substring(0, text.length() - 1).trim() : text;
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw c.error(at, "bad unit in bound '" + text + "'; allowed: a percentage (2%, 99.95%) or a fraction from 0 to 1 (0.02)");
        }
        double share = percent ? v / 100 : v;
        if (!(share >= 0 && share <= 1)) {
            throw c.error(at, "bound (" + text + ") must be from 0% to 100% (a fraction from 0 to 1)");
        }
        return share;
    }

    /** A position in one clause, counted in the whole text. */
    private final class Cursor {
        final String text;
        final int offset;
        int pos;

        Cursor(String clause, int offset) {
            this.text = clause;
            this.offset = offset;
            this.pos = offset;
        }

        char peek() {
            int i = pos - offset;
            return i < text.length() ? text.charAt(i) : '\0';
        }

        void skipSpaces() {
            while (Character.isWhitespace(peek())) {
                pos++;
            }
        }

        String word() {
            int from = pos;
            while (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-') {
                pos++;
            }
            return text.substring(from - offset, pos - offset);
        }

        String operator() {
            char a = peek();
            if (a != '<' && a != '>') {
                return null;
            }
            pos++;
            if (peek() == '=') {
                pos++;
                return a + "=";
            }
            return String.valueOf(a);
        }

        ConstraintSyntaxException error(int at, String message) {
            return new ConstraintSyntaxException(source, at + 1, text, message);
        }
    }
}
