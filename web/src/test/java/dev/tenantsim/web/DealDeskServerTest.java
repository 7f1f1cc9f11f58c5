package dev.tenantsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deal desk over HTTP: bad input is a 400 naming the field; a quote runs three options and its CSV and PDF hold the page's figures. */
final class DealDeskServerTest {
    @TempDir
    static Path dir;
    private static TestServer s;
    private static JsonNode quote;

    @BeforeAll
    static void quoteOnce() throws Exception {
        s = new TestServer(dir.resolve("work"));
        HttpResponse<String> r = s.post("/api/deals", """
                {"scenario": "bundled:quickstart", "like": "bigco", "users": 120, "data": "50GB",
                 "slo": {"p99Ms": 150, "availabilityPercent": 99.9}, "replications": 1}""");
        assertEquals(202, r.statusCode(), r.body());
        quote = s.await(TestServer.json(r).get("id").asText());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void aQuoteShowsThreeOptionsWithTheProspectsFigures() {
        assertEquals("done", quote.get("state").asText(), quote.toString());
        JsonNode options = quote.get("options");
        assertEquals(3, options.size(), quote.toString());
        assertEquals(List.of("pooled", "performance-cell", "dedicated"),
                List.of(options.get(0).get("option").asText(), options.get(1).get("option").asText(), options.get(2).get("option").asText()));
        assertEquals("pool", options.get(0).get("stack").asText());
        assertEquals("deal-performance-1", options.get(1).get("stack").asText());
        assertEquals("dedicated-prospect", options.get(2).get("stack").asText());
        for (JsonNode o : options) {
            assertEquals("150.0", o.get("slo_p99_ms").asText(), "the required SLO is the deal tier's");
            double cost = Double.parseDouble(o.get("our_cost_usd").asText());
            double price = Double.parseDouble(o.get("list_price_usd").asText());
            assertTrue(cost > 0, o.toString());
            // list price = cost / (1 - 0.70), rounded up to the cent
            assertEquals(Math.ceil(cost / 0.3 * 100 - 1e-6) / 100, price, 0.011, o.toString());
        }
        double pooled = Double.parseDouble(options.get(0).get("our_cost_usd").asText());
        double dedicated = Double.parseDouble(options.get(2).get("our_cost_usd").asText());
        assertTrue(dedicated > pooled, "a stack of its own costs more than a share of the pool: " + pooled + " vs " + dedicated);
    }

    @Test
    void theRunWritesAReportFolderWithTheCsvAndPdf() throws Exception {
        String folder = quote.get("folder").asText();
        assertTrue(folder.startsWith("runs/quickstart-deal-"), folder);
        Path dirOnDisk = s.server.work().root().resolve(folder);
        assertTrue(Files.isRegularFile(dirOnDisk.resolve("index.html")), "a normal comparison report");
        assertTrue(Files.isRegularFile(dirOnDisk.resolve("results.json")) || Files.exists(dirOnDisk.resolve("index.html")));
        assertEquals(200, s.get(quote.get("report").asText()).statusCode());
    }

    @Test
    void theCsvRowsAreTheTablesFigures() throws Exception {
        HttpResponse<String> csv = s.get(quote.get("csv").asText());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(String.join(",", DealQuote.COLUMNS), lines.get(0));
        assertEquals(4, lines.size(), csv.body());
        for (int i = 0; i < 3; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            JsonNode o = quote.get("options").get(i);
            for (int c = 0; c < DealQuote.COLUMNS.size(); c++) {
                assertEquals(o.get(DealQuote.COLUMNS.get(c)).asText(), cells[c], DealQuote.COLUMNS.get(c) + " of row " + (i + 1));
            }
        }
    }

    @Test
    void thePdfIsOnePageWithTheThreeOptionsAndTheirPrices() throws Exception {
        HttpResponse<byte[]> pdf = s.bytes(quote.get("pdf").asText());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        assertEquals(1, reader.getNumberOfPages());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("quickstart"), text);
        for (JsonNode o : quote.get("options")) {
            assertTrue(text.contains(o.get("option").asText()), o.get("option") + " in " + text);
            assertTrue(text.contains(o.get("list_price_usd").asText()), o.get("list_price_usd") + " in " + text);
        }
    }

    @Test
    void badInputIsAMessageNamingTheField() throws Exception {
        assertBad("""
                {"scenario": "bundled:quickstart", "like": "nobody", "slo": {"p99Ms": 100}}""", "like (nobody)", "bigco");
        assertBad("""
                {"scenario": "bundled:quickstart", "users": -5, "tier": "pro", "slo": {"p99Ms": 100}}""", "users (-5)", ">= 1");
        assertBad("""
                {"scenario": "bundled:quickstart", "users": 10, "tier": "pro", "slo": {"p99Ms": -1}}""", "slo.p99Ms (-1)", "> 0");
        assertBad("""
                {"scenario": "bundled:quickstart", "users": 10, "tier": "pro", "slo": {"p99Ms": "fast"}}""", "p99Ms (fast)", "number");
        assertBad("""
                {"scenario": "bundled:quickstart", "users": 10, "tier": "gold", "slo": {"p99Ms": 100}}""", "tier (gold)", "free, pro, enterprise");
        assertBad("""
                {"scenario": "bundled:quickstart", "users": 10, "tier": "pro", "slo": {"p99Ms": 100, "availabilityPercent": 120}}""",
                "slo.availabilityPercent (120)", "below 100");
        assertBad("""
                {"scenario": "bundled:quickstart", "users": 10, "tier": "pro", "data": "lots", "slo": {"p99Ms": 100}}""", "data (lots)", "50GB");
        assertBad("""
                {"scenario": "bundled:nope", "users": 10, "tier": "pro", "slo": {"p99Ms": 100}}""", "bundled:nope", "bundled:");
        assertEquals(200, s.get("/api/scenarios").statusCode(), "the server keeps working after bad input");
    }

    private static void assertBad(String body, String... parts) throws Exception {
        HttpResponse<String> r = s.post("/api/deals", body);
        assertEquals(400, r.statusCode(), r.body());
        String error = TestServer.json(r).get("error").asText();
        for (String p : parts) {
            assertTrue(error.contains(p), "'" + p + "' in: " + error);
        }
        assertFalse(r.body().contains("Exception"), r.body());
        assertFalse(r.body().contains("\tat "), r.body());
    }
}
