package dev.tenantsim.cost.price;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.Suggestions;
import dev.tenantsim.cost.price.YamlTree.Entry;
import dev.tenantsim.cost.price.YamlTree.ListNode;
import dev.tenantsim.cost.price.YamlTree.MapNode;
import dev.tenantsim.cost.price.YamlTree.Node;
import dev.tenantsim.cost.price.YamlTree.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a price book's {@link PricingRules} sections (reservations, savingsPlans, spot, freeTier,
 * enterpriseDiscount, chargebackMarkup), every problem located as
 * {@code file:line:column: priceBook.reservations[0].units (-2) must be a whole number > 0}.
 * Items named by a rule must be in the book (or the book it overlays).
 */
final class PricingRulesReader {
    static final List<String> RESERVATION_KEYS = List.of("id", "item", "units", "termMonths", "upfront", "monthly", "source");
    static final List<String> SAVINGS_PLAN_KEYS = List.of("id", "appliesTo", "discount", "commitmentMonthly", "termMonths",
            "source");
    static final List<String> SPOT_KEYS = List.of("item", "share", "monthly", "hourly", "source");
    static final List<String> FREE_TIER_KEYS = List.of("item", "units", "source");
    private static final String ROOT = PriceBookReader.ROOT;

    private PricingRulesReader() {
    }

    static PricingRules read(MapNode top, BigDecimal hours, Set<String> known, List<String> problems) {
        int before = problems.size();
        List<Reservation> reservations = new ArrayList<>();
        List<SavingsPlan> plans = new ArrayList<>();
        List<SpotPrice> spot = new ArrayList<>();
        List<FreeTier> free = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Ctx c : list(top, "reservations", RESERVATION_KEYS, problems)) {
            String id = id(c, ids);
            String item = item(c, "item", known);
            long units = units(c, "units");
            int term = term(c);
            Money upfront = money(c, "upfront", false);
            Money monthly = money(c, "monthly", false);
            String source = source(c);
            if (c.ok()) {
                reservations.add(new Reservation(id, item, units, term, upfront == null ? Money.ZERO : upfront,
                        monthly == null ? Money.ZERO : monthly, source));
            }
        }
        for (Ctx c : list(top, "savingsPlans", SAVINGS_PLAN_KEYS, problems)) {
            String id = id(c, ids);
            String appliesTo = text(c, "appliesTo");
            if (appliesTo != null && known.stream().noneMatch(k -> k.startsWith(appliesTo))) {
                c.problem("appliesTo", "(" + appliesTo + ") is the start of no price-book key");
            }
            BigDecimal discount = fraction(c, "discount", true);
            Money commitment = money(c, "commitmentMonthly", true);
            if (commitment != null && commitment.isZero()) {
                c.problem("commitmentMonthly", "must be > 0");
            }
            int term = term(c);
            String source = source(c);
            if (c.ok()) {
                plans.add(new SavingsPlan(id, appliesTo, discount, commitment, term, source));
            }
        }
        for (Ctx c : list(top, "spot", SPOT_KEYS, problems)) {
            String item = item(c, "item", known);
            BigDecimal share = fraction(c, "share", true);
            if (share != null && share.signum() == 0) {
                c.problem("share", "must be > 0");
            }
            Money[] monthly = new Money[1];
            PriceBookReader.monthlyOrHourly(c.map, c.path, hours, problems, monthly);
            String source = source(c);
            if (c.ok() && monthly[0] != null) {
                spot.add(new SpotPrice(item, share, monthly[0], source));
            }
        }
        for (Ctx c : list(top, "freeTier", FREE_TIER_KEYS, problems)) {
            String item = item(c, "item", known);
            long units = units(c, "units");
            String source = source(c);
            if (c.ok()) {
                free.add(new FreeTier(item, units, source));
            }
        }
        BigDecimal edp = topFraction(top, "enterpriseDiscount", problems, false);
        BigDecimal markup = topFraction(top, "chargebackMarkup", problems, true);
        if (problems.size() > before) {
            return PricingRules.NONE;
        }
        return new PricingRules(reservations, plans, spot, free, edp, markup);
    }

    /** One entry of a rules list: its map, path and the shared problem list. */
    private static final class Ctx {
        final MapNode map;
        final String path;
        final List<String> problems;
        final int before;

        Ctx(MapNode map, String path, List<String> problems) {
            this.map = map;
            this.path = path;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean ok() {
            return problems.size() == before;
        }

        void problem(String key, String what) {
            Entry e = map.entries().get(key);
            Node at = e == null ? map : e.value();
            problems.add(at.where() + ": " + path + "." + key + " " + what);
        }

        Node value(String key, boolean required) {
            Entry e = map.entries().get(key);
            if (e == null) {
                if (required) {
                    problems.add(map.where() + ": " + path + "." + key + " is missing");
                }
                return null;
            }
            return e.value();
        }
    }

    private static List<Ctx> list(MapNode top, String key, List<String> keys, List<String> problems) {
        Entry e = top.entries().get(key);
        List<Ctx> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        if (!(e.value() instanceof ListNode list)) {
            problems.add(e.value().where() + ": " + ROOT + "." + key + " must be a list of mappings (- " + keys.get(0) + ": ...)");
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node n = list.items().get(i);
            String path = ROOT + "." + key + "[" + i + "]";
            if (!(n instanceof MapNode m)) {
                problems.add(n.where() + ": " + path + " must be a mapping with " + String.join(", ", keys));
                continue;
            }
            PriceBookReader.unknownKeys(m, path, keys, problems);
            out.add(new Ctx(m, path, problems));
        }
        return out;
    }

    private static String text(Ctx c, String key) {
        Node n = c.value(key, true);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
            c.problem(key, "must be text");
            return null;
        }
        return s.text();
    }

    private static String id(Ctx c, Set<String> ids) {
        String id = text(c, "id");
        if (id != null && !ids.add(id)) {
            c.problem("id", "(" + id + ") is used twice; reservation and savings-plan ids must be unique");
        }
        return id;
    }

    private static String item(Ctx c, String key, Set<String> known) {
        String item = text(c, key);
        if (item != null && !known.contains(item)) {
            c.problem(key, "(" + item + ") is not in the price book" + Suggestions.didYouMean(item, known));
            return null;
        }
        return item;
    }

    private static String source(Ctx c) {
        Node n = c.value("source", false);
        if (n == null) {
            c.problem("source", "is missing: every price must name its source");
            return null;
        }
        return text(c, "source");
    }

    private static long units(Ctx c, String key) {
        Node n = c.value(key, true);
        String t = n instanceof Scalar s ? s.text() : null;
        try {
            long v = Long.parseLong(t == null ? "" : t.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        if (n != null) {
            c.problem(key, "(" + PriceBookReader.text(n) + ") must be a whole number > 0");
        }
        return 0;
    }

    private static int term(Ctx c) {
        Node n = c.value("termMonths", true);
        String t = n instanceof Scalar s ? s.text() : null;
        if ("12".equals(t) || "36".equals(t)) {
            return Integer.parseInt(t);
        }
        if (n != null) {
            c.problem("termMonths", "(" + PriceBookReader.text(n) + ") must be 12 or 36");
        }
        return 12;
    }

    private static Money money(Ctx c, String key, boolean required) {
        Node n = c.value(key, required);
        if (n == null) {
            return null;
        }
        BigDecimal d = PriceBookReader.price(n, c.path + "." + key, c.problems);
        return d == null ? null : Money.of(d);
    }

    private static BigDecimal fraction(Ctx c, String key, boolean required) {
        Node n = c.value(key, required);
        if (n == null) {
            return null;
        }
        BigDecimal d = PriceBookReader.decimal(n, c.path + "." + key, c.problems);
        if (d != null && (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0 || d.compareTo(BigDecimal.ONE) == 0 && key.equals("discount"))) {
            c.problem(key, "(" + d.toPlainString() + ") must be a fraction " + (key.equals("discount") ? "in [0, 1)" : "in [0, 1]")
                    + ", e.g. 0.28 for 28%");
            return null;
        }
        return d;
    }

    private static BigDecimal topFraction(MapNode top, String key, List<String> problems, boolean unbounded) {
        Entry e = top.entries().get(key);
        if (e == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = PriceBookReader.decimal(e.value(), ROOT + "." + key, problems);
        if (d == null) {
            return BigDecimal.ZERO;
        }
        if (d.signum() < 0 || !unbounded && d.compareTo(BigDecimal.ONE) >= 0) {
            problems.add(e.value().where() + ": " + ROOT + "." + key + " (" + d.toPlainString() + ") must be "
                    + (unbounded ? ">= 0" : "a fraction in [0, 1)") + ", e.g. 0.08 for 8%");
            return BigDecimal.ZERO;
        }
        return d;
    }
}
