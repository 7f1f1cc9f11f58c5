package dev.tenantsim.cost.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PriceBookTest {

    private static PriceBook read(String yaml) {
        return PriceBookReader.read("user.yaml", new StringReader(yaml));
    }

    private static List<String> problems(String yaml) {
        return assertThrows(CostInputException.class, () -> read(yaml)).problems();
    }

    @Test
    void everyDefaultPriceNamesItsSource() {
        PriceBook book = PriceBook.defaults();
        assertTrue(book.keys().size() >= 40, "items: " + book.keys().size());
        for (PriceItem i : book.items().values()) {
            assertFalse(i.source().isBlank(), i.key());
            assertTrue(i.origin().startsWith("default-price-book.yaml:"), i.origin());
        }
    }

    @Test
    void defaultBookHasTheCaseStudyMonthlyFigures() {
        PriceBook book = PriceBook.defaults();
        assertEquals(Money.ofDollars(30), book.monthly("t3.medium"));
        assertEquals(Money.ofDollars(70), book.monthly("db.t3.small"));
        assertEquals(Money.ofDollars(25), book.monthly("cache.t3.micro"));
        assertEquals(Money.ofDollars(20), book.monthly("alb"));
        assertEquals(Money.ofDollars(45), book.monthly("nat-gateway"));
        assertEquals(Money.ofDollars(1_400), book.monthly("m5.2xlarge.fleet-of-6"));
    }

    /** Every row of the shared price-point file is in the default book with the same price and its source path. */
    @Test
    void defaultBookCarriesEveryPublicPricePointWithItsSource() throws IOException {
        Path csv = Path.of(System.getProperty("tenantsim.data", "../../shared/data"), "pricing", "aws_price_points.csv");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        PriceBook book = PriceBook.defaults();
        List<PriceItem> listPrices = book.items().values().stream().filter(i -> i.key().startsWith("aws.")).toList();
        assertEquals(rows.size() - 1, listPrices.size());
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            String hourly = f[5];
            String path = f[8].startsWith("\"") ? f[8].substring(1) : f[8];
            PriceItem match = listPrices.stream()
                    .filter(i -> i.source().contains(path) && i.source().contains(f[1])
                            && (hourly.isEmpty() ? i.hourly() == null && i.monthly().equals(Money.parse(f[4]))
                                    : i.hourly() != null && i.hourly().compareTo(new BigDecimal(hourly)) == 0))
                    .findFirst().orElse(null);
            assertTrue(match != null, "no item for CSV row " + row);
        }
    }

    @Test
    void hourlyPricesBecomeMonthlyAt730Hours() {
        PriceItem t3 = PriceBook.defaults().item("aws.ec2.t3.medium");
        assertEquals(0, new BigDecimal("0.0416").compareTo(t3.hourly()));
        assertEquals(Money.parse("30.368"), t3.monthly());
        PriceBook custom = read("""
                hoursPerMonth: 720
                items:
                  node: { hourly: 0.5, source: test }
                """);
        assertEquals(Money.ofDollars(360), custom.monthly("node"));
        assertEquals("unit", custom.item("node").unit());
    }

    @Test
    void aUserFileOverlaysTheDefaultByItemKey(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("prices.yaml");
        Files.writeString(user, """
                items:
                  t3.medium:
                    monthly: 21.90
                    unit: instance
                    source: "our 3-year savings plan, contract 2025-07"
                  our-sso-tool:
                    monthly: 1200
                    source: "vendor invoice 2025-06"
                """);
        PriceBook book = PriceBook.load(user);
        assertEquals(Money.parse("21.90"), book.monthly("t3.medium"));
        assertEquals("our 3-year savings plan, contract 2025-07", book.item("t3.medium").source());
        assertEquals(Money.ofDollars(1_200), book.monthly("our-sso-tool"));
        assertEquals(Money.ofDollars(70), book.monthly("db.t3.small"), "items the user did not give keep the default");
        assertEquals(PriceBook.defaults().keys().size() + 1, book.keys().size());
    }

    @Test
    void aMissingUserFileIsAClearError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        CostInputException e = assertThrows(CostInputException.class, () -> PriceBook.load(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot be read"), e.getMessage());
    }

    @Test
    void aNegativePriceIsRejectedWithItsPathAndPosition() {
        List<String> p = problems("""
                items:
                  t3.medium:
                    monthly: -5
                    source: test
                """);
        assertEquals(List.of("user.yaml:3:14: priceBook.items.t3.medium.monthly (-5) must be >= 0"), p);
    }

    @Test
    void anItemWithoutAPriceIsAnErrorNotZero() {
        List<String> p = problems("""
                items:
                  t3.medium:
                    unit: instance
                    source: test
                """);
        assertEquals(List.of("user.yaml:3:5: priceBook.items.t3.medium has no price: give monthly or hourly"), p);
    }

    @Test
    void aTypoedFieldIsAnErrorWithADidYouMean() {
        List<String> p = problems("""
                items:
                  t3.medium:
                    monthy: 30
                    source: test
                """);
        assertEquals(2, p.size(), p.toString());
        assertEquals("user.yaml:3:5: priceBook.items.t3.medium.monthy is not a known field; did you mean monthly?"
                + " (valid: monthly, hourly, unit, source, note, regions)", p.get(0));
        assertTrue(p.get(1).endsWith("priceBook.items.t3.medium has no price: give monthly or hourly"), p.get(1));
    }

    @Test
    void aTypoedTopLevelKeyIsAnError() {
        List<String> p = problems("""
                itmes:
                  t3.medium: { monthly: 30, source: test }
                """);
        assertTrue(p.get(0).startsWith("user.yaml:1:1: priceBook.itmes is not a known field; did you mean items?"), p.get(0));
        assertTrue(p.contains("user.yaml:1:1: priceBook.items is missing"), p.toString());
    }

    @Test
    void aPriceWithoutASourceIsRejected() {
        List<String> p = problems("""
                items:
                  t3.medium: { monthly: 30 }
                """);
        assertEquals(List.of("user.yaml:2:14: priceBook.items.t3.medium.source is missing: every price must name its source"), p);
    }

    @Test
    void notANumberAndTooManyDecimalsAndBothPricesAreRejectedAllAtOnce() {
        List<String> p = problems("""
                items:
                  a: { monthly: "$1,400", source: s }
                  b: { monthly: 0.0000001, source: s }
                  c: { monthly: 1, hourly: 0.01, source: s }
                  d: { monthly: .nan, source: s }
                """);
        assertEquals(4, p.size(), p.toString());
        assertTrue(p.get(0).contains("priceBook.items.a.monthly ($1,400) must be a decimal number of dollars"), p.get(0));
        assertTrue(p.get(1).contains("priceBook.items.b.monthly (0.0000001) must have at most 6 decimal places"), p.get(1));
        assertTrue(p.get(2).contains("priceBook.items.c gives both monthly and hourly; give one"), p.get(2));
        assertTrue(p.get(3).contains("priceBook.items.d.monthly (.nan) must be a decimal number of dollars"), p.get(3));
    }

    @Test
    void aDuplicateItemKeyIsRejected() {
        List<String> p = problems("""
                items:
                  alb: { monthly: 20, source: s }
                  alb: { monthly: 25, source: s }
                """);
        assertEquals(List.of("user.yaml:3:3: key alb appears twice"), p);
    }

    @Test
    void brokenYamlNamesTheFileAndLine() {
        List<String> p = problems("items:\n  a: { monthly: 1, source: s\n");
        assertTrue(p.get(0).startsWith("user.yaml:"), p.get(0));
        assertTrue(p.get(0).contains("not valid YAML"), p.get(0));
    }

    @Test
    void anUnknownItemSuggestsTheClosestKey() {
        CostInputException e = assertThrows(CostInputException.class, () -> PriceBook.defaults().item("t3.mediun"));
        assertEquals("item (t3.mediun) is not in the price book; did you mean t3.medium?", e.getMessage());
        CostInputException far = assertThrows(CostInputException.class, () -> PriceBook.defaults().item("quantum-computer"));
        assertEquals("item (quantum-computer) is not in the price book", far.getMessage());
    }

    @Test
    void statedMonthlyItemsHaveNoHourlyPrice() {
        assertNull(PriceBook.defaults().item("t3.medium").hourly());
    }
}
