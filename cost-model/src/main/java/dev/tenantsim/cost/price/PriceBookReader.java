package dev.tenantsim.cost.price;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.Suggestions;
import dev.tenantsim.cost.price.YamlTree.Entry;
import dev.tenantsim.cost.price.YamlTree.MapNode;
import dev.tenantsim.cost.price.YamlTree.Node;
import dev.tenantsim.cost.price.YamlTree.Scalar;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a price book from YAML and validates all of it before building anything. Every problem
 * is reported at once as {@code "file:line:column: priceBook.items.t3.medium.monthly (-5) must be
 * >= 0"}.
 *
 * <pre>
 * currency: USD            # optional; only USD is supported
 * hoursPerMonth: 730       # optional; converts hourly prices to monthly (default 730)
 * items:
 *   t3.medium:
 *     monthly: 30.00       # exactly one of monthly / hourly, dollars, >= 0, at most 6 decimals
 *     unit: instance       # optional, default "unit"
 *     source: "..."        # required: where the price comes from
 *     note: "..."          # optional
 * </pre>
 */
public final class PriceBookReader {
    /** Hours in the billing month used by AWS price pages and Infracost (8,760 / 12). */
    public static final BigDecimal DEFAULT_HOURS_PER_MONTH = BigDecimal.valueOf(730);

    static final List<String> TOP_KEYS = List.of("currency", "hoursPerMonth", "items", "reservations", "savingsPlans",
            "spot", "freeTier", "enterpriseDiscount", "chargebackMarkup");
    static final List<String> ITEM_KEYS = List.of("monthly", "hourly", "unit", "source", "note", "regions");
    static final List<String> REGION_KEYS = List.of("monthly", "hourly", "source", "note");
    private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9\\-]*");
    private static final Pattern ITEM_KEY = Pattern.compile("[a-z0-9][a-z0-9._\\-]*");
    static final String ROOT = "priceBook";

    private PriceBookReader() {
    }

    /** Reads a price book file. */
    public static PriceBook read(Path file) {
        return read(file, Set.of());
    }

    /**
     * Reads a price book file that will overlay a book with the keys {@code alsoKnown}: its
     * reservations, spot prices... may name those keys as well as its own.
     */
    public static PriceBook read(Path file, Set<String> alsoKnown) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r, alsoKnown);
        } catch (IOException e) {
            throw new CostInputException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Reads a price book; {@code fileName} only labels error messages and item origins. */
    public static PriceBook read(String fileName, Reader reader) {
        return read(fileName, reader, Set.of());
    }

    /** Reads a price book that will overlay a book with the keys {@code alsoKnown} (see {@link #read(Path, Set)}). */
    public static PriceBook read(String fileName, Reader reader, Set<String> alsoKnown) {
        Node root = YamlTree.read(fileName, reader);
        List<String> problems = new ArrayList<>();
        if (!(root instanceof MapNode top)) {
            throw new CostInputException(root.where() + ": " + ROOT + " must be a mapping with an items section");
        }
        BigDecimal hours = DEFAULT_HOURS_PER_MONTH;
        Map<String, PriceItem> items = new LinkedHashMap<>();
        unknownKeys(top, ROOT, TOP_KEYS, problems);
        Entry currency = top.entries().get("currency");
        if (currency != null && !(currency.value() instanceof Scalar s && "USD".equals(s.text()))) {
            problems.add(currency.value().where() + ": " + ROOT + ".currency (" + text(currency.value())
                    + ") must be USD");
        }
        Entry hoursEntry = top.entries().get("hoursPerMonth");
        if (hoursEntry != null) {
            BigDecimal h = decimal(hoursEntry.value(), ROOT + ".hoursPerMonth", problems);
            if (h != null && h.signum() <= 0) {
                problems.add(hoursEntry.value().where() + ": " + ROOT + ".hoursPerMonth (" + h.toPlainString()
                        + ") must be > 0");
            } else if (h != null) {
                hours = h;
            }
        }
        Entry itemsEntry = top.entries().get("items");
        if (itemsEntry == null) {
            problems.add(top.where() + ": " + ROOT + ".items is missing");
        } else if (!(itemsEntry.value() instanceof MapNode itemMap)) {
            problems.add(itemsEntry.value().where() + ": " + ROOT + ".items must be a mapping of item key to price");
        } else {
            for (Map.Entry<String, Entry> e : itemMap.entries().entrySet()) {
                PriceItem item = item(e.getKey(), e.getValue(), hours, problems);
                if (item != null) {
                    items.put(item.key(), item);
                    regions(item, (MapNode) e.getValue().value(), hours, items, problems);
                }
            }
        }
        Set<String> known = new TreeSet<>(alsoKnown);
        known.addAll(items.keySet());
        PricingRules rules = PricingRulesReader.read(top, hours, known, problems);
        if (!problems.isEmpty()) {
            throw new CostInputException(problems);
        }
        return new PriceBook(items, rules);
    }

    private static PriceItem item(String key, Entry entry, BigDecimal hoursPerMonth, List<String> problems) {
        String path = ROOT + ".items." + key;
        int before = problems.size();
        if (!ITEM_KEY.matcher(key).matches()) {
            problems.add(entry.keyWhere() + ": " + ROOT + ".items key (" + key
                    + ") must be lower-case letters, digits, '.', '-' or '_'");
        }
        if (!(entry.value() instanceof MapNode map)) {
            problems.add(entry.value().where() + ": " + path + " (" + text(entry.value())
                    + ") must be a mapping with monthly or hourly, unit and source");
            return null;
        }
        unknownKeys(map, path, ITEM_KEYS, problems);
        Money[] monthlyOut = new Money[1];
        BigDecimal hourly = monthlyOrHourly(map, path, hoursPerMonth, problems, monthlyOut);
        Money monthly = monthlyOut[0];
        String unit = optionalText(map, "unit", path, problems, "unit");
        String note = optionalText(map, "note", path, problems, "");
        Entry sourceEntry = map.entries().get("source");
        String source = null;
        if (sourceEntry == null) {
            problems.add(map.where() + ": " + path + ".source is missing: every price must name its source");
        } else {
            source = text(sourceEntry.value());
            if (!(sourceEntry.value() instanceof Scalar) || source == null || source.isBlank()) {
                problems.add(sourceEntry.value().where() + ": " + path + ".source (" + source
                        + ") must name where the price comes from");
            }
        }
        if (problems.size() > before || monthly == null) {
            return null;
        }
        YamlTree.Where at = map.where();
        return new PriceItem(key, monthly, hourly, unit, source, note, at.file() + ":" + at.line());
    }

    /**
     * Reads exactly one of {@code monthly} / {@code hourly} from {@code map}; the monthly price
     * goes to {@code monthlyOut[0]} (null on a problem) and the stated hourly price, if any, is returned.
     */
    static BigDecimal monthlyOrHourly(MapNode map, String path, BigDecimal hoursPerMonth, List<String> problems,
            Money[] monthlyOut) {
        Entry monthlyEntry = map.entries().get("monthly");
        Entry hourlyEntry = map.entries().get("hourly");
        monthlyOut[0] = null;
        if (monthlyEntry == null && hourlyEntry == null) {
            problems.add(map.where() + ": " + path + " has no price: give monthly or hourly");
        } else if (monthlyEntry != null && hourlyEntry != null) {
            problems.add(hourlyEntry.keyWhere() + ": " + path + " gives both monthly and hourly; give one");
        } else if (monthlyEntry != null) {
            BigDecimal m = price(monthlyEntry.value(), path + ".monthly", problems);
            monthlyOut[0] = m == null ? null : Money.of(m);
        } else {
            BigDecimal hourly = price(hourlyEntry.value(), path + ".hourly", problems);
            if (hourly != null) {
                BigDecimal m = hourly.multiply(hoursPerMonth);
                if (m.stripTrailingZeros().scale() > 6) {
                    problems.add(hourlyEntry.value().where() + ": " + path + ".hourly (" + hourly.toPlainString()
                            + ") × hoursPerMonth is not a whole number of micro-dollars");
                } else {
                    monthlyOut[0] = Money.of(m);
                }
            }
            return hourly;
        }
        return null;
    }

    /** An item's {@code regions:} prices, as items keyed {@code key@region}. */
    private static void regions(PriceItem base, MapNode itemMap, BigDecimal hours, Map<String, PriceItem> items,
            List<String> problems) {
        Entry regionsEntry = itemMap.entries().get("regions");
        if (regionsEntry == null) {
            return;
        }
        String path = ROOT + ".items." + base.key() + ".regions";
        if (!(regionsEntry.value() instanceof MapNode regions)) {
            problems.add(regionsEntry.value().where() + ": " + path + " must be a mapping of region to price");
            return;
        }
        for (Map.Entry<String, Entry> r : regions.entries().entrySet()) {
            String rpath = path + "." + r.getKey();
            if (!REGION.matcher(r.getKey()).matches()) {
                problems.add(r.getValue().keyWhere() + ": " + path + " key (" + r.getKey()
                        + ") must be a region name: lower-case letters, digits and '-', e.g. eu-west-1");
                continue;
            }
            if (!(r.getValue().value() instanceof MapNode map)) {
                problems.add(r.getValue().value().where() + ": " + rpath + " must be a mapping with monthly or hourly and source");
                continue;
            }
            int before = problems.size();
            unknownKeys(map, rpath, REGION_KEYS, problems);
            Money[] monthly = new Money[1];
            BigDecimal hourly = monthlyOrHourly(map, rpath, hours, problems, monthly);
            Entry sourceEntry = map.entries().get("source");
            String source = sourceEntry == null ? base.source() : text(sourceEntry.value());
            if (source == null || source.isBlank()) {
                problems.add(map.where() + ": " + rpath + ".source must name where the price comes from");
            }
            String note = optionalText(map, "note", rpath, problems, "");
            if (problems.size() == before && monthly[0] != null) {
                YamlTree.Where at = map.where();
                String key = base.key() + PriceBook.REGION_SEPARATOR + r.getKey();
                items.put(key, new PriceItem(key, monthly[0], hourly, base.unit(), source, note, at.file() + ":" + at.line()));
            }
        }
    }

    static BigDecimal price(Node node, String path, List<String> problems) {
        BigDecimal d = decimal(node, path, problems);
        if (d == null) {
            return null;
        }
        if (d.signum() < 0) {
            problems.add(node.where() + ": " + path + " (" + text(node) + ") must be >= 0");
            return null;
        }
        if (d.stripTrailingZeros().scale() > 6) {
            problems.add(node.where() + ": " + path + " (" + text(node) + ") must have at most 6 decimal places");
            return null;
        }
        return d;
    }

    static BigDecimal decimal(Node node, String path, List<String> problems) {
        String t = text(node);
        if (!(node instanceof Scalar) || t == null || t.isBlank()) {
            problems.add(node.where() + ": " + path + " (" + t + ") must be a decimal number of dollars");
            return null;
        }
        try {
            return new BigDecimal(t.trim());
        } catch (NumberFormatException e) {
            problems.add(node.where() + ": " + path + " (" + t
                    + ") must be a decimal number of dollars, e.g. 1400.00 (no $ or thousands separators)");
            return null;
        }
    }

    static String optionalText(MapNode map, String key, String path, List<String> problems, String absent) {
        Entry e = map.entries().get(key);
        if (e == null) {
            return absent;
        }
        if (!(e.value() instanceof Scalar s) || s.isNull()) {
            problems.add(e.value().where() + ": " + path + "." + key + " must be text");
            return absent;
        }
        return s.text();
    }

    static void unknownKeys(MapNode map, String path, List<String> valid, List<String> problems) {
        for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
            if (!valid.contains(e.getKey())) {
                problems.add(e.getValue().keyWhere() + ": " + path + "." + e.getKey() + " is not a known field"
                        + Suggestions.didYouMean(e.getKey(), valid) + " (valid: " + String.join(", ", valid) + ")");
            }
        }
    }

    static String text(Node node) {
        if (node instanceof Scalar s) {
            return s.text();
        }
        return node instanceof MapNode ? "a mapping" : "a list";
    }
}
