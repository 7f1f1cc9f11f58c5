package dev.tenantsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tenantsim.scenario.ScenarioLoader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over HTTP (JDK HttpClient): every endpoint, bad input, traversal attempts, the run queue. */
final class WebServerTest {
    @TempDir
    Path dir;
    private WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() throws Exception {
        server = new WebServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dir.resolve("work"),
                new WebServer.Limits(1, 0, 2));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Http.JSON.readTree(r.body());
    }

    @Test
    void theServerBindsLoopbackAndServesItsPages() throws Exception {
        assertTrue(server.address().getAddress().isLoopbackAddress(), server.url());
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>What-if</h1>"), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(200, get("/static/whatif.js").statusCode());
        assertEquals(200, get("/static/style.css").statusCode());
        assertEquals(404, get("/static/nothing.js").statusCode());
        assertEquals(404, get("/nowhere").statusCode());
    }

    @Test
    void theScenarioListIsTheBundledCatalog() throws Exception {
        JsonNode b = json(get("/api/scenarios")).get("bundled");
        List<String> refs = new ArrayList<>();
        b.forEach(n -> refs.add(n.get("ref").asText()));
        assertEquals(ScenarioLoader.bundledNames().stream().map(n -> "bundled:" + n).toList(), refs);
        assertTrue(b.get(refs.indexOf("bundled:quickstart")).get("description").asText().startsWith("Forty tenants"));
    }

    @Test
    void theFormComesFromTheSchemaWithTheScenariosValues() throws Exception {
        JsonNode fields = json(get("/api/form?scenario=bundled:quickstart")).get("fields");
        JsonNode count = field(fields, "tenants.generate.count");
        assertEquals("40", count.get("value").asText());
        assertEquals("integer", count.get("type").asText());
        assertEquals(1000000, count.get("maximum").asLong());
        assertEquals("{ free: 70%, pro: 25%, enterprise: 5% }", field(fields, "tenants.generate.mix").get("value").asText());
        assertTrue(field(fields, "placement.strategy").get("enum").toString().contains("best-fit-decreasing"));
        assertTrue(field(fields, "controls.dbConnectionQuota.enterprise") != null, "a quota per tier of the scenario");
        assertEquals(400, get("/api/form?scenario=bundled:nope").statusCode());
        assertEquals(400, get("/api/form?scenario=/etc/passwd").statusCode());
    }

    @Test
    void aCellScenarioOffersItsCellCounts() throws Exception {
        String ref = upload("cells.yaml", CELLS);
        JsonNode fields = json(get("/api/form?scenario=" + ref)).get("fields");
        assertEquals("2", field(fields, "topology.cells.shared.count").get("value").asText());
    }

    @Test
    void aValidUploadIsKeptUnderAnIdAndCanBeRun() throws Exception {
        String ref = upload("mine.yaml", ScenarioLoader.bundledText("quickstart"));
        assertEquals("upload:u0001", ref);
        assertTrue(Files.isRegularFile(server.work().uploads().resolve("u0001.yaml")));
        assertEquals(200, get("/api/form?scenario=" + ref).statusCode());
    }

    @Test
    void malformedYamlIsRefusedWithItsLine() throws Exception {
        HttpResponse<String> r = post("/api/upload?name=bad.yaml", "name: x\nseed: [1, 2\nhorizon: {\n");
        assertEquals(400, r.statusCode(), r.body());
        JsonNode p = json(r).get("problems").get(0);
        assertTrue(p.get("line").asInt() > 0, r.body());
        assertTrue(p.get("text").asText().startsWith("bad.yaml (uploaded):"), r.body());
        assertEquals(200, get("/api/scenarios").statusCode(), "the server keeps working after bad input");
    }

    @Test
    void anInvalidFieldIsRefusedWithItsPathLineAndRule() throws Exception {
        String yaml = ScenarioLoader.bundledText("quickstart").replace("count: 40 ", "count: -5 ");
        HttpResponse<String> r = post("/api/upload?name=neg.yaml", yaml);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode p = json(r).get("problems").get(0);
        assertEquals("tenants.generate.count", p.get("path").asText(), r.body());
        assertEquals(lineOf(yaml, "count: -5"), p.get("line").asInt(), r.body());
        assertEquals("-5", p.get("found").asText());
        assertFalse(p.get("rule").asText().isEmpty());
        try (var s = Files.list(server.work().uploads())) {
            assertEquals(0, s.count(), "a refused upload is not kept");
        }
    }

    @Test
    void anOversizedUploadIsRefusedWith413() throws Exception {
        HttpResponse<String> r = post("/api/upload?name=big.yaml", "#".repeat(Uploads.LIMIT + 1));
        assertEquals(413, r.statusCode());
        assertTrue(json(r).get("error").asText().contains("1024 KiB"), r.body());
    }

    @Test
    void anUploadMayNotNameAFileOutsideTheWorkFolder() throws Exception {
        String yaml = ScenarioLoader.bundledText("quickstart").replace("report:\n", "priceBook: ../../../etc/passwd\nreport:\n");
        HttpResponse<String> r = post("/api/upload?name=sneaky.yaml", yaml);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode p = json(r).get("problems").get(0);
        assertEquals("priceBook", p.get("path").asText());
        assertTrue(p.get("rule").asText().contains("uploads folder"), r.body());
    }

    @Test
    void traversalAttemptsAreRefused() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        for (String path : List.of("/reports/../../secret.txt", "/reports/%2e%2e/%2e%2e/secret.txt", "/reports/..%2f..%2fsecret.txt",
                "/reports/x/../../../secret.txt", "/reports/%2fetc%2fpasswd")) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path + " -> " + r.body());
            assertFalse(r.body().contains("secret\""), path);
        }
        assertEquals(400, get("/api/form?scenario=upload:../../secret").statusCode());
        assertEquals(400, get("/api/form?scenario=upload:u0001/../../x").statusCode());
        assertEquals(404, get("/api/form?scenario=upload:u0042").statusCode());
        assertEquals(404, get("/reports/none/index.html").statusCode());
        HttpResponse<String> r = post("/api/upload?name=../../evil.yaml", ScenarioLoader.bundledText("quickstart"));
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(Files.exists(dir.resolve("evil.yaml")) || Files.exists(server.work().root().resolve("evil.yaml")));
    }

    @Test
    void badRunRequestsAreRefusedBeforeAnythingRuns() throws Exception {
        assertEquals(400, post("/api/runs", "not json").statusCode());
        HttpResponse<String> unknown = post("/api/runs", "{\"scenario\":\"bundled:quickstart\",\"settings\":{\"seed\":\"1\"}}");
        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).get("error").asText().contains("allowed: tenants.generate.count"), unknown.body());
        HttpResponse<String> none = post("/api/runs", "{\"scenario\":\"bundled:quickstart\",\"settings\":{}}");
        assertEquals(400, none.statusCode());
        HttpResponse<String> reps = post("/api/runs", "{\"scenario\":\"bundled:quickstart\",\"settings\":{\"tenants.generate.count\":\"20\",\"replications\":\"0\"}}");
        assertEquals(400, reps.statusCode(), reps.body());
        HttpResponse<String> bad = post("/api/runs", "{\"scenario\":\"bundled:quickstart\",\"settings\":{\"placement.strategy\":\"nope\"}}");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonNode p = json(bad).get("problems").get(0);
        assertEquals("placement.strategy", p.get("path").asText(), bad.body());
        assertTrue(p.get("rule").asText().contains("round-robin"), bad.body());
        assertEquals(404, get("/api/runs/r9999").statusCode());
        assertEquals(405, get("/api/runs").statusCode());
    }

    @Test
    void aWhatIfRunsComparesAndWritesAReportFolderAndASecondRunWaitsOrIsRefused() throws Exception {
        HttpResponse<String> r = post("/api/runs",
                "{\"scenario\":\"bundled:quickstart\",\"settings\":{\"tenants.generate.count\":\"20\",\"replications\":\"1\"}}");
        assertEquals(202, r.statusCode(), r.body());
        String id = json(r).get("id").asText();
        HttpResponse<String> second = post("/api/runs",
                "{\"scenario\":\"bundled:quickstart\",\"settings\":{\"tenants.generate.count\":\"30\",\"replications\":\"1\"}}");
        assertEquals(429, second.statusCode(), "one run at a time, none waiting: " + second.body());
        JsonNode s = waitFor(id);
        assertEquals("done", s.get("state").asText(), s.toString());
        assertEquals(1.0, s.get("progress").asDouble());
        JsonNode runs = s.get("runs");
        assertEquals("base", runs.get(0).get("label").asText());
        assertEquals(41, runs.get(0).get("tenants").asInt(), "quickstart: 40 generated + bigco");
        assertEquals(21, runs.get(1).get("tenants").asInt(), "the what-if: 20 generated + bigco");
        assertTrue(s.get("summary").get(0).asText().contains("common random numbers"), s.toString());
        assertEquals("/reports/quickstart-whatif-1/index.html", s.get("report").asText());
        HttpResponse<String> report = get(s.get("report").asText());
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("what-if"), "the comparison report names the runs");
        Path folder = server.work().runs().resolve("quickstart-whatif-1");
        assertTrue(Files.isRegularFile(folder.resolve("results.json")), "a normal report folder");
        assertEquals("quickstart-whatif-2", server.work().newRunFolder("quickstart", "whatif"), "never the same folder twice");
    }

    private JsonNode waitFor(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode s = json(get("/api/runs/" + id));
            if (!List.of("queued", "running").contains(s.get("state").asText())) {
                return s;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + id + " did not finish in 4 minutes");
    }

    private String upload(String name, String yaml) throws Exception {
        HttpResponse<String> r = post("/api/upload?name=" + name, yaml);
        assertEquals(200, r.statusCode(), r.body());
        return json(r).get("ref").asText();
    }

    private static JsonNode field(JsonNode fields, String path) {
        for (JsonNode f : fields) {
            if (f.get("path").asText().equals(path)) {
                return f;
            }
        }
        return null;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return -1;
    }

    static final String CELLS = """
            name: cells
            seed: 3
            horizon: { start: 2025-01-06T00:00Z, length: 1h }
            tiers:
              pro: { slo: { p99: 300ms }, monthlyFee: 400 }
            tenants:
              generate: { count: 20, mix: { pro: 100% }, users: { mean: 20, max: 300 }, requestsPerUserPerMinute: 1 }
            request:
              appCpu: { dist: exponential, mean: 8ms }
            topology:
              cells:
                shared: { count: 2, app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 100, cores: 2 } }
            placement: { strategy: round-robin }
            """;
}
