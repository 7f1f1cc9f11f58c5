package dev.tenantsim.cost.price;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Unit prices by item key. Immutable. A price that is not in the book is an error naming the
 * closest key, never $0.
 *
 * <p>The bundled default ({@link #defaults()}, file {@value #DEFAULT_RESOURCE}) holds the monthly
 * figures of the case studies this project grew from and us-east-1 on-demand list prices, each
 * with its source. A user file overlays it by item key ({@link #load(Path)}): an item in the user
 * file replaces the default item of the same key whole (so its source is the user's), and new
 * keys are added.
 */
public final class PriceBook {
    /** Class-path location of the bundled default price book. */
    public static final String DEFAULT_RESOURCE = "/dev/tenantsim/cost/default-price-book.yaml";

    /** Separates an item key from a region in a regional price's key: {@code aws.ec2.m5.large@eu-west-1}. */
    public static final char REGION_SEPARATOR = '@';

    private final Map<String, PriceItem> items;
    private final PricingRules rules;

    PriceBook(Map<String, PriceItem> items, PricingRules rules) {
        this.items = Collections.unmodifiableMap(new TreeMap<>(items));
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** A book from items already built (e.g. by a test or a fluent API). */
    public static PriceBook of(Iterable<PriceItem> items) {
        Map<String, PriceItem> m = new TreeMap<>();
        for (PriceItem i : items) {
            if (m.put(i.key(), i) != null) {
                throw new CostInputException("priceBook.items." + i.key() + " is defined twice");
            }
        }
        return new PriceBook(m, PricingRules.NONE);
    }

    /** This book's items with {@code rules} (reservations, savings plans, discounts...). */
    public PriceBook withRules(PricingRules rules) {
        return new PriceBook(items, rules);
    }

    /** How the invoice departs from list prices; {@link PricingRules#NONE} for a list-price book. */
    public PricingRules rules() {
        return rules;
    }

    /** The bundled default price book. */
    public static PriceBook defaults() {
        try (InputStream in = PriceBook.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled price book " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            return PriceBookReader.read("default-price-book.yaml", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("bundled price book " + DEFAULT_RESOURCE + " cannot be read", e);
        }
    }

    /** The bundled default overlaid by a user's price book file. */
    public static PriceBook load(Path userFile) {
        PriceBook defaults = defaults();
        return defaults.overlaidBy(PriceBookReader.read(userFile, defaults.keys()));
    }

    /** This book with {@code user}'s items replacing or adding to its own, by key. */
    public PriceBook overlaidBy(PriceBook user) {
        Map<String, PriceItem> merged = new TreeMap<>(items);
        merged.putAll(user.items);
        return new PriceBook(merged, rules.overlaidBy(user.rules));
    }

    /** The item for a key; an unknown key is an error that suggests the closest known key. */
    public PriceItem item(String key) {
        Objects.requireNonNull(key, "key");
        PriceItem i = items.get(key);
        if (i == null) {
            throw new CostInputException(unknownItem("item", key));
        }
        return i;
    }

    /** "path (key) is not in the price book; did you mean ...?" */
    public String unknownItem(String path, String key) {
        return path + " (" + key + ") is not in the price book" + Suggestions.didYouMean(key, items.keySet());
    }

    /**
     * The item that prices {@code key} on a stack in {@code region}: its regional price
     * ({@code key@region}) when the book has one, else the item itself.
     */
    public PriceItem item(String key, String region) {
        if (region != null) {
            PriceItem regional = items.get(key + REGION_SEPARATOR + region);
            if (regional != null) {
                return regional;
            }
        }
        return item(key);
    }

    /** The monthly price of one unit of {@code key}. */
    public Money monthly(String key) {
        return item(key).monthly();
    }

    public boolean contains(String key) {
        return items.containsKey(key);
    }

    /** Item keys, sorted. */
    public Set<String> keys() {
        return items.keySet();
    }

    /** All items by key, sorted. */
    public Map<String, PriceItem> items() {
        return items;
    }
}
