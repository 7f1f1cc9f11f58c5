package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenantsim price} with a price book that has a reservation and an enterprise discount, and its FOCUS export. */
final class PriceRulesCommandTest {
    @TempDir
    Path dir;

    private Path scenarioWithBook(String book) throws IOException {
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("/scenarios/megacorp-export.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("book.yaml"), book);
        Path s = dir.resolve("s.yaml");
        Files.writeString(s, yaml.replaceFirst("(?m)^name: (.*)$", "name: $1\npriceBook: book.yaml"));
        return s;
    }

    @Test
    void reservationsAndTheDiscountPriceTheBillAndTheFocusRowsAddUpToIt() throws IOException {
        Path s = scenarioWithBook("""
                enterpriseDiscount: 0.10
                reservations:
                  - { id: ri-db, item: aws.rds-mysql.db.m5.large.single-az, units: 4, termMonths: 12,
                      upfront: 600.00, monthly: 20.00, source: "quote" }
                items:
                  own.item: { monthly: 1, source: "test" }
                """);
        Path focus = dir.resolve("focus.csv");
        CliHarness.Result r = CliHarness.run("price", s.toString(), "--focus", focus.toString());
        assertEquals(0, r.exit(), r.err());
        // List: one m5.2xlarge $280.32 + 8 x db.m5.large $124.83 + ALB $16.4323. With the rules: 4 DBs reserved at
        // 600 / 12 + 20 = $70, the rest at list; 10% off everything: 252.288 + 4 x 63 + 4 x 112.347 + 14.78907 = 968.46507.
        assertTrue(r.out().contains("$968.47"), r.out());
        assertTrue(r.out().contains("reserved ri-db (12 months, up-front amortized); enterprise discount 10%"), r.out());
        List<String> rows = Files.readAllLines(focus);
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("BillingPeriodStart,BillingPeriodEnd"), rows.get(0));
        assertTrue(rows.stream().anyMatch(l -> l.contains(",Committed,ri-db,Used,rds-mysql,")), rows.toString());
        CliHarness.Result again = CliHarness.run("price", s.toString(), "--focus", focus.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--focus (" + focus + ") exists; use --force to replace it"), again.err());
        assertEquals(0, CliHarness.run("price", s.toString(), "--focus", focus.toString(), "--force").exit());
    }

    @Test
    void aChargebackMarkupChargesEachTiersShowbackPlusTheMarkup() throws IOException {
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("/scenarios/quickstart.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("book.yaml"), "chargebackMarkup: 0.05\nitems:\n  own.item: { monthly: 1, source: test }\n");
        Path s = dir.resolve("q.yaml");
        Files.writeString(s, yaml.replaceFirst("(?m)^name: (.*)$", "name: $1\npriceBook: book.yaml"));
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", s.toString(), "--out", out.toString(), "--replications", "1", "-q");
        assertEquals(0, r.exit(), r.err());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("results.json").toFile());
        String note = null;
        for (com.fasterxml.jackson.databind.JsonNode n : json.at("/outcome/info/notes")) {
            if (n.asText().startsWith("Chargeback:")) {
                note = n.asText();
            }
        }
        assertTrue(note != null && note.contains("chargebackMarkup of 5% per month:"), json.at("/outcome/info/notes").toString());
        // each tier's charge is its showback x 1.05, to the cent
        for (com.fasterxml.jackson.databind.JsonNode t : json.at("/outcome/tiers")) {
            if (t.hasNonNull("showback")) {
                java.math.BigDecimal charged = t.get("showback").decimalValue().multiply(new java.math.BigDecimal("1.05"))
                        .setScale(2, java.math.RoundingMode.HALF_EVEN);
                assertTrue(note.contains(t.get("tier").asText() + " $" + String.format(java.util.Locale.ROOT, "%,.2f", charged)),
                        note + " / " + t);
            }
        }
    }

    @Test
    void aTypoInAReservationIsALocatedErrorWithoutAStackTrace() throws IOException {
        Path s = scenarioWithBook("""
                reservations:
                  - { id: ri-db, item: aws.rds-mysql.db.m5.large.singel-az, units: 4, termMonths: 12, upfront: 600, source: "q" }
                items:
                  own.item: { monthly: 1, source: "test" }
                """);
        CliHarness.Result r = CliHarness.run("price", s.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("book.yaml:2:")
                && r.err().contains("priceBook.reservations[0].item (aws.rds-mysql.db.m5.large.singel-az) is not in the price book")
                && r.err().contains("did you mean aws.rds-mysql.db.m5.large.single-az"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }
}
